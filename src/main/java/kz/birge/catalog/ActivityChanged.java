package kz.birge.catalog;

/**
 * A coordinator changed an activity: those signed up may need to hear of it.
 *
 * @param activityId the activity
 * @param change what changed
 */
public record ActivityChanged(String activityId, Change change) {

	/** What changed. */
	public enum Change {

		CREATED, EDITED, MOVED, CANCELLED, RESTORED

	}

}
