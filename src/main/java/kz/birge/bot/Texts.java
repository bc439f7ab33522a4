package kz.birge.bot;

/** Small helpers for text shown in chat. */
public final class Texts {

	private Texts() {
	}

	/** The text cut to {@code max} characters, with an ellipsis when cut. */
	public static String shorten(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
