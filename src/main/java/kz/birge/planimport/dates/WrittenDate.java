package kz.birge.planimport.dates;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a cell writes it, in folded text (see {@link Words#fold}): a day, and the
 * month and year when it gives them. A bare day ("3" in "3-4 сәуір") takes its month from
 * the date it stands with.
 */
record WrittenDate(int day, Optional<Integer> month, Optional<Integer> year) {

	/** "ж.", "жылы", "г.", "года" after a year. */
	private static final String YEAR_WORD = "(?:\\s*(?:жылгы|жылдын|жылы|жыл|ж|года|год|г)(?!\\p{L})\\.?)?";

	/** A Kazakh case ending after a number: "20.09-ға", "15-іне". */
	private static final String CASE_ENDING = "(?:-\\p{L}{1,4}(?!\\p{L}))?";

	/**
	 * "15.12", "1.9" before a year: a one-digit month needs the year, so that "2.5 тонна"
	 * is no date.
	 */
	private static final String DAY_DOT_MONTH = "(\\d{1,2})\\.(\\d{2}|\\d(?=\\.\\s*\\d{2}))";

	/** ".2023", ". 2023ж.", ".11 ж.", " 2023". */
	private static final String NUMERIC_YEAR = "(?:(?:\\.\\s*(\\d{4}|\\d{2})|\\s+(\\d{4}))(?!\\d)" + YEAR_WORD + ")?";

	/**
	 * "15.12.2023", "15.12. 2023ж.", "25.07.11 ж.", "29.07. 11 ж", "15.12." (groups: day,
	 * month, year, year).
	 */
	static final String NUMERIC = DAY_DOT_MONTH + NUMERIC_YEAR + "\\.?" + CASE_ENDING;

	/**
	 * "19 наурыз", "19-наурыз", "10 сәуірге", "12 декабря 2026 г." (groups: day, month
	 * word, year).
	 */
	static final String IN_WORDS = "(\\d{1,2})\\s*-?\\s*(" + Words.MONTH + ")(?:\\s+(\\d{4})(?!\\d)" + YEAR_WORD + ")?";

	/**
	 * "қыркүйектің 1-і", "сәуірдің 15-іне": the month in the genitive, then the day
	 * (groups: month word, day).
	 */
	static final String MONTH_FIRST = "(" + Words.MONTH_GENITIVE + ")\\s+(\\d{1,2})(?!\\d)" + CASE_ENDING;

	/** Any date that names its month. */
	static final String DATE = "(?:" + NUMERIC + "|" + IN_WORDS + "|" + MONTH_FIRST + ")";

	/** A date, or a bare day that takes its month from the date next to it. */
	static final String DATE_OR_DAY = "(?:" + DATE + "|\\d{1,2}(?!\\d))";

	private static final Pattern NUMERIC_DATE = Pattern.compile(NUMERIC, Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern DATE_IN_WORDS = Pattern.compile(IN_WORDS, Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern MONTH_THEN_DAY = Pattern.compile(MONTH_FIRST, Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern BARE_DAY = Pattern.compile("\\d{1,2}");

	/** Reads text that {@link #DATE_OR_DAY} matched. */
	static WrittenDate parse(String folded) {
		Matcher numeric = NUMERIC_DATE.matcher(folded);
		if (numeric.matches()) {
			return new WrittenDate(number(numeric.group(1)), Optional.of(number(numeric.group(2))),
					year((numeric.group(3) != null) ? numeric.group(3) : numeric.group(4)));
		}
		Matcher inWords = DATE_IN_WORDS.matcher(folded);
		if (inWords.matches()) {
			return new WrittenDate(number(inWords.group(1)), Optional.of(Words.month(inWords.group(2))),
					year(inWords.group(3)));
		}
		Matcher monthFirst = MONTH_THEN_DAY.matcher(folded);
		if (monthFirst.matches()) {
			return new WrittenDate(number(monthFirst.group(2)), Optional.of(Words.month(monthFirst.group(1))),
					Optional.empty());
		}
		if (BARE_DAY.matcher(folded).matches()) {
			return new WrittenDate(number(folded), Optional.empty(), Optional.empty());
		}
		throw new IllegalArgumentException("Not a date: " + folded);
	}

	/**
	 * This date with the month of {@code later} when it has none: the same month, or the
	 * month before when the day is greater ("30-2 сәуір" is 30 March to 2 April).
	 */
	WrittenDate inMonthOf(WrittenDate later) {
		if (this.month.isPresent()) {
			return this;
		}
		int laterMonth = later.month().orElseThrow();
		int previousMonth = (laterMonth == 1) ? 12 : laterMonth - 1;
		return new WrittenDate(this.day, Optional.of((this.day > later.day()) ? previousMonth : laterMonth), this.year);
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

	/** A year as written; two digits are 20xx. */
	private static Optional<Integer> year(String digits) {
		return Optional.ofNullable(digits).map(Integer::parseInt).map((year) -> (year < 100) ? 2000 + year : year);
	}

}
