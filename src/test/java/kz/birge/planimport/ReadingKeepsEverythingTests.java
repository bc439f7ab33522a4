package kz.birge.planimport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import kz.birge.catalog.Activity;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator sends a plan with times, a form column, descriptions and an audience
 * Birge cannot read: the times become the occurrences' times, the form and description
 * are stored, and the audience is a warning in the preview.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingKeepsEverythingTests {

	/** A village school's plan for 2026-2027. */
	private static final String PLAN = String.join("\n", "«Ақсу ауылының жалпы білім беретін мектебі» КММ-нің",
			"2026-2027 оқу жылына арналған экологиялық іс-шаралар жоспары",
			"№\tІс-шараның атауы\tӨткізу формасы\tМазмұны\tӨткізу мерзімі\tҚатысушылар",
			"1\t«Жасыл мектеп»\tДөңгелек үстел\tҚоқысты сұрыптау туралы әңгіме\t12 желтоқсан, сағат 15:00\t7-9 сынып",
			"2\t«Таза аула»\tСенбілік\t\t14 желтоқсан\tбарлық ниет білдірушілер", "");

	private OwnBirge own;

	private SentMessage preview;

	@BeforeAll
	void importThePlan() {
		this.own = OwnBirge.start(Map.of());
		TestChat admin = this.own.admin();
		admin.sendFile("aksu.txt", PLAN.getBytes(StandardCharsets.UTF_8));
		this.preview = admin.expect("import.preview.question");
		admin.tap(this.preview, admin.t("import.confirm"));
		admin.expectThat("import done", (m) -> m.messageId() == this.preview.messageId()
				&& m.text().startsWith(admin.t("import.done", "x", "", 0, 0, 0, 0, 0).substring(0, 8)));
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	private MongoTemplate mongo() {
		return this.own.birge().mongo();
	}

	private Activity activity(String title) {
		return mongo().findOne(Query.query(Criteria.where("title").is(title)), Activity.class);
	}

	@Test
	void aRowAtThreeOClockGivesAnOccurrenceAtThreeInAlmaty() {
		List<Occurrence> occurrences = mongo()
			.find(Query.query(Criteria.where("activityId").is(activity("«Жасыл мектеп»").id())), Occurrence.class);

		assertThat(occurrences).singleElement().satisfies((occurrence) -> {
			assertThat(occurrence.start()).isEqualTo(Instant.parse("2026-12-12T10:00:00Z"));
			assertThat(occurrence.end()).isEqualTo(Instant.parse("2026-12-12T12:00:00Z"));
			assertThat(occurrence.allDay()).isFalse();
		});
	}

	@Test
	void theFormColumnAndTheDescriptionAreStored() {
		Activity roundTable = activity("«Жасыл мектеп»");

		assertThat(roundTable.form()).isEqualTo("round_table");
		assertThat(roundTable.formText()).isEqualTo("Дөңгелек үстел");
		assertThat(roundTable.description()).isEqualTo("Қоқысты сұрыптау туралы әңгіме");
	}

	@Test
	void anAudienceNotUnderstoodIsAWarningWithItsCell() {
		TestChat admin = this.own.admin();

		assertThat(this.preview.text()).contains(
				admin.t("import.warning.AUDIENCE_NOT_UNDERSTOOD", "барлық ниет білдірушілер", "Қатысушылар", "named"));
		assertThat(activity("«Таза аула»").needsAudience()).isTrue();
	}

	@Test
	void theOrganisationIsTheSchoolInTheNominativeAndASchool() {
		Organisation school = mongo().findById(activity("«Таза аула»").organisationId(), Organisation.class);

		assertThat(school.name()).isEqualTo("«Ақсу ауылының жалпы білім беретін мектебі» КММ");
		assertThat(school.kind()).isEqualTo(Organisation.Kind.SCHOOL);
	}

}
