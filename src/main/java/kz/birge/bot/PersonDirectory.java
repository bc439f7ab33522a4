package kz.birge.bot;

/** Knows the people who write to the bot; registers them at first contact. */
public interface PersonDirectory {

	/**
	 * Records that this person wrote from this chat and tells who they are to routing:
	 * the language to answer in, their standing and their organisation.
	 */
	Caller arrive(Person person, long chatId);

}
