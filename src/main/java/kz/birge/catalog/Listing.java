package kz.birge.catalog;

import java.time.Instant;
import java.util.Optional;

/**
 * One coming occurrence with what a list of activities shows of it: the catalogue's unit
 * of reading.
 *
 * @param occurrenceId the occurrence
 * @param activityId its activity
 * @param organisationId the activity's organisation
 * @param campaignId the activity's campaign
 * @param fractionId the activity's fraction, or null
 * @param start when it starts
 * @param end when it ends
 * @param allDay whether the plan gave only days
 * @param kind how the plan wrote its date
 * @param title the activity's title
 * @param audience who it is for
 * @param openToAll whether a coordinator opened it to all grades
 * @param capacity seats, or null for no limit
 */
public record Listing(String occurrenceId, String activityId, String organisationId, String campaignId,
		String fractionId, Instant start, Instant end, boolean allDay, Occurrence.Kind kind, String title,
		Audience audience, boolean openToAll, Integer capacity) {

	public Optional<String> fraction() {
		return Optional.ofNullable(this.fractionId);
	}

	public Optional<Integer> seats() {
		return Optional.ofNullable(this.capacity);
	}

	/**
	 * Sign-up closes when it starts; for a deadline or the whole campaign, when it ends.
	 */
	public Instant signUpCloses() {
		return (this.kind == Occurrence.Kind.DEADLINE || this.kind == Occurrence.Kind.WHOLE_PERIOD) ? this.end
				: this.start;
	}

	static Listing of(Occurrence occurrence, Activity activity) {
		return new Listing(occurrence.id(), activity.id(), activity.organisationId(), activity.campaignId(),
				activity.fractionId(), occurrence.start(), occurrence.end(), occurrence.allDay(), occurrence.kind(),
				activity.title(), activity.audience(), activity.openToAll(), activity.capacity());
	}

}
