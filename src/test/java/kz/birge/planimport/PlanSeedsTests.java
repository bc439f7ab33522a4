package kz.birge.planimport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import kz.birge.planimport.ImportWarning.Kind;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;
import kz.birge.planimport.source.Seeds;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds as the ground truth: exact expectations of what each plan holds. */
class PlanSeedsTests {

	static final String TAZALIKE = "000";

	static final String ROAD_TO_SCHOOL = "001";

	static final String CHILDREN_DAY = "002";

	static final String RUKHANI = "003";

	static final String PARLIAMENT = "004";

	static ReadPlan read(String seed) throws Exception {
		return PlanReader.read(Seeds.file(seed).getFileName().toString(), Seeds.bytes(seed));
	}

	private static ActivityDraft number(ReadPlan read, int number) {
		return read.plan().activities().stream().filter((a) -> a.number() == number).findFirst().orElseThrow();
	}

	private static List<Metric> metrics(ActivityDraft activity) {
		return activity.indicators().stream().map(IndicatorSpec::metric).toList();
	}

	private static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	@Test
	void tazaLike2025() throws Exception {
		ReadPlan read = read(TAZALIKE);
		PlanDraft plan = read.plan();
		assertThat(plan.activities()).hasSize(12);
		assertThat(plan.activities()).extracting(ActivityDraft::number)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(plan.organisation()).hasValueSatisfying((name) -> assertThat(name).contains("Жоңғар-Алатауы"));
		assertThat(plan.title()).isEqualTo("«TazaLike»");
		assertThat(plan.period()).isEqualTo(PlanPeriod.calendarYear(2025));
		assertThat(plan.reportDeadlines()).containsExactly(date(2025, 4, 21));

		assertThat(number(read, 1).schedules()).containsExactly(Schedule.OnDays.of(date(2025, 3, 19)));
		assertThat(number(read, 1).branches()).containsExactly("Сарқан", "Алакөл", "Лепсі");
		assertThat(number(read, 3).schedules())
			.containsExactly(Schedule.OnDays.of(date(2025, 3, 27), date(2025, 3, 28)));
		assertThat(number(read, 4).schedules())
			.containsExactly(new Schedule.Between(date(2025, 3, 29), date(2025, 4, 5)));
		assertThat(number(read, 7).schedules())
			.containsExactly(new Schedule.Between(date(2025, 4, 3), date(2025, 4, 4)));
		assertThat(number(read, 8).schedules()).containsExactly(new Schedule.By(date(2025, 4, 10)));
		assertThat(number(read, 10).schedules()).containsExactly(new Schedule.By(date(2025, 4, 1)),
				new Schedule.Between(date(2025, 4, 1), date(2025, 4, 30)));
		assertThat(number(read, 12).schedules())
			.containsExactly(new Schedule.Between(date(2025, 3, 1), date(2025, 5, 31)));

		assertThat(metrics(number(read, 1))).containsExactly(Metric.LITTER_COLLECTED, Metric.PARTICIPANTS);
		assertThat(metrics(number(read, 4))).containsExactly(Metric.LITTER_COLLECTED, Metric.PARTICIPANTS,
				Metric.AREA_CLEANED);
		assertThat(metrics(number(read, 6))).containsExactly(Metric.TREES_PLANTED, Metric.SCHOOLS_COVERED,
				Metric.PARTICIPANTS);
		assertThat(metrics(number(read, 10))).containsExactly(Metric.BIRD_HOUSES, Metric.PARTICIPANTS);
		assertThat(metrics(number(read, 11))).containsExactly(Metric.ECO_LESSONS, Metric.INSTITUTIONS_COVERED,
				Metric.PARTICIPANTS);
		assertThat(metrics(number(read, 12))).containsExactly(Metric.PUBLICATIONS);
		assertThat(number(read, 11).title()).startsWith("\"Табиғат біздің қолымызда\"");
		assertThat(number(read, 2).audience().categories()).containsExactlyInAnyOrder(Category.STAFF,
				Category.VOLUNTEERS, Category.STUDENTS);
		assertThat(number(read, 1).audience().categories()).containsExactly(Category.STAFF);

		assertThat(read.warnings()).extracting(ImportWarning::kind)
			.doesNotContain(Kind.DATE_NOT_UNDERSTOOD, Kind.DATE_OUTSIDE_PERIOD, Kind.ROW_WITHOUT_TITLE);
	}

	@Test
	void roadToSchool2011() throws Exception {
		ReadPlan read = read(ROAD_TO_SCHOOL);
		PlanDraft plan = read.plan();
		assertThat(plan.activities()).hasSize(20);
		assertThat(plan.period()).isEqualTo(new PlanPeriod(date(2011, 8, 1), date(2011, 9, 30)));
		assertThat(plan.title()).contains("Мектепке жол");
		assertThat(number(read, 1).schedules()).containsExactly(new Schedule.By(date(2011, 7, 25)));
		assertThat(number(read, 3).schedules()).containsExactly(
				new Schedule.Between(date(2011, 7, 29), date(2011, 8, 1)), new Schedule.By(date(2011, 9, 30)));
		assertThat(number(read, 4).schedules()).containsExactly(new Schedule.By(date(2011, 8, 25)));
		assertThat(number(read, 5).schedules())
			.containsExactly(new Schedule.Between(date(2011, 8, 1), date(2011, 9, 20)));
		assertThat(number(read, 7).schedules()).containsExactly(new Schedule.WholePeriod());
		assertThat(number(read, 16).schedules()).containsExactly(new Schedule.From(date(2011, 8, 1)));
		assertThat(number(read, 19).schedules()).containsExactly(Schedule.Every.weeklyOn(DayOfWeek.THURSDAY));
		assertThat(plan.weeklyReportDay()).contains(DayOfWeek.THURSDAY);

		assertThat(read.warnings()).anySatisfy((warning) -> {
			assertThat(warning.kind()).isEqualTo(Kind.DATE_NOT_UNDERSTOOD);
			assertThat(warning.text()).contains("Комиссия жоспарына сәйкес");
			assertThat(warning.column()).isEqualTo("Орындау мерзімі");
		});
		assertThat(read.warnings()).anySatisfy((warning) -> {
			assertThat(warning.kind()).isEqualTo(Kind.DATE_OUTSIDE_PERIOD);
			assertThat(warning.text()).contains("25.07.11");
		});
	}

