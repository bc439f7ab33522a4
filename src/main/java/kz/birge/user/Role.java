package kz.birge.user;

/** What a person is to Birge. Teachers and coordinators are never self-declared. */
public enum Role {

	/** Wrote to the bot but has not finished onboarding. */
	NEWCOMER, STUDENT, VOLUNTEER, TEACHER, COORDINATOR;

	public boolean selfChosen() {
		return this == STUDENT || this == VOLUNTEER;
	}

}
