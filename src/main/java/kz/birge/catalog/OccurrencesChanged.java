package kz.birge.catalog;

import java.time.Instant;
import java.util.List;

/**
 * Occurrences that moved to another time or were dropped, whatever the cause: a plan sent
 * again, or a coordinator moving or cancelling an activity. Those signed up keep a moved
 * occurrence and hear of its new time; those signed up for a dropped one lose their
 * sign-up and are told.
 *
 * @param organisationId whose occurrences
 * @param moved the occurrences that now have another time, as they are now
 * @param droppedIds the occurrences that no longer take place
 */
public record OccurrencesChanged(String organisationId, List<Moved> moved, List<String> droppedIds) {

	/** Copies the lists. */
	public OccurrencesChanged {
		moved = List.copyOf(moved);
		droppedIds = List.copyOf(droppedIds);
	}

	/**
	 * True when nothing moved and nothing was dropped.
	 * @return whether there is nothing to tell
	 */
	public boolean isEmpty() {
		return this.moved.isEmpty() && this.droppedIds.isEmpty();
	}

	/**
	 * An occurrence at its new time.
	 *
	 * @param occurrenceId the occurrence, which keeps its id
	 * @param activityId its activity
	 * @param start when it starts now
	 * @param end when it ends now
	 * @param allDay whether it has no start time now
	 */
	public record Moved(String occurrenceId, String activityId, Instant start, Instant end, boolean allDay) {

		/**
		 * The move of an occurrence, at the time it has now.
		 * @param occurrence the occurrence as stored after the move
		 * @return its move
		 */
		public static Moved of(Occurrence occurrence) {
			return new Moved(occurrence.id(), occurrence.activityId(), occurrence.start(), occurrence.end(),
					occurrence.allDay());
		}

	}

}
