package kz.birge.signup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the waitlist moves up: a seat given up on the card or with "I can't come" under a
 * reminder goes to the first in line, who is told and finds it in /my; seats a
 * coordinator adds go to as many as now fit, in their order; someone leaving the line
 * frees no seat; and a capacity a coordinator lowered is kept when someone cancels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitlistPromotionTests {

	private static final String PARK = "waitlist-park";

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	private Activities activities;

	private Registrations registrations;

	private ParkOutings park;

	@BeforeAll
	void aParkWithVolunteerOutings() {
		// a Monday 10:00 in Almaty: the outings start three days on at the same hour, and
		// the reminder an hour before falls outside quiet hours whatever test ran before
		this.clock.set(Instant.parse("2026-11-23T05:00:00Z"));
		this.own = OwnBirge.start(Map.of("birge.reminders.every", "PT0.2S"), MutableClock.Config.class);
		this.park = new ParkOutings(this.own, PARK, 2);
		this.activities = this.own.birge().bean(Activities.class);
		this.registrations = this.own.birge().bean(Registrations.class);
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	@Test
	void cancellingOnTheCardGivesTheSeatToTheFirstInLineWhoIsToldAndFindsItInMy() {
		Activity outing = this.park.outingWithSeats("Парктегі тазалық", 1);
		TestChat anna = this.park.volunteer("Анна");
		TestChat miras = this.park.volunteer("Мирас");
		TestChat igor = this.park.volunteer("Игорь");
		signUpInThisOrder(outing, anna, miras, igor);

		SentMessage card = this.park.openCard(anna, outing);
		anna.tap(card, anna.t("card.cancel-sign-up"));

		// one message: the news over the card, which says which activity and how to
		// cancel
		SentMessage told = miras.expect("signup.promoted");
		assertThat(told.text()).startsWith(miras.t("signup.promoted"))
			.contains(outing.title(), miras.t("card.you-are-in"));
		assertThat(told.callbackButtons()).contains(miras.t("card.cancel-sign-up"));
		miras.send("/my");
		SentMessage my = miras.expect("my.upcoming");
		assertThat(my.text()).contains(outing.title() + " (" + miras.t("my.confirmed") + ")")
			.doesNotContain(miras.t("my.waiting"));
		assertThat(statusOf(outing, miras)).isEqualTo(Registration.Status.CONFIRMED);
	}

	@Test
	void whenTheSeatPassesOnTheRestOfTheLineMovesUpAPlace() {
		Activity outing = this.park.outingWithSeats("Өзен жағасын тазарту", 1);
		TestChat asel = this.park.volunteer("Асель");
		TestChat bolat = this.park.volunteer("Болат");
		TestChat vera = this.park.volunteer("Вера");
		signUpInThisOrder(outing, asel, bolat, vera);
		assertThat(this.park.openCard(vera, outing).text()).contains(vera.t("card.you-wait", 2));

		cancelOnTheCard(asel, outing);

		assertThat(this.park.openCard(vera, outing).text()).contains(vera.t("card.you-wait", 1));
		String occurrence = this.park.occurrenceOf(outing);
		assertThat(this.registrations.seats(List.of(occurrence)).get(occurrence)).isEqualTo(new Seats(1, 1))
			.isEqualTo(this.registrations.recount(occurrence));
	}

	@Test
	void iCantComeUnderAReminderGivesTheSeatToTheFirstInLine() {
		Activity outing = this.park.outingWithSeats("Құс ұясын орнату", 1);
		TestChat going = this.park.volunteer("Вера");
		TestChat waiting = this.park.volunteer("Петр");
		signUpInThisOrder(outing, going, waiting);
		Instant today = this.clock.instant();
		going.remember();
		this.clock.set(startOf(outing).minus(Duration.ofHours(1)));
		try {
			SentMessage reminder = going.expectThat("a reminder with \"I can't come\"",
					(m) -> m.text().contains(outing.title())
							&& m.callbackButtons().contains(going.t("reminder.cant-come")));

			going.tap(reminder, going.t("reminder.cant-come"));

			going.expect("signup.cant-come-noted");
			waiting.expect("signup.promoted");
			assertThat(statusOf(outing, going)).isEqualTo(Registration.Status.CANCELLED);
			assertThat(statusOf(outing, waiting)).isEqualTo(Registration.Status.CONFIRMED);
		}
		finally {
			this.clock.set(today);
		}
	}

	@Test
	void raisedSeatsGoToAsManyInLineAsNowFitInTheirOrder() {
		Activity outing = this.park.outingWithSeats("Шағын экскурсия", 1);
		TestChat aliya = this.park.volunteer("Алия");
		TestChat roza = this.park.volunteer("Роза");
		TestChat damir = this.park.volunteer("Дамир");
		TestChat erik = this.park.volunteer("Ерік");
		signUpInThisOrder(outing, aliya, roza, damir, erik);
		erik.remember();

		coordinatorSetsSeats(outing, "3");

		// told which activity, as when a seat is given up
		assertThat(roza.expect("signup.promoted").text()).contains(outing.title(), roza.t("card.you-are-in"));
		assertThat(damir.expect("signup.promoted").text()).contains(outing.title(), damir.t("card.you-are-in"));
		erik.expectSilence();
		assertThat(statusOf(outing, erik)).isEqualTo(Registration.Status.WAITLISTED);
		assertThat(this.park.openCard(erik, outing).text()).contains(erik.t("card.you-wait", 1));
		String occurrence = this.park.occurrenceOf(outing);
		assertThat(this.registrations.seats(List.of(occurrence)).get(occurrence)).isEqualTo(new Seats(3, 1))
			.isEqualTo(this.registrations.recount(occurrence));
	}

	@Test
	void liftingTheSeatLimitPromotesEveryoneInLine() {
		Activity outing = this.park.outingWithSeats("Тау бөктеріндегі серуен", 1);
		TestChat galym = this.park.volunteer("Ғалым");
		TestChat dina = this.park.volunteer("Дина");
		TestChat zhanar = this.park.volunteer("Жанар");
		signUpInThisOrder(outing, galym, dina, zhanar);

		coordinatorSetsSeats(outing, "0");

		dina.expect("signup.promoted");
		zhanar.expect("signup.promoted");
		String occurrence = this.park.occurrenceOf(outing);
		assertThat(this.registrations.seats(List.of(occurrence)).get(occurrence)).isEqualTo(new Seats(3, 0))
			.isEqualTo(this.registrations.recount(occurrence));
	}

	@Test
	void someoneWhoLeavesTheLineFreesNoSeatAndNobodyIsPromoted() {
		Activity outing = this.park.outingWithSeats("Көл жағасындағы лагерь", 1);
		TestChat kamila = this.park.volunteer("Камила");
		TestChat laura = this.park.volunteer("Лаура");
		TestChat marat = this.park.volunteer("Марат");
		signUpInThisOrder(outing, kamila, laura, marat);
		marat.remember();

		cancelOnTheCard(laura, outing);

		marat.expectSilence();
		assertThat(statusOf(outing, laura)).isEqualTo(Registration.Status.CANCELLED);
		assertThat(statusOf(outing, kamila)).isEqualTo(Registration.Status.CONFIRMED);
		assertThat(statusOf(outing, marat)).isEqualTo(Registration.Status.WAITLISTED);
		assertThat(this.park.openCard(marat, outing).text()).contains(marat.t("card.you-wait", 1));
		String occurrence = this.park.occurrenceOf(outing);
		assertThat(this.registrations.seats(List.of(occurrence)).get(occurrence)).isEqualTo(new Seats(1, 1))
			.isEqualTo(this.registrations.recount(occurrence));
	}

	@Test
	void aCapacityTheCoordinatorLoweredIsKeptWhenSomeoneCancels() {
		Activity outing = this.park.outingWithSeats("Тауға саяхат", 2);
		TestChat nina = this.park.volunteer("Нина");
		TestChat azat = this.park.volunteer("Азат");
		TestChat zhanna = this.park.volunteer("Жанна");
		signUpInThisOrder(outing, nina, azat, zhanna);
		coordinatorSetsSeats(outing, "1");
		zhanna.remember();

		nina.send("/my");
		nina.tap(nina.expect("my.upcoming"), nina.t("my.cancel"));

		zhanna.expectSilence();
		assertThat(statusOf(outing, zhanna)).isEqualTo(Registration.Status.WAITLISTED);
		String occurrence = this.park.occurrenceOf(outing);
		assertThat(this.registrations.seats(List.of(occurrence)).get(occurrence)).isEqualTo(new Seats(1, 1))
			.isEqualTo(this.registrations.recount(occurrence));
	}

	// ------------------------------------------------------------------ fixtures

	private Instant startOf(Activity activity) {
		return this.activities.occurrences(activity.id()).get(0).start();
	}

	/**
	 * Signs these people up one after another: the first seats go to the first, the rest
	 * wait in this order.
	 */
	private void signUpInThisOrder(Activity activity, TestChat... people) {
		Listing listing = this.own.birge()
			.bean(Catalogue.class)
			.listing(this.park.occurrenceOf(activity))
			.orElseThrow();
		List<SignUpResult.Outcome> outcomes = new ArrayList<>();
		for (TestChat person : people) {
			outcomes.add(this.registrations.signUp(listing, person.id(), person.id()).outcome());
		}
		assertThat(outcomes).doesNotContain(SignUpResult.Outcome.ALREADY, SignUpResult.Outcome.CLOSED);
	}

	private Registration.Status statusOf(Activity activity, TestChat person) {
		String occurrence = this.park.occurrenceOf(activity);
		return this.registrations.mine(person.id(), List.of(occurrence)).get(occurrence).status();
	}

	private void cancelOnTheCard(TestChat chat, Activity activity) {
		SentMessage card = this.park.openCard(chat, activity);
		chat.tap(card, chat.t("card.cancel-sign-up"));
		chat.expectThat("the card without the sign-up",
				(m) -> m.messageId() == card.messageId() && m.callbackButtons().contains(chat.t("card.sign-up")));
	}

	/** The coordinator opens the activity in /activities and types its new seats. */
	private void coordinatorSetsSeats(Activity activity, String seats) {
		TestChat coordinator = this.own.admin();
		coordinator.send("/activities");
		SentMessage page = coordinator.expect("manage.list", 1);
		while (page.callbackData(activity.title()).isEmpty()) {
			coordinator.tap(page, coordinator.t("paging.next"));
			SentMessage before = page;
			page = coordinator.expectThat("the next page", (m) -> m.messageId() == before.messageId());
		}
		coordinator.tap(page, activity.title());
		SentMessage shown = page;
		SentMessage card = coordinator.expectThat("the card",
				(m) -> m.messageId() == shown.messageId() && m.text().contains(activity.title()));
		coordinator.tap(card, coordinator.t("manage.seats"));
		coordinator.expect("manage.ask.SEATS");
		coordinator.send(seats);
		coordinator.expect("manage.saved");
	}

}
