package kz.birge.planimport;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.birge.planimport.dates.DateGrammar;
import kz.birge.planimport.dates.ParsedDates;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;

/**
 * A heading that names a month ("ҚЫРКҮЙЕК АЙЫ", "Сентябрь"), under which a plan puts that
 * month's activities; a row whose dates fall in no day of it disagrees with it.
 *
 * @param text the heading as written
 * @param month the month it names
 */
record MonthHeading(String text, Month month) {

	private static final int MAX_WORDS = 3;

	/** The month a paragraph names when it is a month heading and nothing more. */
	static Optional<MonthHeading> of(String paragraph, PlanPeriod period) {
		String text = paragraph.strip();
		if (text.isEmpty() || text.chars().anyMatch(Character::isDigit) || text.split("\\s+").length > MAX_WORDS) {
			return Optional.empty();
		}
		ParsedDates parsed = DateGrammar.parse(text, period);
		if (!parsed.understood() || parsed.schedules().size() != 1
				|| !(parsed.schedules().get(0) instanceof Schedule.Between between)) {
			return Optional.empty();
		}
		boolean wholeMonth = between.from().getDayOfMonth() == 1 && between.from().getMonth() == between.to().getMonth()
				&& between.to().getDayOfMonth() == between.to().lengthOfMonth()
				&& between.from().getYear() == between.to().getYear();
		return wholeMonth ? Optional.of(new MonthHeading(text, between.from().getMonth())) : Optional.empty();
	}

	/**
	 * Whether dates stated by day (days, spans, deadlines, the dates of a repeat) touch
	 * the month; repeats without dates and the whole period say no month and agree with
	 * any.
	 */
	boolean agreesWith(List<Schedule> schedules) {
		Set<Month> months = EnumSet.noneOf(Month.class);
		for (Schedule schedule : schedules) {
			Schedule dated = (schedule instanceof Schedule.Every every && every.within().isPresent())
					? every.within().get() : schedule;
			if (dated instanceof Schedule.OnDays days) {
				days.days().forEach((day) -> months.add(day.getMonth()));
			}
			else if (dated instanceof Schedule.Between between) {
				LocalDate month = between.from().withDayOfMonth(1);
				for (int i = 0; i < 12 && !month.isAfter(between.to()); i++, month = month.plusMonths(1)) {
					months.add(month.getMonth());
				}
			}
			else if (dated instanceof Schedule.By by) {
				months.add(by.deadline().getMonth());
			}
		}
		return months.isEmpty() || months.contains(this.month);
	}

}
