package kz.birge.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
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
import kz.birge.catalog.OccurrenceQueries;
import kz.birge.indicators.Corrections;
import kz.birge.indicators.Counters;
import kz.birge.indicators.IndicatorFlow;
import kz.birge.system.BirgeProperties;

import org.springframework.stereotype.Component;

/**
 * What /roster shows: the choice of occurrences, from today's on and paging back through
 * the whole campaign or found by a day, and one occurrence's roster, a page at a time.
 */
@Component
class RosterView {

	static final int PAGE = 8;

	/** Occurrences offered on one page of the choice. */
	static final int CHOICES = 8;

	/** The most occurrences offered for one typed day. */
	static final int DAY_CHOICES = 30;

	/** Width of an occurrence's button in the choice. */
	static final int CHOICE_WIDTH = 60;

	/** Width of a name on its roster line. */
	static final int NAME_WIDTH = 40;

	private final Activities activities;

	private final OccurrenceQueries occurrences;

	private final Attendances attendances;

	private final Counters counters;

	private final Corrections corrections;

	private final MarkingWindow window;

	private final ZoneId zone;

	private final Clock clock;

	RosterView(Activities activities, OccurrenceQueries occurrences, Attendances attendances, Counters counters,
			Corrections corrections, MarkingWindow window, BirgeProperties properties, Clock clock) {
		this.activities = activities;
		this.occurrences = occurrences;
		this.attendances = attendances;
		this.counters = counters;
		this.corrections = corrections;
		this.window = window;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	/** Today in the organisation's zone. */
	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	/**
	 * A page of an organisation's occurrences (every one when empty), in time order: page
	 * 0 starts with today's, negative pages go back through the earlier ones, positive
	 * pages on to the later ones; empty when the organisation has none at all.
	 */
	Optional<Reply> choice(BotContext ctx, Optional<String> organisationId, int page) {
		long total = this.occurrences.count(organisationId);
		if (total == 0) {
			return Optional.empty();
		}
		Instant todayStart = today().atStartOfDay(this.zone).toInstant();
		long before = this.occurrences.countStartingBefore(organisationId, todayStart);
		long from = Math.max(0, before + (long) page * CHOICES);
		long to = Math.min(total, before + (long) (page + 1) * CHOICES);
		List<Occurrence> shown = (from < to) ? this.occurrences.slice(organisationId, from, (int) (to - from))
				: List.of();
		List<List<Button>> rows = new ArrayList<>(buttons(ctx, shown).stream().map(List::of).toList());
		List<Button> paging = new ArrayList<>();
		if (from > 0) {
			paging.add(ctx.buttonOf("roster.earlier", new Rosters.Page(page - 1)));
		}
		if (to < total) {
			paging.add(ctx.buttonOf("roster.later", new Rosters.Page(page + 1)));
		}
		if (!paging.isEmpty()) {
			rows.add(paging);
		}
		rows.add(List.of(ctx.buttonOf("roster.by-day", new RosterDays.Ask())));
		String text = shown.isEmpty() ? ctx.t("roster.nothing-from-today") : ctx.t("roster.choose") + "\n" + ctx
			.t("roster.page-span", date(ctx, dayOf(shown.get(0))), date(ctx, dayOf(shown.get(shown.size() - 1))));
		return Optional.of(new Reply(text, new Keyboard.Inline(rows)));
	}

	/** The occurrences of a day, or a line saying there are none. */
	Reply day(BotContext ctx, Optional<String> organisationId, LocalDate day) {
		Instant from = day.atStartOfDay(this.zone).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(this.zone).toInstant().minusNanos(1);
		List<Occurrence> found = new ArrayList<>(this.activities.around(organisationId, from, to, DAY_CHOICES));
		found.sort(Comparator.comparing(Occurrence::start));
		String date = date(ctx, day);
		if (found.isEmpty()) {
			return new Reply(ctx.t("roster.none-on-day", date),
					BotContext.inline(List.of(ctx.buttonOf("roster.by-day", new RosterDays.Ask())), 1));
		}
		return new Reply(ctx.t("roster.choose-on-day", date), BotContext.inline(buttons(ctx, found), 1));
	}

	private List<Button> buttons(BotContext ctx, List<Occurrence> occurrences) {
		Map<String, Activity> titles = occurrences.isEmpty() ? Map.of()
				: this.activities.findAll(occurrences.stream().map(Occurrence::activityId).distinct().toList())
					.stream()
					.collect(Collectors.toMap(Activity::id, Function.identity()));
		return occurrences.stream()
			.filter((occurrence) -> titles.containsKey(occurrence.activityId()))
			.map((occurrence) -> ctx.button(
					Texts.shorten(ctx.t("roster.occurrence", ActivityText.when(ctx, occurrence, this.zone),
							titles.get(occurrence.activityId()).title()), CHOICE_WIDTH),
					new Rosters.Open(occurrence.id(), 0)))
			.toList();
	}

	/**
	 * What a coordinator sees first of an occurrence past its report deadline: the
	 * deadline and a button to confirm a correction.
	 */
	Reply confirmFirst(BotContext ctx, Occurrence occurrence, int page) {
		Activity activity = this.activities.find(occurrence.activityId()).orElseThrow();
		String text = String.join("\n", activity.title(), ActivityText.when(ctx, occurrence, this.zone),
				closed(ctx, "roster.past-deadline-confirm", occurrence));
		return new Reply(text, BotContext
			.inline(List.of(ctx.buttonOf("roster.confirm-correction", new Rosters.Reopen(occurrence.id(), page))), 1));
	}

	/**
	 * The report deadline that closed an occurrence's corrections, as a reader writes it.
	 */
	String deadline(BotContext ctx, Occurrence occurrence) {
		return this.corrections.deadline(occurrence)
			.map((day) -> date(ctx, day))
			.orElseGet(() -> date(ctx, LocalDate.ofInstant(this.corrections.closesAt(occurrence), this.zone)));
	}

	/**
	 * The message under {@code key} about corrections having closed: the report
	 * deadline's, or its "-no-deadline" form when corrections closed a while after the
	 * occurrence for want of one.
	 */
	String closed(BotContext ctx, String key, Occurrence occurrence) {
		String chosen = this.corrections.deadline(occurrence).isPresent() ? key : key + "-no-deadline";
		return ctx.t(chosen, deadline(ctx, occurrence));
	}

	/** When marking opens, as a reader writes it: "12 October 2026, 14:00". */
	String opens(BotContext ctx, Occurrence occurrence) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", ctx.lang().locale())
			.format(this.window.opensAt(occurrence).atZone(this.zone));
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
		switch (this.window.state(occurrence)) {
			case NOT_YET -> text.add(ctx.t("roster.opens-at", opens(ctx, occurrence)));
			case CLOSED -> text.add(closed(ctx, "roster.past-deadline", occurrence));
			case OPEN -> {
			}
		}
		if (lines.isEmpty()) {
			text.add(ctx.t("roster.empty"));
		}
		List<List<Button>> rows = new ArrayList<>();
		for (Attendances.Line line : lines.subList(page * PAGE, Math.min(lines.size(), (page + 1) * PAGE))) {
			boolean present = line.mark().map((mark) -> mark == Attendance.Mark.PRESENT).orElse(false);
			Button toggle = ctx.button(label(ctx, line), new Rosters.Toggle(line.attendanceId(), !present, page));
			rows.add(RosterContacts.row(ctx, occurrence, line, toggle));
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
		List<Button> marking = new ArrayList<>();
		if (!lines.isEmpty()) {
			// on an empty roster "all present" would do nothing
			marking.add(ctx.buttonOf("roster.all-present", new Rosters.AllPresent(occurrence.id())));
		}
		marking.add(ctx.buttonOf("roster.walk-ins", new Rosters.AddWalkIns(occurrence.id())));
		rows.add(marking);
		rows.add(List.of(ctx.buttonOf("roster.indicators", new IndicatorFlow.Start(occurrence.id())),
				ctx.buttonOf("roster.check-in", new CheckIns.Show(occurrence.id()))));
		return new Reply(String.join("\n", text), new Keyboard.Inline(rows));
	}

	private LocalDate dayOf(Occurrence occurrence) {
		return LocalDate.ofInstant(occurrence.start(), this.zone);
	}

	/** A day as the reader writes it: "12 October 2026". */
	static String date(BotContext ctx, LocalDate day) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", ctx.lang().locale()).format(day);
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
