package kz.birge.bot;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text too long for one Telegram message into parts that fit, at line breaks
 * where it can, else at spaces, else anywhere but inside a surrogate pair. Birge sends
 * plain text, so no markup can be broken; were a parse mode ever used, this is the place
 * that must learn to keep tags and entities whole. A text longer than {@link #MAX_PARTS}
 * messages is cut after the last one, with an ellipsis.
 */
public final class Chunks {

	/** The most messages one reply is split into. */
	public static final int MAX_PARTS = 10;

	private Chunks() {
	}

	/** The text in parts of at most {@link Texts#MESSAGE} characters. */
	public static List<String> split(String text) {
		return split(text, Texts.MESSAGE);
	}

	/** The text in parts of at most {@code max} characters, none of them blank. */
	public static List<String> split(String text, int max) {
		List<String> parts = new ArrayList<>();
		int from = 0;
		while (from < text.length()) {
			if (parts.size() == MAX_PARTS - 1 && text.length() - from > max) {
				parts.add(Texts.fit(text.substring(from), max));
				break;
			}
			int end = (text.length() - from <= max) ? text.length() : breakBefore(text, from, max);
			String part = text.substring(from, end).strip();
			if (!part.isEmpty()) {
				parts.add(part);
			}
			from = end;
		}
		if (parts.isEmpty()) {
			parts.add(text);
		}
		return parts;
	}

	/**
	 * Where to end a piece that starts at {@code from} and may hold {@code max}
	 * characters: after the last line break within it if that keeps at least half, else
	 * after the last space, else at {@code max}.
	 */
	static int breakBefore(String text, int from, int max) {
		int limit = Math.min(text.length(), from + max);
		if (limit == text.length()) {
			return limit;
		}
		int half = from + max / 2;
		int newline = text.lastIndexOf('\n', limit - 1);
		if (newline >= half) {
			return newline + 1;
		}
		int space = text.lastIndexOf(' ', limit - 1);
		if (space >= half) {
			return space + 1;
		}
		return Texts.safeEnd(text, limit);
	}

}
