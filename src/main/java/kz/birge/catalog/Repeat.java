package kz.birge.catalog;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How an activity's occurrences repeat ("every Thursday", "every month"), read from the
 * dates of its repeated occurrences: a repeat is shown as one entry, a series that a
 * person joins once. {@link #NONE} for an activity that does not repeat.
 *
 * @param rhythm how often
 * @param weekday the day of a weekly repeat on a given day, or null
 */
public record Repeat(Rhythm rhythm, DayOfWeek weekday) {

	/** Not a repeat. */
	public static final Repeat NONE = new Repeat(Rhythm.NONE, null);

	/** How often a series repeats. */
	public enum Rhythm {

		/** Not a series. */
		NONE,
		/** Every week on one day ("every Thursday"). */
		WEEKLY_ON,
		/** Once a week, any day of it. */
		WEEKLY,
		/** Once a month. */
		MONTHLY,
		/** Once a quarter (a school quarter in a school year). */
		QUARTERLY,
		/** Repeats with no regular step that its dates show. */
		REGULAR

	}

	public boolean series() {
		return this.rhythm != Rhythm.NONE;
	}

	public Optional<DayOfWeek> day() {
		return Optional.ofNullable(this.weekday);
	}

	/**
	 * The repeat that the occurrences of one activity show, read in the organisation's
	 * zone: NONE unless they are a plan's repetition; the step between their days when it
	 * is regular (the first step may be shorter, the plan's period having clipped the
	 * first week, month or quarter); REGULAR otherwise.
	 */
	static Repeat of(List<Occurrence> occurrences, ZoneId zone) {
		List<Occurrence> repeated = occurrences.stream()
			.filter((occurrence) -> occurrence.kind() == Occurrence.Kind.REPEAT && !occurrence.cancelled())
			.sorted(Comparator.comparing(Occurrence::start))
			.toList();
		if (repeated.isEmpty()) {
			return NONE;
		}
		List<LocalDate> days = repeated.stream().map((o) -> LocalDate.ofInstant(o.start(), zone)).toList();
		if (days.size() < 2) {
			return new Repeat(Rhythm.REGULAR, null);
		}
		boolean singleDays = repeated.stream()
			.allMatch((o) -> Duration.between(o.start(), o.end()).compareTo(Duration.ofDays(1)) <= 0);
		if (steps(days, 7, 7)) {
			return (singleDays && sameWeekday(days)) ? new Repeat(Rhythm.WEEKLY_ON, days.get(0).getDayOfWeek())
					: new Repeat(Rhythm.WEEKLY, null);
		}
		if (steps(days, 28, 31)) {
			return new Repeat(Rhythm.MONTHLY, null);
		}
		if (steps(days, 59, 92)) {
			return new Repeat(Rhythm.QUARTERLY, null);
		}
		return new Repeat(Rhythm.REGULAR, null);
	}

	/**
	 * Whether every step between consecutive days is between {@code min} and {@code max}
	 * days, the first being allowed to be shorter.
	 */
	private static boolean steps(List<LocalDate> days, int min, int max) {
		for (int i = 1; i < days.size(); i++) {
			long step = ChronoUnit.DAYS.between(days.get(i - 1), days.get(i));
			if (step > max || (step < min && i > 1) || step < 1) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameWeekday(List<LocalDate> days) {
		return days.stream().map(LocalDate::getDayOfWeek).distinct().count() == 1;
	}

}
