package kz.birge.support;

/**
 * A Telegram user for {@link Updates}; in a private chat the chat id equals
 * {@link #id()}.
 *
 * @param id the user id
 * @param firstName the first name, never empty
 * @param lastName the last name, or {@code null}
 * @param username the username without '@', or {@code null}
 * @param languageCode the IETF language tag of the user's Telegram client, or
 * {@code null}
 */
public record TgUser(long id, String firstName, String lastName, String username, String languageCode) {

	/** The same user with a last name. */
	public TgUser withLastName(String lastName) {
		return new TgUser(this.id, this.firstName, lastName, this.username, this.languageCode);
	}

	/** The same user with a username (without '@'). */
	public TgUser withUsername(String username) {
		return new TgUser(this.id, this.firstName, this.lastName, username, this.languageCode);
	}

	/** The same user with another client language. */
	public TgUser withLanguageCode(String languageCode) {
		return new TgUser(this.id, this.firstName, this.lastName, this.username, languageCode);
	}

}
