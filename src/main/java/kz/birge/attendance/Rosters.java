package kz.birge.attendance;

import kz.birge.bot.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.CallbackHandler;
import kz.birge.bot.CommandHandler;
import kz.birge.bot.Conversation;
import kz.birge.bot.ConversationHandler;
import kz.birge.bot.Incoming;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Reply;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Coordinators;
import kz.birge.catalog.Occurrence;
import kz.birge.indicators.Counters;
import kz.birge.system.BirgeProperties;
import kz.birge.user.User;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /roster: a teacher's occurrences (today and the recent ones first), and for each the people
 * signed up or checked in, with a present/absent toggle, "all present", walk-ins by name or as a
 * group's headcount, the indicators, and a check-in link.
 */
@Configuration(proxyBeanMethods = false)
class Rosters implements ConversationHandler {

	static final String WALK_INS = "walk-ins";

	static final int PAGE = 8;

	private static final Duration RECENT = Duration.ofDays(14);

	private static final Pattern GROUP = Pattern.compile("^(.{2,80}?)\\s*[:\\-–—]\\s*(\\d{1,5})$");

	@CallbackData.Prefix("rl")
	record Open(String occurrenceId, int page) implements CallbackData {
	}

	/** Sets a line to present or absent: the mark the teacher meant, so a repeated tap changes nothing. */
	@CallbackData.Prefix("rt")
	record Toggle(String attendanceId, boolean present, int page) implements CallbackData {
	}

	@CallbackData.Prefix("ra")
	record AllPresent(String occurrenceId) implements CallbackData {
	}

	@CallbackData.Prefix("rn")
	record AddWalkIns(String occurrenceId) implements CallbackData {
	}

	private final Coordinators staff;

	private final Activities activities;

	private final Attendances attendances;

	private final Counters counters;

	private final ZoneId zone;

	private final Clock clock;

