package kz.birge.bot;

/**
 * A person asked to be forgotten (or a coordinator asked it for them, or their onboarding
 * was never finished): each module erases what it keeps of them, and replaces the copies
 * that reports count (attendance) by {@code anonymousKey}, so that every count stays as
 * it was. Published by the people's service before it deletes the person themselves;
 * listeners run in the publisher's thread, in their declared order (see
 * {@link PersonForgotten#FIRST}).
 *
 * @param userId the person's Telegram user id
 * @param chatId their private chat with the bot
 * @param anonymousKey a random key that stands for them from now on, the same in every
 * record of theirs, and derived from nothing of theirs
 */
public record PersonForgotten(long userId, long chatId, String anonymousKey) {

	/**
	 * The order of listeners that must run before others: those that release seats (and
	 * tell the waitlist) before the sign-ups are deleted.
	 */
	public static final int FIRST = 0;

	/** The order of listeners that delete what is left. */
	public static final int THEN = 10;

	@Override
	public String toString() {
		return "PersonForgotten(" + this.anonymousKey + ")";
	}

}
