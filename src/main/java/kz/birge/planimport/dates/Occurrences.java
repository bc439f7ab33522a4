package kz.birge.planimport.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

import kz.birge.planimport.dates.Schedule.Between;
import kz.birge.planimport.dates.Schedule.By;
import kz.birge.planimport.dates.Schedule.Every;
import kz.birge.planimport.dates.Schedule.From;
import kz.birge.planimport.dates.Schedule.OnDays;
import kz.birge.planimport.dates.Schedule.WholePeriod;

/**
 * Turns schedules into the concrete spans they cover within a plan period. Dates a plan
 * states are kept even outside the period; only repetitions without dates of their own
 * are bounded by it.
 */
public final class Occurrences {

	/** Where the quarters of a school year begin: 1 Sep, 1 Nov, 1 Jan, 1 Apr. */
	private static final List<Month> ACADEMIC_QUARTER_STARTS = List.of(Month.SEPTEMBER, Month.NOVEMBER, Month.JANUARY,
			Month.APRIL);

	private Occurrences() {
	}

	/**
	 * The spans of one schedule: one per day for {@link OnDays}; the range for
	 * {@link Between}; a one-day {@link DateSpan.Kind#DEADLINE} span for {@link By}; the
	 * start to the period's end for {@link From}; the period for {@link WholePeriod}; and
	 * for {@link Every} one span per week (Monday–Sunday), month or quarter inside the
	 * period (or its own dates), clipped to it, or every given day of the week inside it.
	 * Quarters are the school quarters for a school year (Sep–Oct, Nov–Dec, Jan–Mar,
	 * Apr–May), calendar quarters otherwise. "Twice a week" still gives one span a week:
	 * {@link Every#times()} says how often within it.
	 */
	public static List<DateSpan> expand(Schedule schedule, PlanPeriod period) {
		if (schedule instanceof OnDays onDays) {
			return onDays.days().stream().map(DateSpan::day).toList();
		}
		if (schedule instanceof Between between) {
			return List.of(new DateSpan(between.from(), between.to()));
		}
		if (schedule instanceof By by) {
			return List.of(DateSpan.deadline(by.deadline()));
		}
		if (schedule instanceof From from) {
			LocalDate end = from.start().isAfter(period.end()) ? from.start() : period.end();
			return List.of(new DateSpan(from.start(), end));
		}
		if (schedule instanceof Every every) {
			return repetitions(every, period);
		}
		if (schedule instanceof WholePeriod) {
			return List.of(new DateSpan(period.start(), period.end()));
		}
		throw new IllegalArgumentException("Unknown schedule: " + schedule);
	}

	/** The spans of all the schedules, in order. */
	public static List<DateSpan> expandAll(Collection<? extends Schedule> schedules, PlanPeriod period) {
		List<DateSpan> spans = new ArrayList<>();
		schedules.forEach((schedule) -> spans.addAll(expand(schedule, period)));
		return List.copyOf(spans);
	}

	/**
	 * A repetition's spans through the period, or through its own dates; a school year's
	 * quarters stay school quarters within its dates.
	 */
	private static List<DateSpan> repetitions(Every every, PlanPeriod period) {
		return every.within()
			.map((within) -> spans(every, new PlanPeriod(within.from(), within.to()), period.isAcademicYear()))
			.orElseGet(() -> spans(every, period, period.isAcademicYear()));
	}

	/**
	 * A repetition's spans over the given dates, clipped to them; quarters are school
	 * quarters when {@code schoolQuarters}.
	 */
	private static List<DateSpan> spans(Every every, PlanPeriod dates, boolean schoolQuarters) {
		if (every.day().isPresent()) {
			return weekdays(every.day().get(), dates);
		}
		return switch (every.frequency()) {
			case WEEKLY -> slices(dates, dates.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
					(start) -> start.plusWeeks(1));
			case MONTHLY -> slices(dates, dates.start().withDayOfMonth(1), (start) -> start.plusMonths(1));
			case QUARTERLY -> schoolQuarters ? slices(dates, dates.start(), Occurrences::nextSchoolQuarter)
					: slices(dates, firstDayOfCalendarQuarter(dates.start()), (start) -> start.plusMonths(3));
		};
	}

	private static List<DateSpan> weekdays(DayOfWeek day, PlanPeriod period) {
		List<DateSpan> spans = new ArrayList<>();
		for (LocalDate d = period.start().with(TemporalAdjusters.nextOrSame(day)); !d.isAfter(period.end()); d = d
			.plusWeeks(1)) {
			spans.add(DateSpan.day(d));
		}
		return List.copyOf(spans);
	}

	/**
	 * Consecutive slices beginning at {@code first} and each next start, clipped to the
	 * period.
	 */
	private static List<DateSpan> slices(PlanPeriod period, LocalDate first, UnaryOperator<LocalDate> next) {
		List<DateSpan> spans = new ArrayList<>();
		for (LocalDate start = first; !start.isAfter(period.end()); start = next.apply(start)) {
			LocalDate end = next.apply(start).minusDays(1);
			LocalDate clippedStart = start.isBefore(period.start()) ? period.start() : start;
			LocalDate clippedEnd = end.isAfter(period.end()) ? period.end() : end;
			if (!clippedEnd.isBefore(clippedStart)) {
				spans.add(new DateSpan(clippedStart, clippedEnd));
			}
		}
		return List.copyOf(spans);
	}

	private static LocalDate nextSchoolQuarter(LocalDate start) {
		LocalDate next = start.plusMonths(1).withDayOfMonth(1);
		while (!ACADEMIC_QUARTER_STARTS.contains(next.getMonth())) {
			next = next.plusMonths(1);
		}
		return next;
	}

	private static LocalDate firstDayOfCalendarQuarter(LocalDate day) {
		return day.withMonth(day.getMonth().firstMonthOfQuarter().getValue()).withDayOfMonth(1);
	}

}
