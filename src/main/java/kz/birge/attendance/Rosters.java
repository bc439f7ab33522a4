package kz.birge.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Flow;
import kz.birge.bot.Incoming;
import kz.birge.bot.Reply;
import kz.birge.bot.Subject;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Occurrence;
import kz.birge.indicators.Corrections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /roster: a teacher's occurrences (today's first, then back through the whole campaign,
 * or found by a typed day), and for each the people signed up or checked in, with a
 * present/absent toggle, "all present", walk-ins by name or as a group's headcount (a
 * conversation of one step), the indicators, and a check-in link.
 */
@ChatHandlers
class Rosters extends Flow<Rosters.Step, Rosters.Draft> {

	private static final Logger log = LoggerFactory.getLogger(Rosters.class);

	enum Step {

		/** The walk-ins, one a line. */
		NAMES

	}

	/** The occurrence walk-ins are added to. */
	record Draft(String occurrenceId) implements Subject.OfOccurrence {
	}

	@CallbackData.Prefix("rl")
	record Open(String occurrenceId, int page) implements CallbackData, Subject.OfOccurrence {
	}

	/**
	 * Sets a line to present or absent: the mark the teacher meant, so a repeated tap
	 * changes nothing.
	 */
	@CallbackData.Prefix("rt")
	record Toggle(String attendanceId, boolean present, int page) implements CallbackData, Subject.Scoped {

		@Override
		public Subject subject() {
			return Subject.occurrence(occurrenceIdOf(this.attendanceId));
		}

	}

	/** A page of the choice: 0 starts with today's occurrences, -1 the ones before. */
	@CallbackData.Prefix("rP")
	record Page(int page) implements CallbackData {
	}

	/**
	 * A coordinator's confirmation that an occurrence past its report deadline may be
	 * corrected.
	 */
	@CallbackData.Prefix("rR")
	record Reopen(String occurrenceId, int page) implements CallbackData, Subject.OfOccurrence {
	}

	@CallbackData.Prefix("ra")
	record AllPresent(String occurrenceId) implements CallbackData, Subject.OfOccurrence {
	}

	@CallbackData.Prefix("rn")
	record AddWalkIns(String occurrenceId) implements CallbackData, Subject.OfOccurrence {
	}

	private final Activities activities;

	private final Attendances attendances;

	private final RosterView view;

	private final Corrections corrections;

	private final MarkingWindow window;

	Rosters(Activities activities, Attendances attendances, RosterView view, Corrections corrections,
			MarkingWindow window) {
		super("walk-ins", Step.class, Draft.class);
		this.activities = activities;
		this.attendances = attendances;
		this.view = view;
		this.corrections = corrections;
		this.window = window;
	}

	@Override
	protected Access access() {
		return Access.STAFF;
	}

	// ------------------------------------------------------------------ the roster

	/**
	 * /roster: today's and the coming occurrences, with "earlier" back through the whole
	 * campaign; "/roster 12.10" or "/roster 12 қазан": that day's.
	 */
	@ChatHandlers.Command(value = "roster", menu = 40, access = Access.STAFF)
	void roster(BotContext ctx, String arguments) {
		if (!arguments.isBlank()) {
			Optional<LocalDate> day = TypedDay.read(arguments, this.view.today());
			if (day.isPresent()) {
				ctx.reply(this.view.day(ctx, ctx.caller().organisationId(), day.get()));
				return;
			}
			ctx.say("roster.bad-day", arguments.strip());
		}
		this.view.choice(ctx, ctx.caller().organisationId(), 0)
			.ifPresentOrElse(ctx::reply, () -> ctx.say("roster.none"));
	}

	@ChatHandlers.Button(access = Access.STAFF)
	void page(BotContext ctx, Page data) {
		this.view.choice(ctx, ctx.caller().organisationId(), data.page())
			.ifPresentOrElse(ctx::show, () -> ctx.say("roster.none"));
	}

