package kz.birge.attendance;

import java.time.LocalDate;
import java.util.Optional;

import kz.birge.planimport.dates.DateGrammar;
import kz.birge.planimport.dates.ParsedDates;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;

/**
 * A day as a teacher types it to find a roster: "12.10", "12.10.2026", "12 қазан", "12
 * қазанда", "12 октября". Read by the plans' own date grammar; without a year, the year
 * that puts the day nearest to today.
 */
final class TypedDay {

	private TypedDay() {
	}

	/** The day typed, or empty when it is not one day. */
	static Optional<LocalDate> read(String typed, LocalDate today) {
		PlanPeriod aroundToday = new PlanPeriod(today.minusMonths(6), today.plusMonths(6));
		ParsedDates parsed = DateGrammar.parse(typed.strip(), aroundToday);
		if (parsed.schedules().size() != 1 || !parsed.notUnderstood().isEmpty()
				|| !(parsed.schedules().get(0) instanceof Schedule.OnDays days) || days.days().size() != 1) {
			return Optional.empty();
		}
		return Optional.of(days.days().get(0));
	}

}
