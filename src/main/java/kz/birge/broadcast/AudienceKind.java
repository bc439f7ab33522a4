package kz.birge.broadcast;

/** Whom a broadcast goes to. */
enum AudienceKind {

	/** The students of one class ("7А"). */
	CLASS,

	/** The students of one grade, every parallel. */
	GRADE,

	/** The members of one fraction. */
	FRACTION,

	/** Those signed up for one activity (a seat or a place in line). */
	ACTIVITY,

	/** The volunteers signed up for the organisation's coming activities. */
	VOLUNTEERS,

	/** Everyone of the organisation: its students and staff. */
	EVERYONE;

	/** Whether a target (a class, a fraction, an activity) must be chosen. */
	boolean needsTarget() {
		return this != VOLUNTEERS && this != EVERYONE;
	}

}
