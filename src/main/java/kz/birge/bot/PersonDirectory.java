package kz.birge.bot;

import kz.birge.i18n.Lang;

/** Knows the people who write to the bot; registers them at first contact. */
public interface PersonDirectory {

	/** Records that this person wrote from this chat and tells which language to answer in. */
	Lang arrive(Person person, long chatId);

}
