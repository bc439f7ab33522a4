package kz.birge.bot;

/**
 * Who sent an update, as Telegram describes them. Missing parts are empty strings.
 *
 * @param id Telegram user id
 * @param firstName first name, never empty in Telegram
 * @param lastName last name or ""
 * @param username username without @, or ""
 * @param languageCode the client's language_code, or ""
 */
public record Person(long id, String firstName, String lastName, String username, String languageCode) {

	public String fullName() {
		return this.lastName.isEmpty() ? this.firstName : this.firstName + " " + this.lastName;
	}

}
