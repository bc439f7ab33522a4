package kz.birge.bot;

/**
 * Who may use a handler: anyone who writes to the bot, the staff of an organisation (its
 * teachers and coordinators), or its coordinators. A coordinator may do all that staff
 * may.
 */
public enum Access {

	ANYONE, STAFF, COORDINATOR;

	/**
	 * True when a person of this standing may use a handler that needs {@code required}.
	 */
	public boolean covers(Access required) {
		return ordinal() >= required.ordinal();
	}

	/** The message that tells a person they may not use a handler that needs this. */
	String refusalKey() {
		return (this == COORDINATOR) ? "access.coordinators-only" : "access.staff-only";
	}

}
