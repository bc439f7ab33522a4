package kz.birge.attendance;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as a teacher types it to find a roster: "12.10", "12.10.2026", "12 қазан", "12
 * қазанда", "12 октября", "12 October". Without a year, the year that puts the day
 * nearest to today.
 */
final class TypedDay {

	private static final Pattern NUMERIC = Pattern
		.compile("(\\d{1,2})[./-](\\d{1,2})(?:[./-](\\d{2}|\\d{4}))?\\s*(?:ж\\.?|г\\.?)?");

	private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?(?:\\s+(\\d{4}))?.*");

	/**
	 * Stems of the months' names, January first: Kazakh, Russian and English, so that a
	 * case ending ("қазанда", "октября") still matches.
	 */
	private static final List<List<String>> MONTHS = List.of(List.of("қаңтар", "январ", "jan"),
			List.of("ақпан", "феврал", "feb"), List.of("наурыз", "март", "мар", "mar"),
			List.of("сәуір", "апрел", "apr"), List.of("мамыр", "мая", "май", "may"), List.of("маусым", "июн", "jun"),
			List.of("шілде", "июл", "jul"), List.of("тамыз", "август", "aug"), List.of("қыркүйек", "сентябр", "sep"),
			List.of("қазан", "октябр", "oct"), List.of("қараша", "ноябр", "nov"),
			List.of("желтоқсан", "декабр", "dec"));

	private TypedDay() {
	}

	/** The day typed, or empty when it is not a day. */
	static Optional<LocalDate> read(String typed, LocalDate today) {
		String text = typed.strip().toLowerCase(Locale.ROOT);
		Matcher numeric = NUMERIC.matcher(text);
		if (numeric.matches()) {
			return day(numeric.group(1), Integer.parseInt(numeric.group(2)), numeric.group(3), today);
		}
		Matcher words = WORDS.matcher(text);
		if (words.matches()) {
			for (int month = 0; month < MONTHS.size(); month++) {
				if (MONTHS.get(month).stream().anyMatch(words.group(2)::startsWith)) {
					return day(words.group(1), month + 1, words.group(3), today);
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> day(String day, int month, String year, LocalDate today) {
		try {
			if (year != null) {
				int full = (year.length() == 2) ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
				return Optional.of(LocalDate.of(full, month, Integer.parseInt(day)));
			}
			LocalDate best = null;
			for (int offset = -1; offset <= 1; offset++) {
				LocalDate candidate = safe(today.getYear() + offset, month, Integer.parseInt(day));
				if (candidate != null && (best == null || distance(candidate, today) < distance(best, today))) {
					best = candidate;
				}
			}
			return Optional.ofNullable(best);
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static LocalDate safe(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static long distance(LocalDate a, LocalDate b) {
		return Math.abs(a.toEpochDay() - b.toEpochDay());
	}

}
