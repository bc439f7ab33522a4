package kz.birge.events;

import kz.birge.bot.CallbackData;

/** The buttons of /events, the activity card and /my. */
final class EventButtons {

	private EventButtons() {
	}

	@CallbackData.Prefix("ep")
	record Page(int page) implements CallbackData {
	}

	@CallbackData.Prefix("ew")
	record SetWindow(EventFilter.Window window) implements CallbackData {
	}

	@CallbackData.Prefix("eP")
	record ChooseFraction() implements CallbackData {
	}

	/** A fraction's id, or "-" for all. */
	@CallbackData.Prefix("ef")
	record SetFraction(String fractionId) implements CallbackData {
	}

	@CallbackData.Prefix("eQ")
	record ChooseCampaign() implements CallbackData {
	}

	/** A campaign's id, or "-" for all. */
	@CallbackData.Prefix("ec")
	record SetCampaign(String campaignId) implements CallbackData {
	}

	@CallbackData.Prefix("es")
	record ToggleWholeSchool() implements CallbackData {
	}

	/** An activity's card; {@code page} is the list page to go back to, -1 for none. */
	@CallbackData.Prefix("eo")
	record Card(String occurrenceId, int page) implements CallbackData {
	}

	/**
	 * Sign up, on a card; {@code page} is the list page the card goes back to, -1 for
	 * none, so that the card shown after keeps its way back.
	 */
	@CallbackData.Prefix("sup")
	record SignUp(String occurrenceId, int page) implements CallbackData {
	}

	/** Join a series: a sign-up for each coming occurrence of the activity. */
	@CallbackData.Prefix("sjp")
	record JoinSeries(String occurrenceId, int page) implements CallbackData {
	}

	/** Leave a series: cancel the sign-ups for its occurrences that are not over. */
	@CallbackData.Prefix("slp")
	record LeaveSeries(String occurrenceId, int page) implements CallbackData {
	}

	@CallbackData.Prefix("sxp")
	record CancelSignUp(String occurrenceId, int page) implements CallbackData {
	}

	/** {@link SignUp} as cards sent before they kept their list page; still answered. */
	@CallbackData.Prefix("su")
	record SignUpBefore(String occurrenceId) implements CallbackData {

		SignUp withoutPage() {
			return new SignUp(this.occurrenceId, -1);
		}

	}

	/** {@link JoinSeries} as sent before; still answered. */
	@CallbackData.Prefix("sj")
	record JoinSeriesBefore(String occurrenceId) implements CallbackData {

		JoinSeries withoutPage() {
			return new JoinSeries(this.occurrenceId, -1);
		}

	}

	/** {@link LeaveSeries} as sent before; still answered. */
	@CallbackData.Prefix("sl")
	record LeaveSeriesBefore(String occurrenceId) implements CallbackData {

		LeaveSeries withoutPage() {
			return new LeaveSeries(this.occurrenceId, -1);
		}

	}

	/** {@link CancelSignUp} as sent before; still answered. */
	@CallbackData.Prefix("sx")
	record CancelSignUpBefore(String occurrenceId) implements CallbackData {

		CancelSignUp withoutPage() {
			return new CancelSignUp(this.occurrenceId, -1);
		}

	}

	/** "I can't come", under a reminder. */
	@CallbackData.Prefix("sc")
	record CantCome(String occurrenceId) implements CallbackData {
	}

	@CallbackData.Prefix("sk")
	record AddToCalendar(String occurrenceId) implements CallbackData {
	}

	@CallbackData.Prefix("sh")
	record Share(String occurrenceId) implements CallbackData {
	}

	static final String ALL = "-";

}
