package kz.birge.planimport.dates;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Times of day written with a plan's dates become the times of its occurrences. */
class TimesOfDayTests {

	private static final PlanPeriod SCHOOL_YEAR = PlanPeriod.academicYear(2026);

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			12 желтоқсан, сағат 15:00            | 15:00 |
			12 желтоқсан сағат 10.00-де          | 10:00 |
			12 желтоқсан 10:00–12:00             | 10:00 | 12:00
			12 желтоқсан, 10.00-12.00            | 10:00 | 12:00
			12 желтоқсан 10:00-ден 12:00-ге дейін | 10:00 | 12:00
			12 декабря в 15.00                   | 15:00 |
			12 декабря с 10:00 до 12:30          | 10:00 | 12:30
			12 декабря, 15:00                    | 15:00 |
			12.12.2026 сағат 9:30                | 09:30 |
			12 желтоқсан сағат 15-те             | 15:00 |
			12 декабря в 15 часов                | 15:00 |
			""")
	void readsATimeBesideTheDay(String cell, LocalTime start, LocalTime end) {
		ParsedDates parsed = DateGrammar.parse(cell, SCHOOL_YEAR);

		assertThat(parsed.schedules()).containsExactly(Schedule.OnDays.of(LocalDate.of(2026, 12, 12)));
		assertThat(parsed.notUnderstood()).isEmpty();
		assertThat(parsed.time()).contains(new TimeOfDay(start, Optional.ofNullable(end)));
	}

	@Test
	void theTenDaySeedGivesItsTime() {
		ParsedDates parsed = DateGrammar.parse("2023 жылғы 20 қарашада сағат 10.00-де", PlanPeriod.calendarYear(2023));

		assertThat(parsed.schedules()).containsExactly(Schedule.OnDays.of(LocalDate.of(2023, 11, 20)));
		assertThat(parsed.notUnderstood()).isEmpty();
		assertThat(parsed.time()).contains(TimeOfDay.at(LocalTime.of(10, 0)));
	}

	@Test
	void aDayAndMonthWithADotIsNoTime() {
		ParsedDates parsed = DateGrammar.parse("20.09-ға дейін", SCHOOL_YEAR);

		assertThat(parsed.schedules()).containsExactly(new Schedule.By(LocalDate.of(2026, 9, 20)));
		assertThat(parsed.time()).isEmpty();
	}

	@Test
	void aRangeOfDatesWithDotsIsNoTime() {
		ParsedDates parsed = DateGrammar.parse("01-15.09. 2026ж", SCHOOL_YEAR);

		assertThat(parsed.schedules())
			.containsExactly(new Schedule.Between(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15)));
		assertThat(parsed.time()).isEmpty();
	}

	@Test
	void aSecondDifferentTimeIsReportedNotDropped() {
		ParsedDates parsed = DateGrammar.parse("12 желтоқсан сағат 10:00\n13 желтоқсан сағат 15:00", SCHOOL_YEAR);

		assertThat(parsed.time()).contains(TimeOfDay.at(LocalTime.of(10, 0)));
		assertThat(parsed.notUnderstood()).containsExactly("сағат 15:00");
	}

	@Test
	void aStartAloneLastsTheDefaultLengthInTheOrganisationsZone() {
		DateSpan day = DateSpan.day(LocalDate.of(2026, 12, 12));
		TimeOfDay three = TimeOfDay.at(LocalTime.of(15, 0));

		assertThat(three.startOf(day, ALMATY)).isEqualTo(Instant.parse("2026-12-12T10:00:00Z"));
		assertThat(three.endOf(day, ALMATY)).isEqualTo(Instant.parse("2026-12-12T12:00:00Z"));
	}

	@Test
	void aSpanStartsOnItsFirstDayAndEndsOnItsLast() {
		DateSpan days = new DateSpan(LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 16));
		TimeOfDay morning = TimeOfDay.between(LocalTime.of(10, 0), LocalTime.of(12, 0));

		assertThat(morning.startOf(days, ALMATY)).isEqualTo(Instant.parse("2027-04-12T05:00:00Z"));
		assertThat(morning.endOf(days, ALMATY)).isEqualTo(Instant.parse("2027-04-16T07:00:00Z"));
	}

	@Test
	void onlyDaysSpansAndWeekdayRepeatsTakeATime() {
		assertThat(List.of(Schedule.OnDays.of(LocalDate.of(2026, 12, 12)),
				new Schedule.Between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5)),
				Schedule.Every.weeklyOn(DayOfWeek.THURSDAY)))
			.allMatch(TimeOfDay::fits);
		assertThat(List.of(new Schedule.By(LocalDate.of(2026, 12, 12)), new Schedule.WholePeriod(),
				new Schedule.Every(Schedule.Frequency.MONTHLY)))
			.noneMatch(TimeOfDay::fits);
	}

}
