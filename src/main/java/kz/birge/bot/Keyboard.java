package kz.birge.bot;

import java.util.List;

/** The buttons under a message, or below the input field. */
public sealed interface Keyboard {

	/** No keyboard: leave whatever the chat shows. */
	record None() implements Keyboard {
	}

	/** Buttons under the message. */
	record Inline(List<List<Button>> rows) implements Keyboard {

		public Inline {
			rows = List.copyOf(rows.stream().map(List::copyOf).toList());
		}

	}

	/**
	 * Buttons that replace the phone's keyboard; {@code contactButton} asks Telegram for
	 * the phone number.
	 */
	record Reply(List<List<String>> rows, String contactButton) implements Keyboard {

		public Reply {
			rows = List.copyOf(rows.stream().map(List::copyOf).toList());
		}

	}

	/** Take away a reply keyboard shown before. */
	record Remove() implements Keyboard {
	}

	Keyboard NONE = new None();

	Keyboard REMOVE = new Remove();

}
