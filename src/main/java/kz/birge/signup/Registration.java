package kz.birge.signup;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's sign-up for one occurrence. The id is "occurrence:user", so a person can
 * never hold two sign-ups for one occurrence, however often or from however many devices
 * they tap.
 *
 * @param id occurrence id, ':', user id
 * @param occurrenceId the occurrence
 * @param activityId its activity
 * @param organisationId the activity's organisation
 * @param userId who signed up
 * @param chatId where to tell them things
 * @param status where the sign-up stands
 * @param seq order of arrival on the waitlist
 * @param start when the occurrence starts (kept for reminders)
 * @param end when the occurrence ends
 * @param allDay whether the occurrence has no start time
 * @param signedUpAt when they signed up
 * @param remindedDayBefore whether the day-before reminder went out
 * @param remindedSoon whether the two-hours-before reminder went out
 */
@CompoundIndex(name = "user_coming", def = "{userId: 1, status: 1, end: 1, activityId: 1}")
@CompoundIndex(name = "occurrence_seq", def = "{occurrenceId: 1, status: 1, seq: 1}")
@CompoundIndex(name = "occurrence_end", def = "{occurrenceId: 1, status: 1, end: 1}")
@CompoundIndex(name = "activity", def = "{activityId: 1, status: 1}")
@CompoundIndex(name = "reminders", def = "{status: 1, start: 1}")
@Document("registrations")
public record Registration(@Id String id, String occurrenceId, String activityId, String organisationId, long userId,
		long chatId, Status status, long seq, Instant start, Instant end, boolean allDay, Instant signedUpAt,
		boolean remindedDayBefore, boolean remindedSoon) {

	/** Where a sign-up stands. */
	public enum Status {

		/** Being decided: a seat or the waitlist. */
		PENDING,
		/** Has a seat. */
		CONFIRMED,
		/** Waits for a seat. */
		WAITLISTED,
		/** Cancelled by the person, or by the activity's cancellation. */
		CANCELLED

	}

	static String idOf(String occurrenceId, long userId) {
		return occurrenceId + ":" + userId;
	}

	public boolean active() {
		return this.status == Status.CONFIRMED || this.status == Status.WAITLISTED;
	}

}
