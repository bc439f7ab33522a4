package kz.birge.bot;

/**
 * Small helpers for text shown in chat, and Telegram's sizes. Birge sends plain text (no
 * parse mode), so a cut can fall anywhere but inside a surrogate pair; lengths are in
 * UTF-16 code units, as Telegram counts them.
 */
public final class Texts {

	/** The most characters of a message's text. */
	public static final int MESSAGE = 4096;

	/** The most characters of a photo's or a document's caption. */
	public static final int CAPTION = 1024;

	/** The most characters of the pop-up over a tapped button. */
	public static final int POP_UP = 200;

	/**
	 * The widest button label Birge shows; Telegram cuts longer ones on a phone's screen
	 * anyway.
	 */
	public static final int BUTTON = 64;

	/**
	 * The most characters of one item (a title, a place, a name) in a message that shows
	 * several: room is left for the rest.
	 */
	public static final int ITEM = 1000;

	/** The most characters of what a person typed that a message repeats back. */
	public static final int ECHO = 200;

	private static final String ELLIPSIS = "…";

	private Texts() {
	}

	/** The text cut to {@code max} characters, with an ellipsis when cut. */
	public static String shorten(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		return text.substring(0, safeEnd(text, max - ELLIPSIS.length())) + ELLIPSIS;
	}

	/**
	 * The text cut to {@code max} characters at the last line break (or else the last
	 * space) in its second half, with an ellipsis when cut: for a message or a caption
	 * that must fit and need not be whole.
	 */
	public static String fit(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int room = max - ELLIPSIS.length();
		int end = Chunks.breakBefore(text, 0, room);
		return text.substring(0, end).stripTrailing() + ELLIPSIS;
	}

	/**
	 * The arguments of a message that repeats what a person typed (a hint that names the
	 * answer not understood), each text cut to {@link #ECHO} characters.
	 */
	public static Object[] echoes(Object... args) {
		Object[] cut = args.clone();
		for (int i = 0; i < cut.length; i++) {
			if (cut[i] instanceof String text) {
				cut[i] = shorten(text, ECHO);
			}
		}
		return cut;
	}

	/** A caption that fits under a photo or a document. */
	public static String caption(String text) {
		return fit(text, CAPTION);
	}

	/**
	 * {@code end}, or one less when the character before it is the first half of a
	 * surrogate pair: a cut there would leave half a character.
	 */
	static int safeEnd(String text, int end) {
		return (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) ? end - 1 : end;
	}

}
