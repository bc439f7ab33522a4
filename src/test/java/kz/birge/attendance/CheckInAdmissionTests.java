package kz.birge.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.i18n.Lang;
import kz.birge.i18n.Messages;
import kz.birge.signup.Registrations;
import kz.birge.signup.SignUpResult;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.TestChat;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import kz.birge.user.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A self check-in link admits only those the activity is for: students of its grades in
 * its school, and anyone signed up for it. A student of another grade or another school
 * and a volunteer are told why, and nothing is recorded for them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInAdmissionTests {

	/** Monday 23 November 2026, 09:00 in Almaty. */
	private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T04:00:00Z");

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	private Occurrence quiz;

	private String link;

	@BeforeAll
	void start() {
		this.clock.set(MONDAY_MORNING);
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class);
		Organisations organisations = this.own.birge().bean(Organisations.class);
		organisations.save(new Organisation("checkin-a", "Ақсу мектебі"));
		organisations.save(new Organisation("checkin-b", "Балқаш мектебі"));
		Activities activities = this.own.birge().bean(Activities.class);
		Instant start = MONDAY_MORNING.plus(Duration.ofHours(2));
		Activity activity = activities.create(new Activities.NewActivity("checkin-a", "Викторина", Optional.empty(),
				start, start.plus(Duration.ofHours(1)), false, Optional.empty(),
				new Audience(List.of(new GradeRange(5, 7)), Set.of(Category.STUDENTS)), Optional.empty(), "Жоспар"));
		this.quiz = activities.occurrences(activity.id()).get(0);
		this.link = "/start " + CheckIns.PREFIX + this.own.birge().bean(CheckInCodes.class).codeOf(this.quiz);
	}

	@BeforeEach
	void duringTheQuiz() {
		this.clock.set(this.quiz.start().plus(Duration.ofMinutes(10)));
	}

	@AfterAll
	void stop() {
		this.clock.set(MONDAY_MORNING);
		this.own.close();
	}

	@Test
	void aStudentOfItsGradesChecksIn() {
		TestChat dana = student("Дана", new SchoolClass(6, "А"), "checkin-a");
		dana.send(this.link);
		dana.expect("checkin.done");
		assertThat(checkedIn(dana)).isTrue();
	}

	@Test
	void aStudentOfAnotherGradeIsToldWhyAndNothingIsRecorded() {
		TestChat bekzat = student("Бекзат", new SchoolClass(9, "Б"), "checkin-a");
		bekzat.send(this.link);
		bekzat.expect("checkin.not-your-grade", "5–7", "other");
		assertThat(checkedIn(bekzat)).isFalse();
	}

	@Test
	void theGradeRefusalReadsRightForOneGradeAndForSeveral() {
		Messages messages = this.own.birge().messages();
		String key = "checkin.not-your-grade";
		assertThat(messages.get(Lang.KK, key, "7", "one")).contains("7-сынып оқушыларына");
		assertThat(messages.get(Lang.KK, key, "5–9", "other")).contains("5–9 сынып оқушыларына");
		assertThat(messages.get(Lang.RU, key, "7", "one")).contains("учеников 7 класса");
		assertThat(messages.get(Lang.RU, key, "5–9", "other")).contains("учеников 5–9 классов");
		assertThat(messages.get(Lang.EN, key, "7", "one")).contains("for grade 7,");
		assertThat(messages.get(Lang.EN, key, "5–9", "other")).contains("for grades 5–9,");
	}

	@Test
	void aStudentOfAnotherGradeWhoSignedUpChecksIn() {
		TestChat erlan = student("Ерлан", new SchoolClass(10, "А"), "checkin-a");
		this.clock.set(MONDAY_MORNING);
		Catalogue catalogue = this.own.birge().bean(Catalogue.class);
		SignUpResult signedUp = this.own.birge()
			.bean(Registrations.class)
			.signUp(catalogue.listing(this.quiz.id()).orElseThrow(), erlan.id(), erlan.id());
		assertThat(signedUp.outcome()).isEqualTo(SignUpResult.Outcome.CONFIRMED);
		duringTheQuiz();
		erlan.send(this.link);
		erlan.expect("checkin.done");
		assertThat(checkedIn(erlan)).isTrue();
	}

	@Test
	void aStudentOfAnotherSchoolIsToldWhy() {
		TestChat aruzhan = student("Аружан", new SchoolClass(6, "А"), "checkin-b");
		aruzhan.send(this.link);
		expectRefusal(aruzhan, "checkin.other-organisation");
		assertThat(checkedIn(aruzhan)).isFalse();
	}

	@Test
	void aVolunteerIsToldItIsNotOpenToVolunteers() {
		TestChat volunteer = this.own.newChat("Асқар", "kk");
		volunteer.send("/help");
		volunteer.expect("help.newcomer");
		this.own.birge().bean(Users.class).becomeVolunteer(volunteer.id(), "Асқар", Optional.empty());
		volunteer.send(this.link);
		expectRefusal(volunteer, "checkin.not-for-volunteers");
		assertThat(checkedIn(volunteer)).isFalse();
	}

	// ------------------------------------------------------------------ fixtures

	private TestChat student(String name, SchoolClass schoolClass, String school) {
		return this.own.member(name, "kk", Role.STUDENT, Optional.of(schoolClass), school);
	}

	/**
	 * Waits for the refusal under {@code key}, whatever the activity's audience reads as.
	 */
	private static void expectRefusal(TestChat chat, String key) {
		String[] around = chat.t(key, "§§").split("§§");
		chat.expectThat(key, (m) -> m.text().startsWith(around[0]) && m.text().endsWith(around[1]));
	}

	private boolean checkedIn(TestChat chat) {
		this.own.api().awaitIdle();
		return this.own.birge()
			.bean(Attendances.class)
			.roster(this.quiz)
			.stream()
			.anyMatch((line) -> line.userId().equals(Optional.of(chat.id()))
					&& line.mark().equals(Optional.of(Attendance.Mark.CHECKED_IN)));
	}

}
