package kz.birge.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Reply;
import kz.birge.bot.Texts;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Occurrence;
import kz.birge.indicators.Counters;
import kz.birge.indicators.IndicatorFlow;
import kz.birge.system.BirgeProperties;

import org.springframework.stereotype.Component;

/**
 * What /roster shows: the choice of recent occurrences, and one occurrence's roster, a
 * page at a time.
 */
@Component
class RosterView {

	static final int PAGE = 8;

	/** How far back the choice reaches. */
	static final Duration RECENT = Duration.ofDays(14);

	/** The most occurrences offered. */
	static final int CHOICES = 10;

	/** Width of an occurrence's button in the choice. */
	static final int CHOICE_WIDTH = 60;

	/** Width of a name on its roster line. */
	static final int NAME_WIDTH = 40;

	private final Activities activities;

	private final Attendances attendances;

	private final Counters counters;

	private final ZoneId zone;

	private final Clock clock;

	RosterView(Activities activities, Attendances attendances, Counters counters, BirgeProperties properties,
			Clock clock) {
		this.activities = activities;
		this.attendances = attendances;
		this.counters = counters;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	/**
	 * The occurrences of an organisation (every one when empty) from two weeks ago to
	 * tomorrow; empty when none.
	 */
	Optional<Reply> choice(BotContext ctx, Optional<String> organisationId) {
		Instant now = this.clock.instant();
		List<Occurrence> occurrences = this.activities.around(organisationId, now.minus(RECENT),
				now.plus(Duration.ofDays(1)), CHOICES);
		Map<String, Activity> titles = this.activities
			.findAll(occurrences.stream().map(Occurrence::activityId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Activity::id, Function.identity()));
		List<Button> buttons = occurrences.stream()
			.filter((occurrence) -> titles.containsKey(occurrence.activityId()))
			.map((occurrence) -> ctx.button(
					Texts.shorten(ctx.t("roster.occurrence", ActivityText.when(ctx, occurrence, this.zone),
							titles.get(occurrence.activityId()).title()), CHOICE_WIDTH),
					new Rosters.Open(occurrence.id(), 0)))
			.toList();
		return buttons.isEmpty() ? Optional.empty()
				: Optional.of(new Reply(ctx.t("roster.choose"), BotContext.inline(buttons, 1)));
	}

	/** One page of an occurrence's roster, with its buttons. */
	Reply roster(BotContext ctx, Occurrence occurrence, int requested) {
		Activity activity = this.activities.find(occurrence.activityId()).orElseThrow();
		List<Attendances.Line> lines = this.attendances.roster(occurrence);
		int pages = Math.max(1, (lines.size() + PAGE - 1) / PAGE);
		int page = Math.min(Math.max(0, requested), pages - 1);
		Counters.Counted counted = this.counters.occurrence(occurrence.id());
		List<String> text = new ArrayList<>(List.of(activity.title(), ActivityText.when(ctx, occurrence, this.zone),
				ctx.t("roster.summary", counted.participants(), lines.size(), page + 1, pages)));
		if (lines.isEmpty()) {
			text.add(ctx.t("roster.empty"));
		}
		List<List<Button>> rows = new ArrayList<>();
		for (Attendances.Line line : lines.subList(page * PAGE, Math.min(lines.size(), (page + 1) * PAGE))) {
			boolean present = line.mark().map((mark) -> mark == Attendance.Mark.PRESENT).orElse(false);
			rows.add(List.of(ctx.button(label(ctx, line), new Rosters.Toggle(line.attendanceId(), !present, page))));
		}
		List<Button> paging = new ArrayList<>();
		if (page > 0) {
			paging.add(ctx.buttonOf("paging.previous", new Rosters.Open(occurrence.id(), page - 1)));
		}
		if (page + 1 < pages) {
			paging.add(ctx.buttonOf("paging.next", new Rosters.Open(occurrence.id(), page + 1)));
		}
		if (!paging.isEmpty()) {
			rows.add(paging);
		}
		rows.add(List.of(ctx.buttonOf("roster.all-present", new Rosters.AllPresent(occurrence.id())),
				ctx.buttonOf("roster.walk-ins", new Rosters.AddWalkIns(occurrence.id()))));
		rows.add(List.of(ctx.buttonOf("roster.indicators", new IndicatorFlow.Start(occurrence.id())),
				ctx.buttonOf("roster.check-in", new CheckIns.Show(occurrence.id()))));
		return new Reply(String.join("\n", text), new Keyboard.Inline(rows));
	}

	/** A roster line: its mark, the name, and a group's headcount. */
	private static String label(BotContext ctx, Attendances.Line line) {
		String mark = line.mark().map((m) -> switch (m) {
			case PRESENT -> "✅";
			case ABSENT -> "❌";
			case CHECKED_IN -> "⏳";
		}).orElse("▫️");
		String name = Texts.shorten(line.name(), NAME_WIDTH);
		return (line.headcount() > 1) ? ctx.t("roster.line-group", mark, name, line.headcount())
				: ctx.t("roster.line", mark, name);
	}

}
