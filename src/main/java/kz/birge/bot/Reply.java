package kz.birge.bot;

import java.util.ArrayList;
import java.util.List;

/**
 * A message the bot sends: plain text and its keyboard. A text longer than Telegram's
 * 4,096 characters goes as {@link #parts()}, or is cut by {@link #fitted()} where only
 * one message can show it (an edit in place).
 */
public record Reply(String text, Keyboard keyboard) {

	public static Reply text(String text) {
		return new Reply(text, Keyboard.NONE);
	}

	/**
	 * The messages this reply is sent as: one when it fits, else its text split at line
	 * breaks (see {@link Chunks}), the keyboard under the last part.
	 */
	public List<Reply> parts() {
		if (this.text.length() <= Texts.MESSAGE) {
			return List.of(this);
		}
		List<String> texts = Chunks.split(this.text);
		List<Reply> parts = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			parts.add(new Reply(texts.get(i), (i == texts.size() - 1) ? this.keyboard : Keyboard.NONE));
		}
		return parts;
	}

	/** This reply as one message: its text cut to fit when too long. */
	public Reply fitted() {
		return (this.text.length() <= Texts.MESSAGE) ? this
				: new Reply(Texts.fit(this.text, Texts.MESSAGE), this.keyboard);
	}

}
