package kz.birge.planimport.dates;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.birge.planimport.dates.Schedule.Frequency;

/**
 * The words of the date grammar, in folded form (see {@link #fold}): Kazakh, Russian and
 * English months, days of the week, repetition units and counts. Words are recognised by
 * their stem, so case endings ("сәуірге", "қарашасына", "января") need no list of their
 * own.
 */
final class Words {

	/**
	 * Month stems, Kazakh, Russian, then English (as a coordinator may type a date in
	 * English).
	 */
	private static final Map<String, Integer> MONTHS = table("кантар", 1, "акпан", 2, "наурыз", 3, "сауир", 4, "мамыр",
			5, "маусым", 6, "шилде", 7, "тамыз", 8, "кыркуйек", 9, "казан", 10, "караша", 11, "желтоксан", 12, "январ",
			1, "феврал", 2, "март", 3, "апрел", 4, "май", 5, "мая", 5, "мае", 5, "июн", 6, "июл", 7, "август", 8,
			"сентябр", 9, "октябр", 10, "ноябр", 11, "декабр", 12, "jаn", 1, "fев", 2, "маr", 3, "арr", 4, "мау", 5,
			"jun", 6, "jul", 7, "аug", 8, "сертем", 9, "остов", 10, "nов", 11, "dесем", 12);

	private static final Map<String, DayOfWeek> WEEKDAYS = table("дуйсенби", DayOfWeek.MONDAY, "сейсенби",
			DayOfWeek.TUESDAY, "сарсенби", DayOfWeek.WEDNESDAY, "бейсенби", DayOfWeek.THURSDAY, "жума",
			DayOfWeek.FRIDAY, "сенби", DayOfWeek.SATURDAY, "жексенби", DayOfWeek.SUNDAY, "понедельник",
			DayOfWeek.MONDAY, "вторник", DayOfWeek.TUESDAY, "сред", DayOfWeek.WEDNESDAY, "четверг", DayOfWeek.THURSDAY,
			"пятниц", DayOfWeek.FRIDAY, "суббот", DayOfWeek.SATURDAY, "воскресен", DayOfWeek.SUNDAY);

	/**
	 * Words naming a repetition's unit: "айына", "апта сайын", "ежемесячно", "раз в
	 * неделю".
	 */
	private static final Map<String, Frequency> UNITS = table("ай", Frequency.MONTHLY, "апта", Frequency.WEEKLY,
			"токсан", Frequency.QUARTERLY, "ежемесячн", Frequency.MONTHLY, "еженедельн", Frequency.WEEKLY,
			"ежеквартальн", Frequency.QUARTERLY, "месяц", Frequency.MONTHLY, "недел", Frequency.WEEKLY, "четверт",
			Frequency.QUARTERLY, "квартал", Frequency.QUARTERLY);

	private static final Map<String, Integer> COUNTS = table("бир", 1, "еки", 2, "уш", 3, "торт", 4, "бес", 5, "один",
			1, "два", 2, "три", 3, "четыре", 4, "пять", 5);

	/** A month word with any ending. */
	static final String MONTH = "\\b(?:" + alternatives(MONTHS) + ")\\p{L}*";

	/** A month word in the genitive: "сәуірдің", "қыркүйектің", "қарашаның". */
	static final String MONTH_GENITIVE = "\\b(?:" + alternatives(MONTHS) + ")\\p{L}*(?:дын|дин|тын|тин|нын|нин)";

	/** A day-of-the-week word with any ending. */
	static final String WEEKDAY = "\\b(?:" + alternatives(WEEKDAYS) + ")\\p{L}*";

	/** How many times: a number or a number word. */
	static final String COUNT = "(?:\\d{1,2}|" + alternatives(COUNTS) + ")\\b";

	/**
	 * Kazakh letters and Latin look-alikes, each mapped to the plain Cyrillic letter
	 * Russian keyboards type.
	 */
	private static final Map<Character, Character> FOLDED = Map.ofEntries(Map.entry('ә', 'а'), Map.entry('ғ', 'г'),
			Map.entry('қ', 'к'), Map.entry('ң', 'н'), Map.entry('ө', 'о'), Map.entry('ұ', 'у'), Map.entry('ү', 'у'),
			Map.entry('һ', 'х'), Map.entry('і', 'и'), Map.entry('ё', 'е'), Map.entry('i', 'и'), Map.entry('a', 'а'),
			Map.entry('c', 'с'), Map.entry('e', 'е'), Map.entry('o', 'о'), Map.entry('p', 'р'), Map.entry('x', 'х'),
			Map.entry('y', 'у'), Map.entry('k', 'к'), Map.entry('m', 'м'), Map.entry('t', 'т'), Map.entry('b', 'в'),
			Map.entry('h', 'н'), Map.entry('\u00a0', ' '));

	private Words() {
	}

	/**
	 * Lower-cases the text and writes Kazakh letters as the Russian ones they are often
	 * typed with ("Тоқсанына" and "Токсанына" both become "токсанына"; "Сәуiр" with a
	 * Latin i becomes "сауир"). Every character maps to exactly one, so positions in the
	 * folded text are positions in the original.
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = Character.toLowerCase(text.charAt(i));
			folded.append(FOLDED.getOrDefault(c, c));
		}
		return folded.toString();
	}

	/** The month (1–12) of a folded month word. */
	static int month(String word) {
		return lookUp(MONTHS, word);
	}

	static DayOfWeek weekday(String word) {
		return lookUp(WEEKDAYS, word);
	}

	static Frequency unit(String word) {
		return lookUp(UNITS, word);
	}

	/** How many times a count says; one when there is none. */
	static int count(Optional<String> count) {
		return count.map((c) -> c.chars().allMatch(Character::isDigit) ? Integer.parseInt(c) : lookUp(COUNTS, c))
			.orElse(1);
	}

	/** What the longest stem the word starts with means. */
	private static <T> T lookUp(Map<String, T> stems, String word) {
		return stems.entrySet()
			.stream()
			.filter((stem) -> word.startsWith(stem.getKey()))
			.max(Comparator.comparingInt((stem) -> stem.getKey().length()))
			.map(Map.Entry::getValue)
			.orElseThrow(() -> new IllegalArgumentException("Not a known word: " + word));
	}

	/**
	 * The stems as a regex alternation, longest first so that no stem hides a longer one.
	 */
	private static String alternatives(Map<String, ?> stems) {
		return stems.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.collect(Collectors.joining("|"));
	}

	/** A table of stems and what they mean, from alternating stems and values. */
	@SuppressWarnings("unchecked")
	private static <T> Map<String, T> table(Object... stemsAndValues) {
		Map<String, T> table = new LinkedHashMap<>();
		for (int i = 0; i < stemsAndValues.length; i += 2) {
			table.put((String) stemsAndValues[i], (T) stemsAndValues[i + 1]);
		}
		return Collections.unmodifiableMap(table);
	}

}
