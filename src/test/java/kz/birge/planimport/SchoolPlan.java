package kz.birge.planimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.birge.catalog.Activity;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Occurrence;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.SignUpResult;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.SchoolClass;
import kz.birge.user.Users;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school's December plan (src/test/resources/plans/december.txt), sent by a coordinator
 * as a .txt file, and the school's students who sign up for it: the fixture of the tests
 * of a plan sent again. The plan's days fall in December of the bot's clock's year; each
 * school is an organisation and a campaign of its own.
 */
final class SchoolPlan {

	/** Kept as it is when the plan is sent again: on 4 December, like the bird houses. */
	static final String CLEAN_UP = "Мектеп ауласын тазалау";

	/** Dropped when the plan is sent again: on 4 December. */
	static final String BIRD_HOUSES = "Құс ұясын жасау";

	/** Moved from 8 to 10 December when the plan is sent again. */
	static final String ECO_LESSON = "Эко-сағат";

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	private final OwnBirge own;

	private final String school;

	private final int year;

	private Campaign campaign;

	SchoolPlan(OwnBirge own, String school) {
		this.own = own;
		this.school = school;
		this.year = LocalDate.ofInstant(own.birge().bean(Clock.class).instant(), ALMATY).getYear();
	}

	/** The plan as first sent. */
	byte[] asFirstSent() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The plan sent again: the bird houses are gone, the eco-lesson is on 10 December.
	 */
	byte[] withBirdHousesDroppedAndEcoLessonMoved() {
		String changed = text().lines()
			.filter((line) -> !line.contains(BIRD_HOUSES))
			.map((line) -> line.contains(ECO_LESSON) ? line.replace("8 желтоқсан", "10 желтоқсан") : line)
			.reduce("", (all, line) -> all + line + "\n");
		return changed.getBytes(StandardCharsets.UTF_8);
	}

	/** The coordinator sends the plan and gets its preview. */
	SentMessage send(TestChat coordinator, byte[] plan) {
		coordinator.sendFile(this.school + ".txt", plan);
		return coordinator.expectThat("the preview of " + this.school,
				(m) -> m.text().contains(this.school) && m.text().contains(coordinator.t("import.preview.question")));
	}

	/** The coordinator taps Import under the preview and waits for the import to end. */
	void confirm(TestChat coordinator, SentMessage preview) {
		coordinator.tap(preview, coordinator.t("import.confirm"));
		coordinator.expectThat("the import done", (m) -> m.messageId() == preview.messageId()
				&& m.text().startsWith(coordinator.t("import.done", "x", "", 0, 0, 0, 0, 0).substring(0, 8)));
		this.campaign = mongo().findOne(Query.query(Criteria.where("sourceFile").is(this.school + ".txt")),
				Campaign.class);
	}

	/** Sends the plan for the first time and imports it. */
	SchoolPlan imported(TestChat coordinator) {
		confirm(coordinator, send(coordinator, asFirstSent()));
		return this;
	}

	String organisationId() {
		return this.campaign.organisationId();
	}

	Activity activity(String title) {
		return mongo().findOne(Query.query(Criteria.where("campaignId").is(this.campaign.id()).and("title").is(title)),
				Activity.class);
	}

	/** The activity's one occurrence, as stored now. */
	Occurrence occurrenceOf(String title) {
		List<Occurrence> occurrences = mongo().find(Query.query(Criteria.where("activityId").is(activity(title).id())),
				Occurrence.class);
		assertThat(occurrences).hasSize(1);
		return occurrences.get(0);
	}

	/** Midnight in Almaty at the start of this day of December of the plan's year. */
	Instant december(int day) {
		return LocalDate.of(this.year, 12, day).atStartOfDay(ALMATY).toInstant();
	}

	/** The day as an all-day occurrence's date reads in Kazakh: "10 желтоқсан". */
	String decemberInKazakh(int day) {
		return DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("kk"))
			.format(LocalDate.of(this.year, 12, day));
	}

	/**
	 * A 7th-grade student of this school, registered without going through onboarding.
	 */
	TestChat student(String name) {
		TestChat chat = this.own.newChat(name, "kk");
		chat.send("/help");
		chat.expect("help.newcomer");
		this.own.birge()
			.bean(Users.class)
			.becomeStudent(chat.id(), new SchoolClass(7, "А"), Optional.of(organisationId()));
		return chat;
	}

	/**
	 * Signs these students up one after another: the first seats go to the first, the
	 * rest wait in this order.
	 */
	void signUp(String title, TestChat... students) {
		Listing listing = this.own.birge().bean(Catalogue.class).listing(occurrenceOf(title).id()).orElseThrow();
		for (TestChat student : students) {
			SignUpResult result = this.own.birge()
				.bean(Registrations.class)
				.signUp(listing, student.id(), student.id());
			assertThat(result.outcome()).isIn(SignUpResult.Outcome.CONFIRMED, SignUpResult.Outcome.WAITLISTED);
		}
	}

	Registration registration(String title, TestChat student) {
		return mongo().findById(occurrenceOf(title).id() + ":" + student.id(), Registration.class);
	}

	private MongoTemplate mongo() {
		return this.own.birge().mongo();
	}

	private String text() {
		try (InputStream in = SchoolPlan.class.getResourceAsStream("/plans/december.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{school}", this.school)
				.replace("{year}", String.valueOf(this.year));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
