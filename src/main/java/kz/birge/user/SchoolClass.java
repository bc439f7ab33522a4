package kz.birge.user;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class: grade 1 to 11 and a parallel letter, "7Ә". Typed forms "7Ә", "7 ә", "7-Ә" are
 * all read, and Latin letters that look like Cyrillic ones ("9A") are taken as those.
 */
public record SchoolClass(int grade, String letter) {

	public static final int MIN_GRADE = 1;

	public static final int MAX_GRADE = 11;

	/** The parallels offered as buttons. */
	public static final List<String> COMMON_LETTERS = List.of("А", "Ә", "Б", "В", "Г", "Д", "Е", "Ж");

	/** The Kazakh Cyrillic alphabet: the letters a parallel may have. */
	private static final String LETTERS = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";

	private static final Map<Character, Character> LATIN_LOOKALIKES = Map.ofEntries(Map.entry('A', 'А'),
			Map.entry('B', 'В'), Map.entry('C', 'С'), Map.entry('E', 'Е'), Map.entry('H', 'Н'), Map.entry('K', 'К'),
			Map.entry('M', 'М'), Map.entry('O', 'О'), Map.entry('P', 'Р'), Map.entry('T', 'Т'), Map.entry('X', 'Х'),
			Map.entry('Y', 'У'), Map.entry('I', 'І'));

	private static final Pattern TYPED = Pattern.compile("^\\s*(\\d{1,2})\\s*[-–.\\s]?\\s*[\"«]?(\\p{L})[\"»]?\\s*$");

	public SchoolClass {
		if (grade < MIN_GRADE || grade > MAX_GRADE) {
			throw new IllegalArgumentException("Grade out of range: " + grade);
		}
		if (letter.length() != 1 || LETTERS.indexOf(letter.charAt(0)) < 0) {
			throw new IllegalArgumentException("Not a parallel letter: " + letter);
		}
	}

	public static boolean validGrade(int grade) {
		return grade >= MIN_GRADE && grade <= MAX_GRADE;
	}

	public static boolean validLetter(String letter) {
		return letter.length() == 1 && LETTERS.indexOf(letter.charAt(0)) >= 0;
	}

	/** Reads a typed class; empty when it is not one. */
	public static Optional<SchoolClass> parse(String text) {
		Matcher matcher = TYPED.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int grade = Integer.parseInt(matcher.group(1));
		char letter = matcher.group(2).toUpperCase(Locale.ROOT).charAt(0);
		letter = LATIN_LOOKALIKES.getOrDefault(letter, letter);
		String parallel = String.valueOf(letter);
		if (!validGrade(grade) || !validLetter(parallel)) {
			return Optional.empty();
		}
		return Optional.of(new SchoolClass(grade, parallel));
	}

	@Override
	public String toString() {
		return this.grade + this.letter;
	}

}
