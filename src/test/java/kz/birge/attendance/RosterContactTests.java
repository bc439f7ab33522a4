package kz.birge.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import kz.birge.bot.CallbackCodec;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.signup.Registrations;
import kz.birge.support.ApiCall;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.Role;
import kz.birge.user.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone is shown to someone else in one place only: the "contact" button beside a
 * person on a roster, which only a coordinator of the activity's organisation gets and
 * which answers only for people on that roster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterContactTests {

	/** Monday 23 November 2026, 09:00 in Almaty. */
	private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T04:00:00Z");

	private static final String CLEAN_UP = "Саябақты тазалау";

	private static final String PHONE = "+77015550101";

	private static final AtomicInteger SCHOOLS = new AtomicInteger();

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(MONDAY_MORNING);
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class);
	}

	@BeforeEach
	void resetClock() {
		this.clock.set(MONDAY_MORNING);
	}

	@AfterAll
	void stop() {
		this.clock.set(MONDAY_MORNING);
		this.own.close();
	}

	@Test
	void aCoordinatorReachesAVolunteerOnTheRosterAndATeacherSeesNoPhone() {
		Occurrence cleanUp = cleanUp();
		volunteerSignedUp(cleanUp, "Ержан Әбіл");
		TestChat coordinator = staff(cleanUp, "Әлия", Role.COORDINATOR);
		TestChat teacher = staff(cleanUp, "Гүлмира", Role.TEACHER);
		this.clock.set(cleanUp.start().plus(Duration.ofMinutes(30)));

		SentMessage teachersRoster = openRoster(teacher);
		assertThat(teachersRoster.callbackButtons()).anyMatch((label) -> label.contains("Ержан Әбіл"))
			.noneMatch((label) -> label.equals(teacher.t("privacy.contact-button")));
		assertThat(teachersRoster.text()).doesNotContain(PHONE);

		SentMessage roster = openRoster(coordinator);
		coordinator.tap(roster, coordinator.t("privacy.contact-button"));
		coordinator.expect("privacy.contact", "Ержан Әбіл", PHONE);
	}

	@Test
	void aContactButtonCraftedForSomeoneNotOnTheRosterOrForAnotherSchoolShowsNothing() {
		Occurrence cleanUp = cleanUp();
		Occurrence otherSchools = cleanUp();
		TestChat onTheOtherRoster = volunteerSignedUp(otherSchools, "Мейір Сапар");
		TestChat coordinator = staff(cleanUp, "Әлия", Role.COORDINATOR);
		CallbackCodec codec = this.own.birge().bean(CallbackCodec.class);

		String notOnTheRoster = press(coordinator,
				codec.encode(new RosterContacts.Contact(cleanUp.id(), onTheOtherRoster.id())));
		assertThat(notOnTheRoster).isEqualTo(coordinator.t("bot.button-outdated"));
		String otherSchool = press(coordinator,
				codec.encode(new RosterContacts.Contact(otherSchools.id(), onTheOtherRoster.id())));
		assertThat(otherSchool).isEqualTo(coordinator.t("access.other-organisation"));

		this.own.api().awaitIdle();
		assertThat(this.own.api().messagesTo(coordinator.id())).noneMatch((m) -> m.text().contains(PHONE));
	}

	// ------------------------------------------------------------------ fixtures

	/** A school of its own and a clean-up tomorrow, open to volunteers. */
	private Occurrence cleanUp() {
		String school = "contact-school" + SCHOOLS.incrementAndGet();
		this.own.birge().bean(Organisations.class).save(new Organisation(school, "№" + SCHOOLS.get() + " мектеп"));
		Activities activities = this.own.birge().bean(Activities.class);
		Instant start = MONDAY_MORNING.plus(Duration.ofDays(1));
		Activity created = activities.create(new Activities.NewActivity(school, CLEAN_UP, Optional.empty(), start,
				start.plus(Duration.ofHours(3)), false, Optional.empty(),
				new Audience(List.of(new GradeRange(5, 9)), Set.of(Category.STUDENTS, Category.VOLUNTEERS)),
				Optional.empty(), "Таза саябақ"));
		return activities.occurrences(created.id()).get(0);
	}

	private TestChat volunteerSignedUp(Occurrence occurrence, String name) {
		TestChat chat = this.own.newChat(name.split(" ")[0], "kk");
		chat.send("/help");
		chat.expect("help.newcomer");
		this.own.birge().bean(Users.class).becomeVolunteer(chat.id(), name, Optional.of(PHONE));
		Catalogue catalogue = this.own.birge().bean(Catalogue.class);
		this.own.birge()
			.bean(Registrations.class)
			.signUp(catalogue.listing(occurrence.id()).orElseThrow(), chat.id(), chat.id());
		return chat;
	}

	private TestChat staff(Occurrence occurrence, String name, Role role) {
		return this.own.member(name, "kk", role, Optional.empty(), occurrence.organisationId());
	}

	/** Presses a button and returns the notice it answered with. */
	private String press(TestChat chat, String data) {
		int answered = this.own.api().calls("answerCallbackQuery").size();
		chat.tapData(1, data);
		this.own.api().awaitCalls("answerCallbackQuery", answered + 1);
		List<ApiCall> calls = this.own.api().calls("answerCallbackQuery");
		return calls.get(calls.size() - 1).params().path("text").asText("");
	}

	private SentMessage openRoster(TestChat staff) {
		staff.send("/roster");
		SentMessage choices = staff.expect("roster.choose");
		staff.tap(choices, "Саябақты");
		return staff.expectThat("the roster",
				(m) -> m.messageId() == choices.messageId() && m.text().startsWith(CLEAN_UP));
	}

}
