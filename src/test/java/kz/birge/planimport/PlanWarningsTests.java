package kz.birge.planimport;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;

import kz.birge.catalog.Metric;
import kz.birge.planimport.ImportWarning.Kind;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.dates.TimeOfDay;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a plan says and Birge cannot place is a warning with its row and cell, never
 * dropped: audiences, month headings, times without a day.
 */
class PlanWarningsTests {

	private static ReadPlan read(String... lines) throws Exception {
		return PlanReader.read("plan.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
	}

	private static final String TITLE = "Ақсу ауылының ЖББМ-нің 2026-2027 оқу жылына арналған іс-шаралар жоспары";

	private static final String HEADER = "№\tІс-шараның атауы\tӨткізу мерзімі\tҚатысушылар\tОрындалу индикаторлары";

	@Test
	void anAudienceCellNotUnderstoodIsAWarningWithItsRowAndColumn() throws Exception {
		ReadPlan read = read(TITLE, HEADER, "1\t«Таза аула»\t14 желтоқсан\tбарлық ниет білдірушілер\tҚатысушылар саны");

		assertThat(read.plan().activities().get(0).audience().unspecified()).isTrue();
		assertThat(read.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.kind()).isEqualTo(Kind.AUDIENCE_NOT_UNDERSTOOD);
			assertThat(warning.line()).isEqualTo(3);
			assertThat(warning.column()).isEqualTo("Қатысушылар");
			assertThat(warning.text()).isEqualTo("барлық ниет білдірушілер");
		});
	}

	@Test
	void anEmptyAudienceCellIsAWarningNamingTheActivity() throws Exception {
		ReadPlan read = read(TITLE, HEADER, "1\t«Таза аула»\t14 желтоқсан\t\tҚатысушылар саны");

		assertThat(read.warnings()).extracting(ImportWarning::kind, ImportWarning::text)
			.containsExactly(Tuple.tuple(Kind.AUDIENCE_MISSING, "«Таза аула»"));
	}

	@Test
	void aRowUnderAMonthHeadingItsDatesDisagreeWithIsAWarning() throws Exception {
		ReadPlan read = read(TITLE, "ҚАЗАН АЙЫ", HEADER, "1\t«Күзгі мереке»\t20.10.2026\t5-9 сынып\tҚатысушылар саны",
				"2\t«Жаңа жыл»\t25.12.2026\t5-9 сынып\tҚатысушылар саны",
				"3\t«Кітап оқу»\tАйына 1 рет\t5-9 сынып\tҚатысушылар саны");

		assertThat(read.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.kind()).isEqualTo(Kind.MONTH_HEADING_MISMATCH);
			assertThat(warning.line()).isEqualTo(5);
			assertThat(warning.text()).isEqualTo("ҚАЗАН АЙЫ: 25.12.2026");
		});
	}

	@Test
	void aRowsTimeBecomesTheActivitysTime() throws Exception {
		ReadPlan read = read(TITLE, HEADER,
				"1\t«Жасыл мектеп»\t12 желтоқсан, сағат 15:00\t7-9 сынып\tҚатысушылар саны");

		ActivityDraft activity = read.plan().activities().get(0);
		assertThat(activity.time()).contains(TimeOfDay.at(LocalTime.of(15, 0)));
		assertThat(read.warnings()).isEmpty();
	}

	@Test
	void aTimeWithoutADayToPutItOnIsAWarning() throws Exception {
		ReadPlan read = read(TITLE, HEADER, "1\t«Кітап оқу»\tАйына 1 рет, сағат 15:00\t7-9 сынып\tҚатысушылар саны");

		assertThat(read.warnings()).extracting(ImportWarning::kind).containsExactly(Kind.TIME_NOT_PLACED);
	}

	@Test
	void lessonsHeldOnAnEcoLessonRowCountEcoLessons() throws Exception {
		ReadPlan read = read(TITLE, HEADER,
				"1\t«Жасыл планета» эко-сабағы\t12 желтоқсан\t5-9 сынып\tӨткізілген сабақтар саны");

		assertThat(read.plan().activities().get(0).indicators()).extracting((spec) -> spec.metric())
			.containsExactly(Metric.ECO_LESSONS);
	}

	@Test
	void theOrganisationIsTheSchoolNotTheTitle() throws Exception {
		ReadPlan read = read(TITLE, HEADER, "1\t«Таза аула»\t14 желтоқсан\t5-9 сынып\tҚатысушылар саны");

		assertThat(read.plan().organisation()).contains("Ақсу ауылының ЖББМ");
	}

}