	@Test
	void schoolParliament2025To2026() throws Exception {
		ReadPlan read = read(PARLIAMENT);
		PlanDraft plan = read.plan();
		assertThat(plan.period()).isEqualTo(PlanPeriod.academicYear(2025));
		assertThat(plan.organisation()).contains("Көкшетау қаласының №2 МЛ");
		assertThat(plan.fractions()).hasSize(8);
		assertThat(plan.fractions().get(0).name()).isEqualTo("ҚҰҚЫҚ ЖӘНЕ ТӘРТІП ФРАКЦИЯСЫ");
		assertThat(plan.fractions().get(6).name()).isEqualTo("ЭКОЛОГИЯ ФРАКЦИЯСЫ");
		assertThat(plan.fractions().get(7).name()).startsWith("МӘДЕНИЕТ ЖӘНЕ ӨНЕР");
		assertThat(plan.activities()).hasSize(37);
		assertThat(plan.activities()).allSatisfy((activity) -> {
			assertThat(activity.fraction()).isPresent();
			assertThat(activity.audience().grades()).as(activity.title()).isNotEmpty();
		});
		assertThat(plan.activities().stream().filter((a) -> a.fraction().orElse("").startsWith("ҚҰҚЫҚ"))).hasSize(5)
			.allSatisfy((activity) -> assertThat(activity.project()).contains("«ҚҰҚЫҚТЫ Қ МӘДЕНИЕТ» ЖОБАСЫ"));
		ActivityDraft first = plan.activities().get(0);
		assertThat(first.audience().grades()).containsExactly(new GradeRange(5, 9));
		assertThat(first.schedules()).containsExactly(new Schedule.Between(date(2023, 9, 1), date(2023, 9, 15)));

		ActivityDraft league = plan.activities()
			.stream()
			.filter((a) -> a.title().contains("Мектеп Лигасы"))
			.findFirst()
			.orElseThrow();
		assertThat(league.audience().grades()).containsExactly(new GradeRange(1, 4), new GradeRange(5, 9));
		assertThat(league.schedules()).containsExactly(new Schedule.Every(Schedule.Frequency.MONTHLY));

		ActivityDraft charity = plan.activities()
			.stream()
			.filter((a) -> a.title().contains("Асар"))
			.findFirst()
			.orElseThrow();
		assertThat(charity.audience().grades()).containsExactly(new GradeRange(7, 9));
		assertThat(charity.project()).contains("«ЕРІКТІЛЕР» ЖОБАСЫ");

		assertThat(read.warnings()).anySatisfy((warning) -> {
			assertThat(warning.kind()).isEqualTo(Kind.FRACTION_INFERRED);
			assertThat(warning.text()).isEqualTo("ЭКОЛОГИЯ ФРАКЦИЯСЫ");
		});
		assertThat(read.warnings().stream().filter((w) -> w.kind() == Kind.DATE_OUTSIDE_PERIOD))
			.hasSizeGreaterThanOrEqualTo(25)
			.allSatisfy((warning) -> assertThat(warning.line()).isPositive());
		assertThat(read.warnings())
			.anySatisfy((warning) -> assertThat(warning.kind()).isEqualTo(Kind.AUDIENCE_FROM_OTHER_COLUMN));
		assertThat(read.warnings()).filteredOn((warning) -> warning.kind() == Kind.MONTH_HEADING_MISMATCH)
			.extracting(ImportWarning::line, ImportWarning::text)
			.contains(Tuple.tuple(75, "ҚАҢТАР АЙЫ: 24-28.12.2024ж."), Tuple.tuple(83, "АҚПАН АЙЫ: 10.03.2022 ж."),
					Tuple.tuple(98, "СӘУІР АЙЫ: 01-04.02.2022 ж."))
			.hasSize(10);
	}

	@Test
	void childrenDayTenDays2023() throws Exception {
		ReadPlan read = read(CHILDREN_DAY);
		PlanDraft plan = read.plan();
		assertThat(plan.period()).isEqualTo(new PlanPeriod(date(2023, 11, 15), date(2023, 11, 25)));
		assertThat(plan.activities()).hasSize(11);
		assertThat(plan.activities()).extracting(ActivityDraft::number)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
		assertThat(number(read, 4).audience().grades()).containsExactly(new GradeRange(1, 4));
		assertThat(number(read, 5).audience().grades()).containsExactly(new GradeRange(5, 11));
		assertThat(number(read, 9).audience().grades()).containsExactly(new GradeRange(1, 4));
		assertThat(number(read, 5).title()).isEqualTo("«Бала құқығы – асыл қазына»");
		assertThat(plan.activities())
			.allSatisfy((activity) -> assertThat(activity.schedules()).containsExactly(new Schedule.WholePeriod()));
	}

	@Test
	void conceptsWithoutAnActivityTableAreReportedNotGuessed() throws Exception {
		ReadPlan read = read(RUKHANI);
		assertThat(read.plan().activities()).isEmpty();
		assertThat(read.warnings()).extracting(ImportWarning::kind).contains(Kind.NO_ACTIVITIES);
	}

}
