package kz.birge.planimport.source;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import kz.birge.planimport.PlanReader;
import kz.birge.planimport.ReadPlan;
import kz.birge.planimport.dates.DateGrammar;
import kz.birge.planimport.dates.ParsedDates;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.vocabulary.IndicatorReader;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long runs of dots, dashes, spaces, digits, quotes and repeated dates, as a hostile or a
 * broken file holds them, are read in one pass: the readers finish and say what they
 * found. The timeouts only keep a regression from hanging the build; they measure
 * nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LongRunsTests {

	private static final int LENGTH = 50_000;

	private static final PlanPeriod PERIOD = PlanPeriod.academicYear(2026);

	private static String run(String unit) {
		return unit.repeat(LENGTH / unit.length());
	}

	@ParameterizedTest
	@ValueSource(strings = { ". . . ", "----", " ", "....", ",", ":", "* ", "«««", "1.", "( ", ";", "; " })
	void anIndicatorBetweenPunctuationRunsIsFound(String unit) {
		String cell = run(unit) + " Жиналған қоқыс (тонна) " + run(unit);

		assertThat(IndicatorReader.read(cell)).extracting(IndicatorSpec::metric).contains(Metric.LITTER_COLLECTED);
	}

	@ParameterizedTest
	@ValueSource(strings = { ". . . ", "----", " ", "....", ",", ":", "«««", "и ", "ж. ", "“" })
	void aDateBetweenPunctuationRunsIsTheOnlyThingRead(String unit) {
		ParsedDates dates = DateGrammar.parse(run(unit) + " 12 қазан " + run(unit), PERIOD);

		assertThat(dates.schedules()).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12.10 ", "1 қазан ", "қазан ", "10:00 ", "1-2 " })
	void aCellOfThousandsOfDatesIsRead(String unit) {
		ParsedDates dates = DateGrammar.parse(run(unit), PERIOD);

		assertThat(dates.schedules().size() + dates.notUnderstood().size()).isPositive();
	}

	@ParameterizedTest
	@ValueSource(strings = { ". . . ", "----", " 1", "«««", "«а» ", "10 «Б» ", "“", "1 тонна, ", "10:00 ",
			"ответственный: " })
	void aPlanWithLongRunsInItsCellsAndParagraphsIsRead(String unit) throws PlanFileException {
		String text = "ЖОСПАР " + run(unit) + "\n№\tІс-шара атауы\tМерзімі\tЖауапты\tКөрсеткіш\tСыныптар\n1\t"
				+ run(unit) + "\t" + run(unit) + "\t" + run(unit) + "\t" + run(unit) + "\t" + run(unit)
				+ "\n2\tТазалау\t12 қазан\tмұғалім\t1 тонна\t5-9\n";

		ReadPlan plan = PlanReader.read("plan.txt", text.getBytes(StandardCharsets.UTF_8));

		assertThat(plan.plan().activities()).anyMatch((activity) -> activity.title().equals("Тазалау"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "«««", "«а» ", "10 «Б» ", "“", "1-", "( ", "ответственный: " })
	void aProsePlanWithLongRunsIsRead(String unit) throws PlanFileException {
		String text = "БЕКІТЕМІН\n" + run(unit) + "\nЖоспар " + run(unit) + "\n1. «Таза аула» " + run(unit)
				+ "\n2. «Жасыл мектеп» 12 қазан. Жауапты: " + run(unit) + "\n";

		ReadPlan plan = PlanReader.read("plan.txt", text.getBytes(StandardCharsets.UTF_8));

		assertThat(plan.plan().activities()).extracting((activity) -> activity.title()).contains("«Жасыл мектеп»");
	}

}
