package kz.birge.catalog;

/**
 * A coordinator changed an activity: caches forget it, and those signed up may need to
 * hear of it.
 *
 * @param activityId the activity
 * @param organisationId its organisation
 * @param change what changed
 */
public record ActivityChanged(String activityId, String organisationId, Change change) {

	/** What changed. */
	public enum Change {

		CREATED, EDITED, MOVED, CANCELLED, RESTORED

	}

}
