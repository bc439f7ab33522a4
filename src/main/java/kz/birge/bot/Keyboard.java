package kz.birge.bot;

import java.util.List;

/** The buttons under a message, or below the input field. */
public sealed interface Keyboard {

	/** No keyboard: leave whatever the chat shows. */
	record None() implements Keyboard {
	}

	/** Buttons under the message; a label wider than {@link Texts#BUTTON} is cut. */
	record Inline(List<List<Button>> rows) implements Keyboard {

		public Inline {
			rows = List.copyOf(rows.stream().map((row) -> row.stream().map(Inline::narrow).toList()).toList());
		}

		private static Button narrow(Button button) {
			return (button.text().length() <= Texts.BUTTON) ? button
					: new Button(Texts.shorten(button.text(), Texts.BUTTON), button.data(), button.url());
		}

	}

	/**
	 * Buttons that replace the phone's keyboard; {@code contactButton} asks Telegram for
	 * the phone number. Labels are cut to {@link Texts#BUTTON}.
	 */
	record Reply(List<List<String>> rows, String contactButton) implements Keyboard {

		public Reply {
			rows = List.copyOf(rows.stream()
				.map((row) -> row.stream().map((label) -> Texts.shorten(label, Texts.BUTTON)).toList())
				.toList());
		}

	}

	/** Take away a reply keyboard shown before. */
	record Remove() implements Keyboard {
	}

	Keyboard NONE = new None();

	Keyboard REMOVE = new Remove();

}
