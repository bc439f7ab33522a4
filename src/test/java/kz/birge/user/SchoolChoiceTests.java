package kz.birge.user;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import kz.birge.catalog.Campaign;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the demo plans on, a national park and a school are organisations, and a second
 * school joins them: a student chooses among the schools only, and a volunteer is asked
 * for no school.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolChoiceTests {

	private OwnBirge own;

	@BeforeAll
	void startWithTheDemoPlans() {
		this.own = OwnBirge.start(Map.of("birge.demo", "true"));
		await(() -> this.own.birge().mongo().count(new Query(), Campaign.class) == 2);
		this.own.birge().bean(Organisations.class).save(new Organisation("school-5", "Көкшетау №5 ЖОББМ"));
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	@Test
	void importingThePlansDecidesWhichOrganisationIsASchoolAndWhichAPark() {
		List<Organisation> organisations = this.own.birge().bean(Organisations.class).all();

		assertThat(organisations).filteredOn((organisation) -> organisation.name().contains("Жоңғар-Алатауы"))
			.singleElement()
			.extracting(Organisation::kind)
			.isEqualTo(Organisation.Kind.PARK);
		assertThat(organisations).filteredOn((organisation) -> organisation.name().contains("№2"))
			.singleElement()
			.extracting(Organisation::kind)
			.isEqualTo(Organisation.Kind.SCHOOL);
	}

	@Test
	void aStudentChoosesAmongTheSchoolsOnlyNeverThePark() {
		TestChat chat = this.own.newChat("Әлия", "kk");
		chat.send("/start");
		chat.tap(chat.expect("onboarding.ask-role"), chat.t("role.student"));
		SentMessage schools = chat.expect("onboarding.ask-organisation");

		assertThat(schools.callbackButtons()).hasSize(3)
			.contains("Көкшетау №5 ЖОББМ", chat.t("flow.back"))
			.anySatisfy((button) -> assertThat(button).contains("№2"))
			.noneSatisfy((button) -> assertThat(button).contains("Жоңғар-Алатауы"));
		chat.tap(schools, "№5");
		chat.send("5Г");
		chat.expect("onboarding.done-student", "5Г");
		assertThat(this.own.birge().mongo().findById(chat.id(), User.class).organisation()).contains("school-5");
	}

	@Test
	void aVolunteerIsAskedForNoSchool() {
		TestChat chat = this.own.newChat("Нұрлан", "kk");
		chat.send("/start");
		chat.tap(chat.expect("onboarding.ask-role"), chat.t("role.volunteer"));
		chat.expect("onboarding.ask-name");
	}

	private static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The demo plans were not loaded in time");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
