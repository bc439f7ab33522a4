package kz.birge.planimport.dates;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import kz.birge.planimport.dates.Schedule.Between;

/**
 * Turns written dates into calendar dates. A year the date gives is kept, even outside
 * the plan period; a missing year comes from a year the cell states ("2023 жылғы 15
 * қарашадан ...") or else from the period. Invalid dates ("31 сәуір", "30.02.2024") throw
 * {@link java.time.DateTimeException}.
 */
record Resolver(PlanPeriod period, Optional<Integer> statedYear) {

	LocalDate day(WrittenDate date) {
		return on(date, date.year().or(this::statedYear).orElseGet(() -> yearOf(date)));
	}

	/**
	 * The days from one date to another. A missing year is taken so that the range runs
	 * forward: from the other end's year, or else from the period, preferring a range
	 * that overlaps the period ("25 желтоқсан – 10 қаңтар" in a school year runs into the
	 * next calendar year).
	 */
	Between range(WrittenDate from, WrittenDate to) {
		WrittenDate start = from.inMonthOf(to);
		Optional<Integer> startYear = start.year();
		if (startYear.isEmpty() && to.year().isEmpty()) {
			startYear = this.statedYear;
		}
		if (startYear.isPresent() && to.year().isPresent()) {
			return new Between(on(start, startYear.get()), on(to, to.year().get()));
		}
		if (to.year().isPresent()) {
			LocalDate end = on(to, to.year().get());
			return new Between(onOrBefore(end, start), end);
		}
		if (startYear.isPresent()) {
			LocalDate first = on(start, startYear.get());
			return new Between(first, firstOnOrAfter(first, to));
		}
		LocalDate first = on(start, yearOf(start));
		Between fromStart = new Between(first, firstOnOrAfter(first, to));
		if (overlapsPeriod(fromStart)) {
			return fromStart;
		}
		LocalDate end = on(to, yearOf(to));
		return new Between(onOrBefore(end, start), end);
	}

	/**
	 * Whole months, from the first day of one to the last day of another ("Наурыз-мамыр",
	 * "Сәуір").
	 */
	Between months(int first, int last, Optional<Integer> year) {
		Between range = range(new WrittenDate(1, Optional.of(first), Optional.empty()),
				new WrittenDate(1, Optional.of(last), year));
		return new Between(range.from(), range.to().withDayOfMonth(range.to().lengthOfMonth()));
	}

	private int yearOf(WrittenDate date) {
		return this.period.yearOf(MonthDay.of(date.month().orElseThrow(), date.day()));
	}

	private boolean overlapsPeriod(Between range) {
		return !range.to().isBefore(this.period.start()) && !range.from().isAfter(this.period.end());
	}

	private static LocalDate on(WrittenDate date, int year) {
		return LocalDate.of(year, date.month().orElseThrow(), date.day());
	}

	private static LocalDate firstOnOrAfter(LocalDate day, WrittenDate date) {
		LocalDate candidate = on(date, day.getYear());
		return candidate.isBefore(day) ? on(date, day.getYear() + 1) : candidate;
	}

	/** The latest date on or before {@code day} that has the written day and month. */
	static LocalDate onOrBefore(LocalDate day, WrittenDate date) {
		LocalDate candidate = on(date, day.getYear());
		return candidate.isAfter(day) ? on(date, day.getYear() - 1) : candidate;
	}

}
