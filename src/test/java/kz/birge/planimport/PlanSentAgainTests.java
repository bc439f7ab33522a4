package kz.birge.planimport;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.birge.catalog.Activities;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.Seats;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan sent again with one activity dropped and one moved, and an activity a
 * coordinator cancels: the changes reach the people signed up. The preview says whom they
 * touch; those of the dropped one are told once, lose it from /my, get no reminder for
 * it, and nobody on its waitlist is promoted; those of the moved one get the new date
 * with "I can't come", and their reminder comes for the new date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanSentAgainTests {

	/** Monday 23 November 2026, 09:00 in Almaty: the plan's days are in December. */
	private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");

	/** 18:00 in Almaty the day before: the day-before reminder has gone out by then. */
	private static final Duration EVENING_BEFORE = Duration.ofHours(6);

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(NOW);
		this.own = OwnBirge.start(Map.of("birge.reminders.every", "PT0.2S"), MutableClock.Config.class);
	}

	@BeforeEach
	void atNow() {
		this.clock.set(NOW);
	}

	@AfterAll
	void stop() {
		this.clock.set(NOW);
		this.own.close();
	}

	@Test
	void thePreviewSaysHowManyPeopleEachChangeTouchesBeforeAnythingChanges() {
		TestChat admin = this.own.admin();
		SchoolPlan plan = new SchoolPlan(this.own, "Ақсу №1").imported(admin);
		TestChat aibek = plan.student("Айбек");
		TestChat dana = plan.student("Дана");
		TestChat miras = plan.student("Мирас");
		birdHousesHaveOneSeat(plan);
		plan.signUp(SchoolPlan.BIRD_HOUSES, aibek, dana);
		plan.signUp(SchoolPlan.ECO_LESSON, aibek, miras);
		plan.signUp(SchoolPlan.CLEAN_UP, miras);

		SentMessage preview = plan.send(admin, plan.withBirdHousesDroppedAndEcoLessonMoved());

		assertThat(preview.text()).contains(admin.t("import.preview.dropped", 1, 2))
			.contains(admin.t("import.preview.moved", 1, 2));
		assertThat(plan.registration(SchoolPlan.BIRD_HOUSES, aibek).status()).isEqualTo(Registration.Status.CONFIRMED);
		assertThat(plan.registration(SchoolPlan.ECO_LESSON, miras).start()).isEqualTo(plan.december(8));
	}

	@Test
	void thePeopleOfTheDroppedActivityAreToldOnceAndItLeavesTheirMy() {
		TestChat admin = this.own.admin();
		SchoolPlan plan = new SchoolPlan(this.own, "Ақсу №2").imported(admin);
		TestChat aibek = plan.student("Айбек");
		TestChat dana = plan.student("Дана");
		birdHousesHaveOneSeat(plan);
		plan.signUp(SchoolPlan.BIRD_HOUSES, aibek, dana);
		aibek.remember();
		dana.remember();

		plan.confirm(admin, plan.send(admin, plan.withBirdHousesDroppedAndEcoLessonMoved()));

		aibek.expect("notice.cancelled", SchoolPlan.BIRD_HOUSES);
		dana.expect("notice.cancelled", SchoolPlan.BIRD_HOUSES);
		this.own.api().awaitIdle();
		assertThat(aibek.fresh()).filteredOn((m) -> m.text().contains(SchoolPlan.BIRD_HOUSES)).hasSize(1);
		assertThat(dana.fresh()).filteredOn((m) -> m.text().contains(SchoolPlan.BIRD_HOUSES)).hasSize(1);
		assertThat(plan.registration(SchoolPlan.BIRD_HOUSES, aibek).status()).isEqualTo(Registration.Status.CANCELLED);
		assertThat(plan.registration(SchoolPlan.BIRD_HOUSES, dana).status()).isEqualTo(Registration.Status.CANCELLED);
		assertThat(seatsOf(plan, SchoolPlan.BIRD_HOUSES)).isEqualTo(new Seats(0, 0));
		aibek.send("/my");
		assertThat(aibek.expect("my.upcoming").text()).doesNotContain(SchoolPlan.BIRD_HOUSES);
	}

	@Test
	void noReminderGoesOutForTheDroppedActivityAndNobodyOnItsWaitlistIsPromoted() {
		TestChat admin = this.own.admin();
		SchoolPlan plan = new SchoolPlan(this.own, "Ақсу №3").imported(admin);
		TestChat aibek = plan.student("Айбек");
		TestChat dana = plan.student("Дана");
		birdHousesHaveOneSeat(plan);
		plan.signUp(SchoolPlan.BIRD_HOUSES, aibek, dana);
		plan.signUp(SchoolPlan.CLEAN_UP, aibek);
		SentMessage oldCard = openCard(aibek, plan, SchoolPlan.BIRD_HOUSES);

		plan.confirm(admin, plan.send(admin, plan.withBirdHousesDroppedAndEcoLessonMoved()));
		aibek.expect("notice.cancelled", SchoolPlan.BIRD_HOUSES);
		dana.expect("notice.cancelled", SchoolPlan.BIRD_HOUSES);
		dana.remember();
		// the card Aibek opened before still offers to give the seat up
		aibek.tap(oldCard, aibek.t("card.cancel-sign-up"));
		this.own.api().awaitIdle();
		aibek.remember();
		// the clean-up on the same day is the witness that the reminders went out
		this.clock.set(plan.december(4).minus(EVENING_BEFORE));
		String cleanUpReminder = aibek.t("reminder.day-before", SchoolPlan.CLEAN_UP, "").strip();
		aibek.expectThat("the clean-up's reminder", (m) -> m.text().startsWith(cleanUpReminder));

		this.own.api().awaitIdle();
		assertThat(aibek.fresh()).noneMatch((m) -> m.text().contains(SchoolPlan.BIRD_HOUSES));
		assertThat(dana.fresh()).isEmpty();
		assertThat(plan.registration(SchoolPlan.BIRD_HOUSES, aibek).remindedDayBefore()).isFalse();
		assertThat(plan.registration(SchoolPlan.BIRD_HOUSES, dana).status()).isEqualTo(Registration.Status.CANCELLED);
		assertThat(seatsOf(plan, SchoolPlan.BIRD_HOUSES)).isEqualTo(new Seats(0, 0));
	}

	@Test
	void thePeopleOfTheMovedActivityGetTheNewDateAndTheirReminderFollowsIt() {
		TestChat admin = this.own.admin();
		SchoolPlan plan = new SchoolPlan(this.own, "Ақсу №4").imported(admin);
		TestChat aibek = plan.student("Айбек");
		TestChat miras = plan.student("Мирас");
		plan.signUp(SchoolPlan.ECO_LESSON, aibek, miras);
		String occurrence = plan.occurrenceOf(SchoolPlan.ECO_LESSON).id();

		plan.confirm(admin, plan.send(admin, plan.withBirdHousesDroppedAndEcoLessonMoved()));

		String moved = aibek.t("notice.moved", SchoolPlan.ECO_LESSON, "").strip();
		for (TestChat student : List.of(aibek, miras)) {
			SentMessage notice = student.expectThat("the move notice", (m) -> m.text().startsWith(moved));
			assertThat(notice.text()).contains(plan.decemberInKazakh(10));
			assertThat(notice.callbackButtons()).contains(student.t("reminder.cant-come"));
		}
		assertThat(plan.occurrenceOf(SchoolPlan.ECO_LESSON).id()).isEqualTo(occurrence);
		assertThat(plan.registration(SchoolPlan.ECO_LESSON, aibek).status()).isEqualTo(Registration.Status.CONFIRMED);
		assertThat(plan.registration(SchoolPlan.ECO_LESSON, aibek).start()).isEqualTo(plan.december(10));

		aibek.remember();
		this.clock.set(plan.december(10).minus(EVENING_BEFORE));
		String reminder = aibek.t("reminder.day-before", SchoolPlan.ECO_LESSON, "").strip();
		SentMessage dayBefore = aibek.expectThat("the reminder for the new date", (m) -> m.text().startsWith(reminder));
		assertThat(dayBefore.text()).contains(plan.decemberInKazakh(10));
	}

	@Test
	void iCantComeUnderTheMoveNoticeGivesUpTheSignUp() {
		TestChat admin = this.own.admin();
		SchoolPlan plan = new SchoolPlan(this.own, "Ақсу №5").imported(admin);
		TestChat miras = plan.student("Мирас");
		plan.signUp(SchoolPlan.ECO_LESSON, miras);

		plan.confirm(admin, plan.send(admin, plan.withBirdHousesDroppedAndEcoLessonMoved()));
		String moved = miras.t("notice.moved", SchoolPlan.ECO_LESSON, "").strip();
		SentMessage notice = miras.expectThat("the move notice", (m) -> m.text().startsWith(moved));
		miras.tap(notice, miras.t("reminder.cant-come"));

		miras.expect("signup.cant-come-noted");
		assertThat(plan.registration(SchoolPlan.ECO_LESSON, miras).status()).isEqualTo(Registration.Status.CANCELLED);
	}

	@Test
	void aDayAlreadyOverThatThePlanDropsKeepsItsSignUpsAndNobodyIsTold() {
		TestChat admin = this.own.admin();
		SchoolPlan plan = new SchoolPlan(this.own, "Ақсу №7").imported(admin);
		TestChat aibek = plan.student("Айбек");
		plan.signUp(SchoolPlan.BIRD_HOUSES, aibek);
		aibek.remember();
		this.clock.set(plan.december(6));

		SentMessage preview = plan.send(admin, plan.withBirdHousesDroppedAndEcoLessonMoved());
		plan.confirm(admin, preview);

		assertThat(preview.text()).contains(admin.t("import.preview.dropped", 1, 0));
		this.own.api().awaitIdle();
		assertThat(aibek.fresh()).noneMatch((m) -> m.text().contains(SchoolPlan.BIRD_HOUSES));
		assertThat(plan.registration(SchoolPlan.BIRD_HOUSES, aibek).status()).isEqualTo(Registration.Status.CONFIRMED);
	}

	@Test
	void cancellingAnActivityInActivitiesTellsThoseSignedUpAndFreesNothingOntoTheWaitlist() {
		TestChat admin = this.own.admin();
		SchoolPlan plan = new SchoolPlan(this.own, "Ақсу №6").imported(admin);
		TestChat aibek = plan.student("Айбек");
		TestChat dana = plan.student("Дана");
		birdHousesHaveOneSeat(plan);
		plan.signUp(SchoolPlan.BIRD_HOUSES, aibek, dana);
		SentMessage oldCard = openCard(aibek, plan, SchoolPlan.BIRD_HOUSES);
		TestChat coordinator = coordinatorOf(admin, "Ақсу №6");

		coordinator.send("/activities");
		SentMessage list = coordinator.expect("manage.list", 1);
		coordinator.tap(list, SchoolPlan.BIRD_HOUSES);
		SentMessage card = coordinator.expectThat("the activity", (m) -> m.messageId() == list.messageId()
				&& m.callbackButtons().contains(coordinator.t("manage.cancel")));
		coordinator.tap(card, coordinator.t("manage.cancel"));
		coordinator.tap(coordinator.expect("manage.confirm-cancel", SchoolPlan.BIRD_HOUSES),
				coordinator.t("manage.yes-cancel"));

		aibek.expect("notice.cancelled", SchoolPlan.BIRD_HOUSES);
		dana.expect("notice.cancelled", SchoolPlan.BIRD_HOUSES);
		dana.remember();
		aibek.tap(oldCard, aibek.t("card.cancel-sign-up"));
		this.own.api().awaitIdle();
		assertThat(dana.fresh()).isEmpty();
		assertThat(plan.registration(SchoolPlan.BIRD_HOUSES, dana).status()).isEqualTo(Registration.Status.CANCELLED);
		assertThat(seatsOf(plan, SchoolPlan.BIRD_HOUSES)).isEqualTo(new Seats(0, 0));
		aibek.send("/my");
		assertThat(aibek.expect("my.upcoming").text()).doesNotContain(SchoolPlan.BIRD_HOUSES);
	}

	// ------------------------------------------------------------------ fixtures

	private void birdHousesHaveOneSeat(SchoolPlan plan) {
		this.own.birge().bean(Activities.class).setCapacity(plan.activity(SchoolPlan.BIRD_HOUSES).id(), Optional.of(1));
	}

	private Seats seatsOf(SchoolPlan plan, String title) {
		String occurrence = plan.occurrenceOf(title).id();
		return this.own.birge()
			.bean(Registrations.class)
			.seats(List.of(occurrence))
			.getOrDefault(occurrence, Seats.NONE);
	}

	private static SentMessage openCard(TestChat student, SchoolPlan plan, String title) {
		student.send("/start ev_" + plan.occurrenceOf(title).id());
		return student.expectThat("the card of " + title, (m) -> m.text().startsWith(title));
	}

	/** A coordinator of the school, invited by the admin. */
	private TestChat coordinatorOf(TestChat admin, String school) {
		admin.send("/invite");
		admin.tap(admin.expect("invite.ask-role"), admin.t("role.coordinator"));
		admin.tap(admin.expect("invite.ask-organisation"), school);
		SentMessage invite = admin.expectText("?start=inv_");
		String payload = invite.text().replaceAll("(?s).*\\?start=(inv_[A-Za-z0-9_-]+).*", "$1");
		TestChat coordinator = this.own.newChat("Гүлнар", "kk");
		coordinator.send("/start " + payload);
		coordinator.expect("invite.accepted", coordinator.t("role.coordinator"));
		return coordinator;
	}

}
