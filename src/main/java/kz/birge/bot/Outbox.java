package kz.birge.bot;

/**
 * Where the messages the bot sends on its own are queued, to go out at Telegram's pace
 * whatever happens to the process meanwhile. Implemented by the outbound queue.
 */
public interface Outbox {

	/** Queues a message; false (and nothing queued) when its person is unreachable. */
	boolean post(Outgoing message);

	/** False when the person blocked the bot and has not written since. */
	boolean reachable(long userId);

}
