package kz.birge.planimport;

import java.util.List;
import java.util.function.Function;

import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.source.Block;
import kz.birge.planimport.source.PlanDocuments;
import kz.birge.planimport.source.Seeds;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table seed, written as .docx, .xlsx and .csv from the same rows, reads to the same
 * plan as its .txt.
 */
class PlanFormatsTests {

	@ParameterizedTest(name = "seed {0} as {1}")
	@CsvSource({ "000,docx", "000,xlsx", "000,csv", "001,docx", "001,xlsx", "001,csv", "004,docx", "004,xlsx",
			"004,csv" })
	void readsToTheSamePlan(String seed, String format) throws Exception {
		ReadPlan fromText = PlanSeedsTests.read(seed);
		List<Block> blocks = Seeds.blocks(seed);
		Function<List<Block>, byte[]> writer = switch (format) {
			case "docx" -> PlanDocuments::docx;
			case "xlsx" -> PlanDocuments::xlsx;
			default -> PlanDocuments::csv;
		};
		ReadPlan fromOffice = PlanReader.read("plan." + format, writer.apply(blocks));

		PlanDraft expected = fromText.plan();
		PlanDraft actual = fromOffice.plan();
		assertThat(actual.activities()).hasSameSizeAs(expected.activities());
		assertThat(actual.activities().stream().map(PlanFormatsTests::withoutLine).toList())
			.isEqualTo(expected.activities().stream().map(PlanFormatsTests::withoutLine).toList());
		assertThat(actual.title()).isEqualTo(expected.title());
		assertThat(actual.organisation()).isEqualTo(expected.organisation());
		assertThat(actual.period()).isEqualTo(expected.period());
		assertThat(actual.fractions()).isEqualTo(expected.fractions());
		assertThat(actual.reportDeadlines()).isEqualTo(expected.reportDeadlines());
		assertThat(fromOffice.warnings()).extracting(ImportWarning::kind, ImportWarning::text)
			.isEqualTo(fromText.warnings().stream().map((w) -> Tuple.tuple(w.kind(), w.text())).toList());
	}

	private static ActivityDraft withoutLine(ActivityDraft activity) {
		return new ActivityDraft(0, activity.number(), activity.fraction(), activity.project(), activity.title(),
				activity.description(), activity.form(), activity.places(), activity.branches(), activity.responsible(),
				activity.partners(), activity.audience(), activity.indicators(), activity.evidence(),
				activity.scheduleText(), activity.schedules(), activity.time(), activity.formText());
	}

}
