package kz.birge.planimport.dates;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the times of day in a part of a date cell, in folded text (see
 * {@link Words#fold}): "сағат 10.00-де", "10:00–12:00", "10:00-ден 12:00-ге дейін", "в
 * 15.00", "с 10:00 до 12:00", "15:00", "сағат 15-те", "в 15 часов". A clock written with
 * a dot ("10.00") is a time only when it cannot be a date: after a word that says so
 * ("сағат", "в"), or with minutes no month has ("10.00", "15.30"); "20.09-ға" is a date.
 */
final class Times {

	/** "10:00", "9.30"; not inside a longer number or a date ("15.12.2023"). */
	private static final String CLOCK = "(?<![\\d.:])(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?!\\d)(?!\\.\\s*\\d)";

	/** A Kazakh case ending after a time: "10.00-де", "10:00-ден", "12:00-ге дейін". */
	private static final String ENDING = "(?:\\s*-?\\s*(?:де|да|те|та|ден|дан|тен|тан|ге|га|ке|ка)(?!\\p{L}))?"
			+ "(?:\\s+дейин\\p{L}*)?";

	/** What says that the number after it is a time. */
	private static final String CUE = "(?<cue>сагат(?:та)?\\s*|(?:в|во|с|со|от|начало\\s+в|" + Words.fold("at") + "|"
			+ Words.fold("from") + ")\\s+)?";

	/** Between a start and an end. */
	private static final String SEPARATOR = "(?:\\s*[-–—‒−]\\s*|\\s+(?:до|по|" + Words.fold("to") + ")\\s+|\\s+)";

	/** "ч.", "часов", "сағатта" after a time. */
	private static final String UNIT = "(?:\\s*(?:ч|час\\p{L}*|сагат\\p{L}*)\\.?)?";

	private static final Pattern CLOCK_TIME = Pattern.compile("(?<![\\p{L}\\d])" + CUE + "(?<from>" + CLOCK + ")"
			+ ENDING + "(?:" + SEPARATOR + "(?<to>" + CLOCK + ")" + ENDING + ")?" + UNIT + "(?![\\p{L}\\d])",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** "сағат 15-те", "в 15 часов", "15 ч.": an hour without minutes. */
	private static final Pattern HOUR = Pattern.compile(
			"(?<![\\p{L}\\d])(?:сагат\\s*(?<hour>[01]?\\d|2[0-3])(?:\\s*-?\\s*(?:те|та|де|да)(?!\\p{L}))?"
					+ "|(?:в|во)\\s+(?<inHours>[01]?\\d|2[0-3])\\s*(?:ч\\.?|час\\p{L}*))(?![\\p{L}\\d:.])",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern HOUR_AND_MINUTE = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

	private Times() {
	}

	/** A time found in a part, where it is. */
	record Found(int start, int end, TimeOfDay time) {
	}

	/** The times of the folded part, in order. */
	static List<Found> in(String folded) {
		List<Found> found = new ArrayList<>();
		Matcher clock = CLOCK_TIME.matcher(folded);
		int from = 0;
		while (from < folded.length() && clock.find(from)) {
			Optional<TimeOfDay> time = clockTime(clock);
			if (time.isPresent()) {
				found.add(new Found(clock.start(), clock.end(), time.get()));
				from = clock.end();
			}
			else {
				from = clock.start() + 1;
			}
		}
		Matcher hour = HOUR.matcher(folded);
		while (hour.find()) {
			int start = hour.start();
			if (found.stream().noneMatch((other) -> start < other.end() && other.start() < hour.end())) {
				String hours = (hour.group("hour") != null) ? hour.group("hour") : hour.group("inHours");
				found.add(new Found(start, hour.end(), TimeOfDay.at(LocalTime.of(Integer.parseInt(hours), 0))));
			}
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return List.copyOf(found);
	}

	private static Optional<TimeOfDay> clockTime(Matcher match) {
		String fromText = match.group("from");
		boolean cued = match.group("cue") != null;
		boolean colon = fromText.contains(":");
		LocalTime start = clock(fromText);
		if (!cued && !colon && start.getMinute() >= 1 && start.getMinute() <= 12) {
			// "20.09": a day and a month
			return Optional.empty();
		}
		String toText = match.group("to");
		if (toText == null) {
			return Optional.of(TimeOfDay.at(start));
		}
		return Optional.of(TimeOfDay.between(start, clock(toText)));
	}

	private static LocalTime clock(String text) {
		Matcher parts = HOUR_AND_MINUTE.matcher(text);
		if (!parts.matches()) {
			throw new IllegalArgumentException("Not a time: " + text);
		}
		return LocalTime.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)));
	}

}
