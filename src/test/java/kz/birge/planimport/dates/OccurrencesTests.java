package kz.birge.planimport.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import kz.birge.planimport.dates.DateSpan.Kind;
import kz.birge.planimport.dates.Schedule.Between;
import kz.birge.planimport.dates.Schedule.By;
import kz.birge.planimport.dates.Schedule.Every;
import kz.birge.planimport.dates.Schedule.Frequency;
import kz.birge.planimport.dates.Schedule.From;
import kz.birge.planimport.dates.Schedule.OnDays;
import kz.birge.planimport.dates.Schedule.WholePeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OccurrencesTests {

	/** Seed 001: "Mektepke zhol", 1 August – 30 September 2011. */
	private static final PlanPeriod MEKTEPKE_ZHOL_2011 = new PlanPeriod(date("2011-08-01"), date("2011-09-30"));

	private static final PlanPeriod SCHOOL_YEAR = PlanPeriod.academicYear(2025);

	@Test
	void everyThursdayIsEachThursdayInsideThePeriod() {
		List<DateSpan> spans = Occurrences.expand(Every.weeklyOn(DayOfWeek.THURSDAY), MEKTEPKE_ZHOL_2011);

		assertThat(spans).containsExactly(day("2011-08-04"), day("2011-08-11"), day("2011-08-18"), day("2011-08-25"),
				day("2011-09-01"), day("2011-09-08"), day("2011-09-15"), day("2011-09-22"), day("2011-09-29"));
	}

	@Test
	void theSeedsWeeklyReportCellGivesItsThursdays() {
		ParsedDates parsed = DateGrammar.parse("әр апта сайын бейсенбіде", MEKTEPKE_ZHOL_2011);

		assertThat(Occurrences.expandAll(parsed.schedules(), MEKTEPKE_ZHOL_2011)).hasSize(9)
			.allSatisfy((span) -> assertThat(span.start().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY));
	}

	@Test
	void weeklyIsEachCalendarWeekClippedToThePeriod() {
		List<DateSpan> spans = Occurrences.expand(new Every(Frequency.WEEKLY), MEKTEPKE_ZHOL_2011);

		assertThat(spans).hasSize(9);
		assertThat(spans.get(0)).isEqualTo(span("2011-08-01", "2011-08-07"));
		assertThat(spans.get(8)).isEqualTo(span("2011-09-26", "2011-09-30"));
		assertThat(spans).allSatisfy((span) -> assertThat(span.kind()).isEqualTo(Kind.OCCURRENCE));
	}

	@Test
	void weeklyClipsAWeekThatStartsBeforeThePeriod() {
		PlanPeriod period = new PlanPeriod(date("2025-03-05"), date("2025-03-20"));

		assertThat(Occurrences.expand(new Every(Frequency.WEEKLY), period)).containsExactly(
				span("2025-03-05", "2025-03-09"), span("2025-03-10", "2025-03-16"), span("2025-03-17", "2025-03-20"));
	}

	@Test
	void monthlyInASchoolYearIsNineMonthsSeptemberToMay() {
		List<DateSpan> spans = Occurrences.expand(new Every(Frequency.MONTHLY), SCHOOL_YEAR);

		assertThat(spans).containsExactly(span("2025-09-01", "2025-09-30"), span("2025-10-01", "2025-10-31"),
				span("2025-11-01", "2025-11-30"), span("2025-12-01", "2025-12-31"), span("2026-01-01", "2026-01-31"),
				span("2026-02-01", "2026-02-28"), span("2026-03-01", "2026-03-31"), span("2026-04-01", "2026-04-30"),
				span("2026-05-01", "2026-05-31"));
	}

	@Test
	void monthlyClipsTheFirstAndLastMonth() {
		assertThat(Occurrences.expand(new Every(Frequency.MONTHLY), MEKTEPKE_ZHOL_2011))
			.containsExactly(span("2011-08-01", "2011-08-31"), span("2011-09-01", "2011-09-30"));
		PlanPeriod midMonth = new PlanPeriod(date("2023-11-15"), date("2023-12-10"));
		assertThat(Occurrences.expand(new Every(Frequency.MONTHLY), midMonth))
			.containsExactly(span("2023-11-15", "2023-11-30"), span("2023-12-01", "2023-12-10"));
	}

	@Test
	void quarterlyInASchoolYearIsTheFourSchoolQuarters() {
		assertThat(Occurrences.expand(new Every(Frequency.QUARTERLY), SCHOOL_YEAR)).containsExactly(
				span("2025-09-01", "2025-10-31"), span("2025-11-01", "2025-12-31"), span("2026-01-01", "2026-03-31"),
				span("2026-04-01", "2026-05-31"));
	}

	@Test
	void quarterlyInACalendarYearIsTheFourCalendarQuarters() {
		assertThat(Occurrences.expand(new Every(Frequency.QUARTERLY), PlanPeriod.calendarYear(2025))).containsExactly(
				span("2025-01-01", "2025-03-31"), span("2025-04-01", "2025-06-30"), span("2025-07-01", "2025-09-30"),
				span("2025-10-01", "2025-12-31"));
	}

	@Test
	void aRepetitionWithItsOwnDatesRunsWithinThemClipped() {
		assertThat(expandCell("Қазан-желтоқсан айлары аптасына 1 рет", SCHOOL_YEAR)).hasSize(14)
			.startsWith(span("2025-10-01", "2025-10-05"), span("2025-10-06", "2025-10-12"))
			.endsWith(span("2025-12-29", "2025-12-31"));
		assertThat(expandCell("каждый четверг до 25 декабря", SCHOOL_YEAR)).hasSize(17)
			.startsWith(day("2025-09-04"))
			.endsWith(day("2025-12-25"));
	}

	@Test
	void aQuarterlyRepetitionWithinTheSchoolYearKeepsItsSchoolQuarters() {
		assertThat(Occurrences.expand(
				new Every(Frequency.QUARTERLY).within(new Between(date("2025-10-15"), date("2026-02-15"))),
				SCHOOL_YEAR))
			.containsExactly(span("2025-10-15", "2025-10-31"), span("2025-11-01", "2025-12-31"),
					span("2026-01-01", "2026-02-15"));
	}

	@Test
	void aQuarterlyRepetitionFromBeforeTheSchoolYearKeepsTheSchoolQuarters() {
		assertThat(Occurrences.expand(
				new Every(Frequency.QUARTERLY).within(new Between(date("2025-08-15"), date("2026-05-31"))),
				SCHOOL_YEAR))
			.containsExactly(span("2025-08-15", "2025-08-31"), span("2025-09-01", "2025-10-31"),
					span("2025-11-01", "2025-12-31"), span("2026-01-01", "2026-03-31"),
					span("2026-04-01", "2026-05-31"));
	}

	@Test
	void aRepetitionWithDatesOutsideThePeriodRunsWithinItsDates() {
		assertThat(Occurrences.expand(
				new Every(Frequency.MONTHLY).within(new Between(date("2023-10-01"), date("2023-12-31"))), SCHOOL_YEAR))
			.containsExactly(span("2023-10-01", "2023-10-31"), span("2023-11-01", "2023-11-30"),
					span("2023-12-01", "2023-12-31"));
	}

	@Test
	void theSeedsRepetitionsCoverTheSchoolYear() {
		assertThat(expandCell("Айына бір рет", SCHOOL_YEAR)).hasSize(9);
		assertThat(expandCell("Токсанына 1 рет", SCHOOL_YEAR)).hasSize(4);
		assertThat(expandCell("Аптасына 1 рет", SCHOOL_YEAR)).hasSize(39)
			.first()
			.isEqualTo(span("2025-09-01", "2025-09-07"));
	}

	@Test
	void aDeadlineIsOneDayMarkedAsADeadline() {
		List<DateSpan> spans = Occurrences.expand(new By(date("2025-04-10")), PlanPeriod.calendarYear(2025));

		assertThat(spans).containsExactly(new DateSpan(date("2025-04-10"), date("2025-04-10"), Kind.DEADLINE));
		assertThat(spans.get(0).isDeadline()).isTrue();
	}

	@Test
	void theWholePeriodIsThePeriod() {
		assertThat(Occurrences.expand(new WholePeriod(), MEKTEPKE_ZHOL_2011))
			.containsExactly(span("2011-08-01", "2011-09-30"));
	}

	@Test
	void daysAreOneSpanEach() {
		assertThat(Occurrences.expand(new OnDays(List.of(date("2025-03-27"), date("2025-03-28"))),
				PlanPeriod.calendarYear(2025)))
			.containsExactly(day("2025-03-27"), day("2025-03-28"));
	}

	@Test
	void aRangeIsOneSpanEvenOutsideThePeriod() {
		assertThat(Occurrences.expand(new Between(date("2023-09-01"), date("2023-09-15")), SCHOOL_YEAR))
			.containsExactly(span("2023-09-01", "2023-09-15"));
	}

	@Test
	void aStartRunsToTheEndOfThePeriod() {
		assertThat(Occurrences.expand(new From(date("2011-08-01")), MEKTEPKE_ZHOL_2011))
			.containsExactly(span("2011-08-01", "2011-09-30"));
		assertThat(Occurrences.expand(new From(date("2012-01-10")), MEKTEPKE_ZHOL_2011))
			.containsExactly(span("2012-01-10", "2012-01-10"));
	}

	@Test
	void aWholeCellExpandsInOrder() {
		assertThat(expandCell("29.07. 11 ж – 01.08.11 ж\n30.09.11 ж. дейін", MEKTEPKE_ZHOL_2011))
			.containsExactly(span("2011-07-29", "2011-08-01"), DateSpan.deadline(date("2011-09-30")));
	}

	private static List<DateSpan> expandCell(String cell, PlanPeriod period) {
		return Occurrences.expandAll(DateGrammar.parse(cell, period).schedules(), period);
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	private static DateSpan day(String iso) {
		return DateSpan.day(date(iso));
	}

	private static DateSpan span(String start, String end) {
		return new DateSpan(date(start), date(end));
	}

}
