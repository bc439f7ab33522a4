package kz.birge.events;

import java.util.Optional;

/**
 * How a person filters /events: by time, fraction and campaign, and whether a student
 * sees all of their school's activities rather than their grade's.
 */
record EventFilter(Window window, Optional<String> fractionId, Optional<String> campaignId, boolean wholeSchool) {

	static final EventFilter DEFAULT = new EventFilter(Window.NEXT_30_DAYS, Optional.empty(), Optional.empty(), false);

	/**
	 * How far ahead: rolling windows from today, so that on 30 November the next 30 days
	 * hold December.
	 */
	enum Window {

		NEXT_7_DAYS(7), NEXT_30_DAYS(30), ALL(0);

		/** Days after today that the window holds; 0 for no limit. */
		final int days;

		Window(int days) {
			this.days = days;
		}

		/**
		 * The window a stored name stands for; the calendar week and month that came
		 * before the rolling windows read as 7 and 30 days, anything else as the default.
		 */
		static Window stored(String name) {
			return switch (String.valueOf(name)) {
				case "WEEK", "NEXT_7_DAYS" -> NEXT_7_DAYS;
				case "ALL" -> ALL;
				default -> NEXT_30_DAYS;
			};
		}

	}

	EventFilter window(Window window) {
		return new EventFilter(window, this.fractionId, this.campaignId, this.wholeSchool);
	}

	EventFilter fraction(Optional<String> fraction) {
		return new EventFilter(this.window, fraction, this.campaignId, this.wholeSchool);
	}

	EventFilter campaign(Optional<String> campaign) {
		return new EventFilter(this.window, this.fractionId, campaign, this.wholeSchool);
	}

	EventFilter toggleWholeSchool() {
		return new EventFilter(this.window, this.fractionId, this.campaignId, !this.wholeSchool);
	}

}
