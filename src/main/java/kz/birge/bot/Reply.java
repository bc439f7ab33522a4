package kz.birge.bot;

/** A message the bot sends: plain text and its keyboard. */
public record Reply(String text, Keyboard keyboard) {

	public static Reply text(String text) {
		return new Reply(text, Keyboard.NONE);
	}

}