	@ChatHandlers.Button(access = Access.STAFF)
	void open(BotContext ctx, Open data) {
		withOccurrence(ctx, data.occurrenceId(), (occurrence) -> {
			boolean coordinator = ctx.caller().standing().covers(Access.COORDINATOR);
			ctx.show((coordinator && this.corrections.locked(occurrence))
					? this.view.confirmFirst(ctx, occurrence, data.page())
					: this.view.roster(ctx, occurrence, data.page()));
		});
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void reopen(BotContext ctx, Reopen data) {
		withOccurrence(ctx, data.occurrenceId(), (occurrence) -> {
			this.corrections.reopen(occurrence, ctx.userId());
			ctx.show(this.view.roster(ctx, occurrence, data.page()));
		});
	}

	/**
	 * Marks one line of the roster; only a line that is on it (a person signed up, one
	 * who checked in, a walk-in): a crafted button naming anyone else changes nothing.
	 */
	@ChatHandlers.Button(access = Access.STAFF)
	void toggle(BotContext ctx, Toggle data) {
		withCorrectable(ctx, occurrenceIdOf(data.attendanceId()), (occurrence) -> {
			if (!this.attendances.onRoster(occurrence, data.attendanceId())) {
				log.info("Update {}: user {} tried to mark {}, who is not on the roster", ctx.update().updateId(),
						ctx.userId(), data.attendanceId());
				ctx.notice("roster.not-on-roster");
				return;
			}
			this.attendances.set(occurrence, data.attendanceId(), data.present(), ctx.userId());
			ctx.show(this.view.roster(ctx, occurrence, data.page()));
		});
	}

	@ChatHandlers.Button(access = Access.STAFF)
	void allPresent(BotContext ctx, AllPresent data) {
		withCorrectable(ctx, data.occurrenceId(), (occurrence) -> {
			this.attendances.allPresent(occurrence, ctx.userId());
			ctx.show(this.view.roster(ctx, occurrence, 0));
		});
	}

	/**
	 * The occurrence a button names when it may be marked now; before marking opens the
	 * person is told when it does, and past its report deadline that a coordinator must
	 * confirm first.
	 */
	private void withCorrectable(BotContext ctx, String occurrenceId, Consumer<Occurrence> action) {
		withOccurrence(ctx, occurrenceId, (occurrence) -> {
			switch (this.window.state(occurrence)) {
				case NOT_YET -> ctx.say("roster.not-open-yet", this.view.opens(ctx, occurrence));
				case CLOSED -> ctx.reply(Reply.text(this.view.closed(ctx, "roster.locked", occurrence)));
				case OPEN -> action.accept(occurrence);
			}
		});
	}

	/** The occurrence a button names; a notice when it is gone. */
	private void withOccurrence(BotContext ctx, String occurrenceId, Consumer<Occurrence> action) {
		this.activities.occurrence(occurrenceId).ifPresentOrElse(action, () -> ctx.outdated());
	}

	// ------------------------------------------------------------------ walk-ins

	@ChatHandlers.Button(access = Access.STAFF)
	void addWalkIns(BotContext ctx, AddWalkIns data) {
		withCorrectable(ctx, data.occurrenceId(),
				(occurrence) -> start(ctx, Step.NAMES, new Draft(data.occurrenceId())));
	}

	@Override
	protected void ask(BotContext ctx, Step step, Draft draft) {
		ctx.say("roster.ask-walk-ins");
	}

	@Override
	protected void onInput(BotContext ctx, Step step, Draft draft, Incoming incoming) {
		Optional<Occurrence> occurrence = this.activities.occurrence(draft.occurrenceId());
		if (occurrence.isEmpty()) {
			finish(ctx);
			ctx.outdated();
			return;
		}
		if (!(incoming instanceof Incoming.Text text)) {
			hint(ctx, "roster.walk-ins-as-text");
			return;
		}
		WalkIns.Reading reading = WalkIns.read(text.text());
		if (!reading.accepted()) {
			hint(ctx, "roster.bad-walk-ins",
					String.join("; ", reading.refused().isEmpty() ? List.of(typed(incoming)) : reading.refused()));
			return;
		}
		reading.entries()
			.forEach((entry) -> this.attendances.walkIn(occurrence.get(), entry.name(), entry.headcount(),
					ctx.userId()));
		finish(ctx);
		ctx.say("roster.walk-ins-added", reading.entries().size());
		ctx.reply(this.view.roster(ctx, occurrence.get(), 0));
	}

	/**
	 * The occurrence of a roster line: its id is the occurrence's, "_", and the person's
	 * or walk-in's.
	 */
	static String occurrenceIdOf(String attendanceId) {
		int separator = attendanceId.indexOf('_');
		return (separator < 0) ? attendanceId : attendanceId.substring(0, separator);
	}

}
