package kz.birge.planimport.dates;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The period a plan covers (both ends included): it fills in the years a plan leaves out
 * and bounds repetitions such as "Айына бір рет".
 */
public record PlanPeriod(LocalDate start, LocalDate end) {

	private static final MonthDay ACADEMIC_START = MonthDay.of(9, 1);

	private static final MonthDay ACADEMIC_END = MonthDay.of(5, 31);

	public PlanPeriod {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("Period ends before it starts: " + start + " – " + end);
		}
	}

	/** 1 January – 31 December of the year. */
	public static PlanPeriod calendarYear(int year) {
		return new PlanPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The school year: 1 September of {@code firstYear} – 31 May of the next year. */
	public static PlanPeriod academicYear(int firstYear) {
		return new PlanPeriod(ACADEMIC_START.atYear(firstYear), ACADEMIC_END.atYear(firstYear + 1));
	}

	/** Whether this is a school year as {@link #academicYear(int)} makes it. */
	public boolean isAcademicYear() {
		return MonthDay.from(this.start).equals(ACADEMIC_START)
				&& this.end.equals(ACADEMIC_END.atYear(this.start.getYear() + 1));
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

	/**
	 * The year a day and month written without a year falls in: the year in which it lies
	 * inside the period, else the first year after the period's start. So in a school
	 * year September to December take the first year and January to August the second.
	 */
	public int yearOf(MonthDay monthDay) {
		for (int year = this.start.getYear(); year <= this.end.getYear(); year++) {
			if (monthDay.isValidYear(year) && contains(monthDay.atYear(year))) {
				return year;
			}
		}
		return monthDay.isBefore(MonthDay.from(this.start)) ? this.start.getYear() + 1 : this.start.getYear();
	}

}
