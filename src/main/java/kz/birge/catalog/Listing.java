package kz.birge.catalog;

import java.time.Duration;
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
 * @param repeat how the activity repeats, {@link Repeat#NONE} when it does not: an
 * occurrence of a series
 */
public record Listing(String occurrenceId, String activityId, String organisationId, String campaignId,
		String fractionId, Instant start, Instant end, boolean allDay, Occurrence.Kind kind, String title,
		Audience audience, boolean openToAll, Integer capacity, Repeat repeat) {

	public Listing {
		repeat = (repeat != null) ? repeat : Repeat.NONE;
	}

	/** An occurrence that is not part of a series. */
	public Listing(String occurrenceId, String activityId, String organisationId, String campaignId, String fractionId,
			Instant start, Instant end, boolean allDay, Occurrence.Kind kind, String title, Audience audience,
			boolean openToAll, Integer capacity) {
		this(occurrenceId, activityId, organisationId, campaignId, fractionId, start, end, allDay, kind, title,
				audience, openToAll, capacity, Repeat.NONE);
	}

	public Optional<String> fraction() {
		return Optional.ofNullable(this.fractionId);
	}

	public Optional<Integer> seats() {
		return Optional.ofNullable(this.capacity);
	}

	/** Whether this occurrence is one of a series that a person joins as a whole. */
	public boolean series() {
		return this.repeat.series();
	}

	/**
	 * When sign-up closes, by the kind of occurrence: a one-off with a time at its start;
	 * an all-day one at the end of its day; a span of days (a week-long challenge) at the
	 * end of its last day, so that it can be joined while it runs; a deadline at the end
	 * of its day; the whole campaign at its end. Each occurrence of a repeat follows the
	 * rule of its own kind of day.
	 */
	public Instant signUpCloses() {
		if (this.allDay || this.kind == Occurrence.Kind.DEADLINE || this.kind == Occurrence.Kind.WHOLE_PERIOD) {
			return this.end;
		}
		boolean span = Duration.between(this.start, this.end).compareTo(Duration.ofDays(1)) > 0;
		return span ? this.end : this.start;
	}

	/** Whether a person may still sign up at {@code now}. */
	public boolean open(Instant now) {
		return now.isBefore(signUpCloses());
	}

	/**
	 * The date a list shows and sorts this occurrence by: a deadline's day, otherwise its
	 * start.
	 */
	public Instant dated() {
		return (this.kind == Occurrence.Kind.DEADLINE) ? this.end.minusSeconds(1) : this.start;
	}

	/** The same occurrence as part of a series that repeats this way. */
	Listing repeating(Repeat repeat) {
		return new Listing(this.occurrenceId, this.activityId, this.organisationId, this.campaignId, this.fractionId,
				this.start, this.end, this.allDay, this.kind, this.title, this.audience, this.openToAll, this.capacity,
				repeat);
	}

	/** The occurrence as a catalogue record, for what reads one. */
	public Occurrence occurrence() {
		return new Occurrence(this.occurrenceId, this.activityId, this.campaignId, this.organisationId, this.fractionId,
				this.start, this.end, this.allDay, this.kind, false);
	}

	static Listing of(Occurrence occurrence, Activity activity) {
		return new Listing(occurrence.id(), activity.id(), activity.organisationId(), activity.campaignId(),
				activity.fractionId(), occurrence.start(), occurrence.end(), occurrence.allDay(), occurrence.kind(),
				activity.title(), activity.audience(), activity.openToAll(), activity.capacity());
	}

}
