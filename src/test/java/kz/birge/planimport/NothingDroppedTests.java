package kz.birge.planimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import kz.birge.planimport.ImportWarning.Kind;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.source.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every seed plan and both demo plans import with nothing dropped silently: each activity
 * has an audience or a warning at its row, a time written with its dates is kept, and the
 * plan has an organisation or says it has none.
 */
class NothingDroppedTests {

	private static final Set<Kind> AUDIENCE_WARNINGS = EnumSet.of(Kind.AUDIENCE_MISSING, Kind.AUDIENCE_NOT_UNDERSTOOD);

	static Stream<Arguments> plans() throws IOException {
		Stream.Builder<Arguments> plans = Stream.builder();
		for (String seed : new String[] { "000", "001", "002", "003", "004" }) {
			plans.add(Arguments.of(Seeds.file(seed).getFileName().toString(), Seeds.bytes(seed)));
		}
		for (String demo : new String[] { "school-parliament-plan.txt", "tazalike-plan.txt" }) {
			try (InputStream in = new ClassPathResource("demo/" + demo).getInputStream()) {
				plans.add(Arguments.of(demo, in.readAllBytes()));
			}
		}
		return plans.build();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("plans")
	void eachActivityHasAnAudienceOrAWarningAtItsRow(String name, byte[] content) throws Exception {
		ReadPlan read = PlanReader.read(name, content);

		assertThat(read.plan().activities()).allSatisfy((activity) -> {
			if (activity.audience().unspecified()) {
				assertThat(read.warnings()).as("%s, row %d: %s", name, activity.line(), activity.title())
					.anyMatch((warning) -> warning.line() == activity.line()
							&& AUDIENCE_WARNINGS.contains(warning.kind()));
			}
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("plans")
	void theOrganisationIsNamedOrReportedMissing(String name, byte[] content) throws Exception {
		ReadPlan read = PlanReader.read(name, content);

		if (read.plan().organisation().isEmpty()) {
			assertThat(read.warnings()).extracting(ImportWarning::kind).contains(Kind.ORGANISATION_NOT_FOUND);
		}
		else {
			assertThat(read.plan().organisation().get()).as(name).isNotEqualTo(read.plan().title());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("plans")
	void aTimeWrittenWithTheDatesIsKeptOrReported(String name, byte[] content) throws Exception {
		ReadPlan read = PlanReader.read(name, content);

		for (ActivityDraft activity : read.plan().activities()) {
			if (activity.scheduleText().matches(".*\\d{1,2}:\\d{2}.*|.*(?i:сағат)\\s*\\d.*")) {
				assertThat(activity.time().isPresent() || read.warnings()
					.stream()
					.anyMatch((warning) -> warning.line() == activity.line()
							&& (warning.kind() == Kind.TIME_NOT_PLACED || warning.kind() == Kind.DATE_NOT_UNDERSTOOD)))
					.as("%s, row %d: %s", name, activity.line(), activity.scheduleText())
					.isTrue();
			}
		}
	}

}