	Rosters(Coordinators staff, Activities activities, Attendances attendances, Counters counters, BirgeProperties properties,
			Clock clock) {
		this.staff = staff;
		this.activities = activities;
		this.attendances = attendances;
		this.counters = counters;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	@Override
	public String flow() {
		return WALK_INS;
	}

	@Bean
	CommandHandler rosterCommand() {
		return CommandHandler.of("roster", 40, CommandHandler.MenuAudience.STAFF, (ctx, args) -> list(ctx));
	}

	@Bean
	CallbackHandler<Open> rosterOpenButton() {
		return CallbackHandler.of(Open.class, (ctx, data) -> occurrence(ctx, data.occurrenceId())
			.ifPresent((occurrence) -> ctx.show(roster(ctx, occurrence, data.page()))));
	}

	@Bean
	CallbackHandler<Toggle> rosterToggleButton() {
		return CallbackHandler.of(Toggle.class, (ctx, data) -> occurrence(ctx, occurrenceIdOf(data.attendanceId()))
			.ifPresent((occurrence) -> {
				this.attendances.set(occurrence, data.attendanceId(), data.present(), ctx.userId());
				ctx.show(roster(ctx, occurrence, data.page()));
			}));
	}

	@Bean
	CallbackHandler<AllPresent> rosterAllPresentButton() {
		return CallbackHandler.of(AllPresent.class, (ctx, data) -> occurrence(ctx, data.occurrenceId()).ifPresent((occurrence) -> {
			for (Attendances.Line line : this.attendances.roster(occurrence)) {
				if (line.userId().isPresent() && line.mark().map((mark) -> mark != Attendance.Mark.PRESENT).orElse(true)) {
					this.attendances.mark(occurrence, line.userId().get(), Attendance.Mark.PRESENT, ctx.userId());
				}
			}
			ctx.show(roster(ctx, occurrence, 0));
		}));
	}

	@Bean
	CallbackHandler<AddWalkIns> rosterWalkInsButton() {
		return CallbackHandler.of(AddWalkIns.class, (ctx, data) -> occurrence(ctx, data.occurrenceId()).ifPresent((occurrence) -> {
			ctx.converse(new Conversation(WALK_INS, "NAMES", Map.of("occurrence", occurrence.id())));
			ctx.say("roster.ask-walk-ins");
		}));
	}

	// ------------------------------------------------------------------ views

	private void list(BotContext ctx) {
		Optional<User> user = this.staff.staff(ctx.userId());
		if (user.isEmpty()) {
			ctx.say("roster.not-allowed");
			return;
		}
		Instant now = this.clock.instant();
		List<Occurrence> occurrences = this.activities.around(user.get().organisation(), now.minus(RECENT), now.plus(Duration.ofDays(1)), 10);
		if (occurrences.isEmpty()) {
			ctx.say("roster.none");
			return;
		}
		Map<String, Activity> titles = this.activities.findAll(occurrences.stream().map(Occurrence::activityId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Activity::id, Function.identity()));
		List<Button> buttons = occurrences.stream()
			.filter((occurrence) -> titles.containsKey(occurrence.activityId()))
			.map((occurrence) -> ctx.button(Texts.shorten(ActivityText.when(ctx, occurrence, this.zone) + " — "
					+ titles.get(occurrence.activityId()).title(), 60), new Open(occurrence.id(), 0)))
			.toList();
		ctx.reply(new Reply(ctx.t("roster.choose"), BotContext.inline(buttons, 1)));
	}

	Reply roster(BotContext ctx, Occurrence occurrence, int requested) {
		Activity activity = this.activities.find(occurrence.activityId()).orElseThrow();
		List<Attendances.Line> lines = this.attendances.roster(occurrence);
		int pages = Math.max(1, (lines.size() + PAGE - 1) / PAGE);
		int page = Math.min(Math.max(0, requested), pages - 1);
		Counters.Counted counted = this.counters.occurrence(occurrence.id());
		List<String> text = new ArrayList<>();
		text.add(activity.title());
		text.add(ActivityText.when(ctx, occurrence, this.zone));
		text.add(ctx.t("roster.summary", counted.participants(), lines.size(), page + 1, pages));
		if (lines.isEmpty()) {
			text.add(ctx.t("roster.empty"));
		}
		List<List<Button>> rows = new ArrayList<>();
		for (Attendances.Line line : lines.subList(page * PAGE, Math.min(lines.size(), (page + 1) * PAGE))) {
			String mark = line.mark().map((m) -> switch (m) {
				case PRESENT -> "✅";
				case ABSENT -> "❌";
				case CHECKED_IN -> "⏳";
			}).orElse("▫️");
			String label = mark + " " + Texts.shorten(line.name(), 40) + (line.headcount() > 1 ? " × " + line.headcount() : "");
			boolean present = line.mark().map((m) -> m == Attendance.Mark.PRESENT).orElse(false);
			rows.add(List.of(ctx.button(label, new Toggle(line.attendanceId(), !present, page))));
		}
		List<Button> paging = new ArrayList<>();
		if (page > 0) {
			paging.add(ctx.buttonOf("paging.previous", new Open(occurrence.id(), page - 1)));
		}
		if (page + 1 < pages) {
			paging.add(ctx.buttonOf("paging.next", new Open(occurrence.id(), page + 1)));
		}
		if (!paging.isEmpty()) {
			rows.add(paging);
		}
		rows.add(List.of(ctx.buttonOf("roster.all-present", new AllPresent(occurrence.id())),
				ctx.buttonOf("roster.walk-ins", new AddWalkIns(occurrence.id()))));
		rows.add(List.of(ctx.buttonOf("roster.indicators", new kz.birge.indicators.IndicatorFlow.Start(occurrence.id())),
				ctx.buttonOf("roster.check-in", new CheckIns.Show(occurrence.id()))));
		return new Reply(String.join("\n", text), new Keyboard.Inline(rows));
	}

	/** The occurrence, when this person may keep its roster; a notice otherwise. */
	Optional<Occurrence> occurrence(BotContext ctx, String occurrenceId) {
		Optional<Occurrence> occurrence = this.activities.occurrence(occurrenceId)
			.filter((found) -> this.staff.staffOf(ctx.userId(), found.organisationId()));
		if (occurrence.isEmpty()) {
			ctx.notice("roster.not-allowed");
		}
		return occurrence;
	}

	// ------------------------------------------------------------------ walk-ins

	@Override
	public void onInput(BotContext ctx, Conversation conversation) {
		Optional<Occurrence> occurrence = conversation.get("occurrence").flatMap((id) -> occurrence(ctx, id));
		String text = (ctx.update().incoming() instanceof Incoming.Text typed) ? typed.text().strip() : "";
		if (occurrence.isEmpty()) {
			ctx.endConversation();
			ctx.say("roster.not-allowed");
			return;
		}
		List<String> added = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String entry = line.strip().replaceAll("\\s+", " ");
			if (entry.isEmpty()) {
				continue;
			}
			Matcher group = GROUP.matcher(entry);
			if (group.matches() && Integer.parseInt(group.group(2)) >= 1 && Integer.parseInt(group.group(2)) <= 10_000) {
				added.add(entry);
			}
			else if (entry.length() >= 2 && entry.length() <= 80 && entry.codePoints().anyMatch(Character::isLetter)
					&& !entry.startsWith("/") && !entry.matches(".*\\d.*")) {
				added.add(entry);
			}
			else {
				refused.add(entry);
			}
		}
		if (added.isEmpty() || !refused.isEmpty()) {
			ctx.say("roster.bad-walk-ins", String.join("; ", refused.isEmpty() ? List.of(text) : refused));
			return;
		}
		for (String entry : added) {
			Matcher group = GROUP.matcher(entry);
			if (group.matches()) {
				this.attendances.walkIn(occurrence.get(), group.group(1).strip(), Integer.parseInt(group.group(2)), ctx.userId());
			}
			else {
				this.attendances.walkIn(occurrence.get(), entry, 1, ctx.userId());
			}
		}
		ctx.endConversation();
		ctx.say("roster.walk-ins-added", added.size());
		ctx.reply(roster(ctx, occurrence.get(), 0));
	}

	static String occurrenceIdOf(String attendanceId) {
		int colon = attendanceId.indexOf('_');
		return (colon < 0) ? attendanceId : attendanceId.substring(0, colon);
	}


}
