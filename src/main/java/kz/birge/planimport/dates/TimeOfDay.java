package kz.birge.planimport.dates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A time of day a plan gives with its dates: "сағат 10.00-де", "10:00–12:00", "в 15.00",
 * "15:00". An occurrence on a day with a time starts then, and ends at the end given or
 * {@link #DEFAULT_LENGTH} later; a span of days starts on its first day at the time and
 * ends on its last.
 *
 * @param start when it starts
 * @param end when it ends, if the plan says
 */
public record TimeOfDay(LocalTime start, Optional<LocalTime> end) {

	/** How long an activity with only a start time lasts. */
	public static final Duration DEFAULT_LENGTH = Duration.ofHours(2);

	public TimeOfDay {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
	}

	/** A start without an end. */
	public static TimeOfDay at(LocalTime start) {
		return new TimeOfDay(start, Optional.empty());
	}

	/** From a start to an end. */
	public static TimeOfDay between(LocalTime start, LocalTime end) {
		return new TimeOfDay(start, Optional.of(end));
	}

	/**
	 * Whether occurrences of the schedule take the time: given days, a span, or a weekday
	 * repeat do; a deadline, a start, a month or week of a repeat, or the whole period do
	 * not.
	 */
	public static boolean fits(Schedule schedule) {
		return schedule instanceof Schedule.OnDays || schedule instanceof Schedule.Between
				|| (schedule instanceof Schedule.Every every && every.day().isPresent());
	}

	/** When an occurrence of the span starts, in the zone. */
	public Instant startOf(DateSpan span, ZoneId zone) {
		return span.start().atTime(this.start).atZone(zone).toInstant();
	}

	/**
	 * When an occurrence of the span ends, in the zone: on its last day at the end time,
	 * or the default length after the start; an end before the start is on the next day.
	 */
	public Instant endOf(DateSpan span, ZoneId zone) {
		LocalDate last = span.end();
		LocalTime end = this.end.orElse(this.start.plus(DEFAULT_LENGTH));
		boolean nextDay = this.end.isPresent() ? !end.isAfter(this.start)
				: this.start.plus(DEFAULT_LENGTH).isBefore(this.start);
		return last.plusDays(nextDay ? 1 : 0).atTime(end).atZone(zone).toInstant();
	}

}
