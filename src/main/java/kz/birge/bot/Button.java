package kz.birge.bot;

import java.util.Objects;

/**
 * An inline button: it either carries callback data or opens a link.
 *
 * @param text what the button shows
 * @param data encoded callback data, or "" for a link button
 * @param url link to open, or ""
 */
public record Button(String text, String data, String url) {

	public Button {
		Objects.requireNonNull(text);
		if (data.isEmpty() == url.isEmpty()) {
			throw new IllegalArgumentException("A button has either callback data or a link");
		}
	}

	public static Button link(String text, String url) {
		return new Button(text, "", url);
	}

}
