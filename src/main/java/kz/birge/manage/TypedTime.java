package kz.birge.manage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.birge.planimport.dates.DateGrammar;
import kz.birge.planimport.dates.ParsedDates;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;

/**
 * A date and time a coordinator types: "12.12.2026 15:00", "12 желтоқсан 15:00", "12
 * декабря в 15:30", or a date alone for a whole day. A date without a year is the next
 * such date from today.
 */
final class TypedTime {

	/** How long an activity with a start time lasts when nobody says. */
	static final Duration DEFAULT_LENGTH = Duration.ofHours(2);

	private static final Pattern TIME = Pattern.compile("(?<![\\d.])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?![\\d.])");

	private TypedTime() {
	}

	/** A start and end in UTC, and whether it is a whole day. */
	record When(Instant start, Instant end, boolean allDay) {
	}

	/** A time still to come read from what a coordinator typed, or why it is not one. */
	sealed interface Reading {

		record Coming(When when) implements Reading {
		}

		record NotUnderstood() implements Reading {
		}

		record Past() implements Reading {
		}

	}

	static Reading coming(String text, ZoneId zone, Clock clock) {
		Optional<When> when = parse(text, zone, LocalDate.now(clock.withZone(zone)));
		if (when.isEmpty()) {
			return new Reading.NotUnderstood();
		}
		if (!when.get().end().isAfter(clock.instant())) {
			return new Reading.Past();
		}
		return new Reading.Coming(when.get());
	}

	static Optional<When> parse(String text, ZoneId zone, LocalDate today) {
		Matcher time = TIME.matcher(text);
		Optional<LocalTime> at = Optional.empty();
		String dateText = text;
		if (time.find()) {
			at = Optional.of(LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2))));
			dateText = (text.substring(0, time.start()) + " " + text.substring(time.end()))
				.replaceAll("(?iu)\\b(сағат|в|at|с)\\b", " ");
		}
		PlanPeriod coming = new PlanPeriod(today, today.plusYears(1).minusDays(1));
		ParsedDates parsed = DateGrammar.parse(dateText.trim(), coming);
		if (parsed.schedules().size() != 1 || !parsed.notUnderstood().isEmpty()
				|| !(parsed.schedules().get(0) instanceof Schedule.OnDays days) || days.days().size() != 1) {
			return Optional.empty();
		}
		LocalDate day = days.days().get(0);
		if (at.isPresent()) {
			Instant start = day.atTime(at.get()).atZone(zone).toInstant();
			return Optional.of(new When(start, start.plus(DEFAULT_LENGTH), false));
		}
		return Optional
			.of(new When(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), true));
	}

}
