package kz.birge.planimport.dates;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlanPeriodTests {

	@Test
	void aCalendarYearRunsFromJanuaryToDecember() {
		PlanPeriod year = PlanPeriod.calendarYear(2025);

		assertThat(year).isEqualTo(new PlanPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
		assertThat(year.isAcademicYear()).isFalse();
	}

	@Test
	void aSchoolYearRunsFromSeptemberToMay() {
		PlanPeriod year = PlanPeriod.academicYear(2025);

		assertThat(year).isEqualTo(new PlanPeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31)));
		assertThat(year.isAcademicYear()).isTrue();
	}

	@Test
	void containsBothEnds() {
		PlanPeriod year = PlanPeriod.academicYear(2025);

		assertThat(year.contains(LocalDate.of(2025, 9, 1))).isTrue();
		assertThat(year.contains(LocalDate.of(2026, 5, 31))).isTrue();
		assertThat(year.contains(LocalDate.of(2025, 8, 31))).isFalse();
		assertThat(year.contains(LocalDate.of(2026, 6, 1))).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "9,1,2025", "12,31,2025", "1,1,2026", "5,31,2026", "6,15,2026", "8,31,2026" })
	void inASchoolYearSeptemberToDecemberTakeTheFirstYearAndJanuaryToAugustTheSecond(int month, int day, int year) {
		assertThat(PlanPeriod.academicYear(2025).yearOf(MonthDay.of(month, day))).isEqualTo(year);
	}

	@ParameterizedTest
	@CsvSource({ "1,1", "2,29", "8,31", "12,31" })
	void inACalendarYearEveryDayTakesThatYear(int month, int day) {
		assertThat(PlanPeriod.calendarYear(2024).yearOf(MonthDay.of(month, day))).isEqualTo(2024);
	}

	@Test
	void aDayInsideAnyOtherPeriodTakesItsYearThere() {
		PlanPeriod winter = new PlanPeriod(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 10));

		assertThat(winter.yearOf(MonthDay.of(12, 25))).isEqualTo(2025);
		assertThat(winter.yearOf(MonthDay.of(1, 5))).isEqualTo(2026);
		assertThat(winter.yearOf(MonthDay.of(3, 1))).isEqualTo(2026);
	}

	@Test
	void refusesAPeriodThatEndsBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanPeriod(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 5, 1)));
	}

}
