package kz.birge.attendance;

import java.time.LocalDate;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Flow;
import kz.birge.bot.Incoming;

/**
 * "Find by day" under /roster: one question, the day ("12.10", "12 қазан"), answered with
 * that day's occurrences of the person's organisation.
 */
@ChatHandlers
class RosterDays extends Flow<RosterDays.Step, RosterDays.Draft> {

	enum Step {

		/** The day typed. */
		DAY

	}

	/**
	 * Nothing to keep but that the question was asked from a page of the choice.
	 *
	 * @param page the page of the choice it was asked from
	 */
	record Draft(int page) {
	}

	@CallbackData.Prefix("rY")
	record Ask() implements CallbackData {
	}

	private final RosterView view;

	RosterDays(RosterView view) {
		super("roster-day", Step.class, Draft.class);
		this.view = view;
	}

	@Override
	protected Access access() {
		return Access.STAFF;
	}

	@ChatHandlers.Button(access = Access.STAFF)
	void ask(BotContext ctx, Ask data) {
		start(ctx, Step.DAY, new Draft(0));
	}

	@Override
	protected void ask(BotContext ctx, Step step, Draft draft) {
		ctx.say("roster.ask-day");
	}

	@Override
	protected void onInput(BotContext ctx, Step step, Draft draft, Incoming incoming) {
		String typed = typed(incoming);
		Optional<LocalDate> day = TypedDay.read(typed, this.view.today());
		if (day.isEmpty()) {
			hint(ctx, "roster.bad-day", typed);
			return;
		}
		finish(ctx);
		Optional<String> organisation = ctx.caller().organisationId();
		ctx.reply(this.view.day(ctx, organisation, day.get()));
	}

}
