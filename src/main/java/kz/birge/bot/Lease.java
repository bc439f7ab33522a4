package kz.birge.bot;

/**
 * A lease held by this instance: on a chat (its id) or on a role such as polling (its
 * name). {@code token} tells this taking of it from any later one, so that letting an old
 * one go never ends a newer one.
 *
 * @param id the chat's id or the role's name
 * @param token this taking's own mark
 * @param renewedAt {@link System#nanoTime()} when it was last taken or renewed
 */
public record Lease(Object id, String token, long renewedAt) {

	/** The same lease, renewed at {@code now} ({@link System#nanoTime()}). */
	public Lease renewed(long now) {
		return new Lease(this.id, this.token, now);
	}

}
