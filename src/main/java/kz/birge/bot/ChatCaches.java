package kz.birge.bot;

/**
 * A cache of a person's records kept by chat (a private chat's id is its person's id).
 * When several instances share a database, an instance forgets a chat's entries when it
 * takes the chat's lease after another instance had it, or after a change made elsewhere
 * marked it ({@link ChatLeases#changed}); while it holds the lease, only it changes them.
 */
public interface ChatCaches {

	/** Forgets what is cached of this chat and its person. */
	void drop(long chatId);

}
