package kz.birge.planimport.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Words to look for in folded text, written as people write them ("құс ұя", "эко-сағат",
 * "кеш$"). Each word is a stem and matches any word that starts with it, so "құс ұя"
 * finds "құс ұяларының"; a word ending in "$" matches only itself, for stems too short to
 * stand alone ("кеш$" is an evening, "кешен" a complex).
 */
final class Phrase {

	private final List<String> words = new ArrayList<>();

	private final List<Boolean> exact = new ArrayList<>();

	private Phrase(String written) {
		for (String token : written.trim().split("\\s+")) {
			boolean wholeWord = token.endsWith("$");
			List<String> parts = Folding.words(wholeWord ? token.substring(0, token.length() - 1) : token);
			for (int i = 0; i < parts.size(); i++) {
				this.words.add(parts.get(i));
				this.exact.add(wholeWord && i == parts.size() - 1);
			}
		}
		if (this.words.isEmpty()) {
			throw new IllegalArgumentException("An empty phrase: '" + written + "'");
		}
	}

	static Phrase of(String written) {
		return new Phrase(written);
	}

	static List<Phrase> all(String... written) {
		return Arrays.stream(written).map(Phrase::of).toList();
	}

	/** How many words it has. */
	int size() {
		return this.words.size();
	}

	/** Whether it occurs in the words, which must be folded ({@link Folding#words}). */
	boolean in(List<String> text) {
		return lastEnd(text) >= 0;
	}

	/** Whether it occurs at the start of the words. */
	boolean startsAt(List<String> text, int start) {
		if (start < 0 || start + this.words.size() > text.size()) {
			return false;
		}
		for (int i = 0; i < this.words.size(); i++) {
			String word = text.get(start + i);
			boolean match = this.exact.get(i) ? word.equals(this.words.get(i)) : word.startsWith(this.words.get(i));
			if (!match) {
				return false;
			}
		}
		return true;
	}

	/** The index of the last word of its rightmost occurrence in the words, or -1. */
	int lastEnd(List<String> text) {
		for (int start = text.size() - this.words.size(); start >= 0; start--) {
			if (startsAt(text, start)) {
				return start + this.words.size() - 1;
			}
		}
		return -1;
	}

	@Override
	public String toString() {
		return String.join(" ", this.words);
	}

}
