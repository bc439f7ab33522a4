package kz.birge.events;

import java.util.Optional;

/**
 * How a person filters /events: by time, fraction and campaign, and whether a student
 * sees all of their school's activities rather than their grade's.
 */
record EventFilter(Window window, Optional<String> fractionId, Optional<String> campaignId, boolean wholeSchool) {

	static final EventFilter DEFAULT = new EventFilter(Window.MONTH, Optional.empty(), Optional.empty(), false);

	/** How far ahead. */
	enum Window {

		WEEK, MONTH, ALL

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
