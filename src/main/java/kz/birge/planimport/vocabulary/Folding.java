package kz.birge.planimport.vocabulary;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text as the vocabulary compares it. {@link #letters} lower-cases and writes Kazakh
 * letters as the Russian ones they are often typed with ("Мақсатты" and "Максатты" both
 * become "максатты"); {@link #fold} also turns punctuation into single spaces
 * ("Іс-шараның атауы," becomes "ис шаранын атауы").
 */
final class Folding {

	/**
	 * Kazakh letters and Russian variants, each written as the plain letter keyboards
	 * without them type.
	 */
	private static final Map<Character, Character> VARIANTS = Map.ofEntries(Map.entry('қ', 'к'), Map.entry('ғ', 'г'),
			Map.entry('ң', 'н'), Map.entry('ө', 'о'), Map.entry('ұ', 'у'), Map.entry('ү', 'у'), Map.entry('і', 'и'),
			Map.entry('һ', 'х'), Map.entry('ә', 'а'), Map.entry('ё', 'е'));

	/**
	 * Latin letters that look like Cyrillic ones; used only inside words that mix the two
	 * scripts.
	 */
	private static final Map<Character, Character> LOOKALIKES = Map.ofEntries(Map.entry('a', 'а'), Map.entry('b', 'в'),
			Map.entry('c', 'с'), Map.entry('e', 'е'), Map.entry('h', 'н'), Map.entry('i', 'и'), Map.entry('k', 'к'),
			Map.entry('m', 'м'), Map.entry('o', 'о'), Map.entry('p', 'р'), Map.entry('t', 'т'), Map.entry('x', 'х'),
			Map.entry('y', 'у'));

	private Folding() {
	}

	/**
	 * Lower case, Kazakh and Russian letter variants folded, and Latin look-alikes inside
	 * Cyrillic words ("Iс-шара" typed with a Latin I) made Cyrillic. Punctuation and
	 * digits stay where they are.
	 */
	static String letters(String text) {
		String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(lower.length());
		int wordStart = 0;
		for (int i = 0; i <= lower.length(); i++) {
			if (i == lower.length() || !Character.isLetter(lower.charAt(i))) {
				out.append(word(lower.substring(wordStart, i)));
				if (i < lower.length()) {
					out.append(lower.charAt(i));
				}
				wordStart = i + 1;
			}
		}
		return out.toString();
	}

	/**
	 * {@link #letters} with every run of characters other than letters, digits and "№"
	 * ("#") as one space.
	 */
	static String fold(String text) {
		String letters = letters(text);
		StringBuilder out = new StringBuilder(letters.length());
		for (int i = 0; i < letters.length(); i++) {
			char c = letters.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.append(c);
			}
			else if (c == '№' || c == '#') {
				out.append(" № ");
			}
			else {
				out.append(' ');
			}
		}
		return out.toString().trim().replaceAll(" +", " ");
	}

	/** The words of the folded text. */
	static List<String> words(String text) {
		String folded = fold(text);
		return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
	}

	private static String word(String word) {
		boolean mixed = word.codePoints().anyMatch(Folding::cyrillic) && word.codePoints().anyMatch(Folding::latin);
		StringBuilder out = new StringBuilder(word.length());
		for (char c : word.toCharArray()) {
			char folded = mixed ? LOOKALIKES.getOrDefault(c, c) : c;
			out.append(VARIANTS.getOrDefault(folded, folded));
		}
		return out.toString();
	}

	private static boolean cyrillic(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.CYRILLIC;
	}

	private static boolean latin(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
	}

}
