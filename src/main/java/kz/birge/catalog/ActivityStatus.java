package kz.birge.catalog;

/** Whether an activity still happens. */
public enum ActivityStatus {

	ACTIVE,
	/** Cancelled by a coordinator. */
	CANCELLED,
	/** No longer in the plan after a new import. */
	REMOVED

}
