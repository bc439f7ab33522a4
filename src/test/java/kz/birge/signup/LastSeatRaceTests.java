package kz.birge.signup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Listing;
import kz.birge.support.AllAtOnce;
import kz.birge.support.ApiCall;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.support.Updates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several people racing for the last seat of an activity, through the fake Bot API and
 * straight on {@link Registrations} from several threads: one of them gets it, the others
 * line up on the waitlist without gaps or shared places, the kept seat counters agree
 * with the sign-ups, and a double tap never gives anyone two sign-ups.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LastSeatRaceTests {

	private static final String PARK = "race-park";

	private OwnBirge own;

	private Registrations registrations;

	private ParkOutings park;

	@BeforeAll
	void aParkWithVolunteerOutings() {
		this.own = OwnBirge.start(Map.of());
		this.park = new ParkOutings(this.own, PARK, 1);
		this.registrations = this.own.birge().bean(Registrations.class);
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	@Test
	void onlyOneOfThoseRacingForTheLastSeatGetsIt() {
		Activity outing = this.park.outingWithSeats("Бір орындық экскурсия", 1);
		List<TestChat> racers = volunteers("Сая", "Тимур", "Лена", "Арман");

		Map<TestChat, List<String>> told = raceForASeat(outing, racers);

		assertThat(racers).filteredOn((racer) -> told.get(racer).contains(racer.t("signup.confirmed"))).hasSize(1);
		assertThat(racers).filteredOn((racer) -> told.get(racer).get(0).startsWith(waitlistedNotice(racer))).hasSize(3);
		assertThat(signUpsOf(outing)).filteredOn((signUp) -> signUp.status() == Registration.Status.CONFIRMED)
			.hasSize(1);
	}

	@Test
	void thoseWhoLoseTheRaceLineUpWithoutGapsOrSharedPlaces() {
		Activity outing = this.park.outingWithSeats("Таудағы серуен", 1);
		List<TestChat> racers = volunteers("Дана", "Ерлан", "Зарина", "Ильяс");

		raceForASeat(outing, racers);

		List<Registration> waiting = signUpsOf(outing).stream()
			.filter((signUp) -> signUp.status() == Registration.Status.WAITLISTED)
			.toList();
		assertThat(waiting).extracting(this.registrations::position).containsExactlyInAnyOrder(1, 2, 3);
		assertThat(waiting).extracting(Registration::seq).doesNotHaveDuplicates();
	}

	@Test
	void theKeptSeatCountersAgreeWithTheSignUpsAfterARace() {
		Activity outing = this.park.outingWithSeats("Көлге жорық", 1);
		List<TestChat> racers = volunteers("Камила", "Лаура", "Марат", "Нуржан");

		raceForASeat(outing, racers);

		String occurrence = this.park.occurrenceOf(outing);
		assertThat(this.registrations.seats(List.of(occurrence)).get(occurrence)).isEqualTo(new Seats(1, 3))
			.isEqualTo(this.registrations.recount(occurrence));
	}

	@Test
	void aDoubleTapDuringTheRaceHoldsOneSignUpAndIsToldItIsAlreadyThere() {
		Activity outing = this.park.outingWithSeats("Құс бақылау", 1);
		List<TestChat> racers = volunteers("Оксана", "Павел", "Рустем");
		TestChat doubleTapper = racers.get(0);

		Map<TestChat, List<String>> told = raceForASeat(outing, racers, doubleTapper);

		assertThat(told.get(doubleTapper)).hasSize(2).contains(doubleTapper.t("signup.already"));
		assertThat(signUpsOf(outing)).hasSize(3)
			.extracting(Registration::userId)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(racers.stream().map(TestChat::id).toList());
	}

	@Test
	void thoseWhoComeAfterTheLastSeatQueueInTheOrderTheyTapped() {
		Activity outing = this.park.outingWithSeats("Шағын экскурсия", 1);
		TestChat seated = this.park.volunteer("Асель");
		assertThat(signUpOnTheCard(seated, outing).text()).contains(seated.t("card.you-are-in"));
		List<TestChat> late = volunteers("Бекзат", "Гульнара", "Дәулет");

		for (int i = 0; i < late.size(); i++) {
			TestChat person = late.get(i);
			assertThat(signUpOnTheCard(person, outing).text()).contains(person.t("card.you-wait", i + 1));
		}

		String occurrence = this.park.occurrenceOf(outing);
		assertThat(this.registrations.mine(seated.id(), List.of(occurrence)).get(occurrence).status())
			.isEqualTo(Registration.Status.CONFIRMED);
	}

	@Test
	void signUpsFromManyThreadsAtOnceNeverOverfillTheSeats() throws Exception {
		Activity outing = this.park.outingWithSeats("Үлкен сенбілік", 2);
		Listing listing = this.park.listingOf(outing);
		List<TestChat> people = volunteers("Әлия", "Бауыржан", "Гаухар", "Данияр", "Жансая", "Зере", "Ислам", "Кәмшат");

		List<SignUpResult> results = AllAtOnce.run(people.stream()
			.map((person) -> (Callable<SignUpResult>) () -> this.registrations.signUp(listing, person.id(),
					person.id()))
			.toList());

		assertThat(results).filteredOn((result) -> result.outcome() == SignUpResult.Outcome.CONFIRMED).hasSize(2);
		assertThat(results).filteredOn((result) -> result.outcome() == SignUpResult.Outcome.WAITLISTED).hasSize(6);
		List<Registration> signUps = signUpsOf(outing);
		assertThat(signUps).filteredOn((signUp) -> signUp.status() == Registration.Status.CONFIRMED).hasSize(2);
		assertThat(signUps).filteredOn((signUp) -> signUp.status() == Registration.Status.WAITLISTED)
			.hasSize(6)
			.extracting(Registration::seq)
			.doesNotHaveDuplicates();
		String occurrence = listing.occurrenceId();
		assertThat(this.registrations.seats(List.of(occurrence)).get(occurrence)).isEqualTo(new Seats(2, 6))
			.isEqualTo(this.registrations.recount(occurrence));
	}

	@Test
	void theSamePersonSigningUpFromSeveralThreadsAtOnceHoldsOneSignUp() throws Exception {
		Activity outing = this.park.outingWithSeats("Түнгі аспан", 1);
		Listing listing = this.park.listingOf(outing);
		TestChat rival = this.park.volunteer("Мадина");
		TestChat eager = this.park.volunteer("Нұрлан");
		List<Callable<SignUpResult>> taps = new ArrayList<>();
		taps.add(() -> this.registrations.signUp(listing, rival.id(), rival.id()));
		for (int i = 0; i < 4; i++) {
			taps.add(() -> this.registrations.signUp(listing, eager.id(), eager.id()));
		}

		List<SignUpResult> results = AllAtOnce.run(taps);

		assertThat(results.subList(1, results.size()))
			.filteredOn((result) -> result.outcome() == SignUpResult.Outcome.ALREADY)
			.hasSize(3);
		assertThat(signUpsOf(outing)).hasSize(2).extracting(Registration::userId).doesNotHaveDuplicates();
		String occurrence = listing.occurrenceId();
		assertThat(this.registrations.seats(List.of(occurrence)).get(occurrence)).isEqualTo(new Seats(1, 1))
			.isEqualTo(this.registrations.recount(occurrence));
	}

	// ------------------------------------------------------------------ fixtures

	/** The sign-ups of an activity that hold a seat or a place in line. */
	private List<Registration> signUpsOf(Activity activity) {
		return this.registrations.activeOf(activity.id());
	}

	private List<TestChat> volunteers(String... names) {
		return Arrays.stream(names).map(this.park::volunteer).toList();
	}

	/** Opens the card, taps "sign up" and returns the card as it shows the outcome. */
	private SentMessage signUpOnTheCard(TestChat chat, Activity activity) {
		SentMessage card = this.park.openCard(chat, activity);
		chat.tap(card, chat.t("card.sign-up"));
		return chat.expectThat("the card after signing up", (m) -> m.messageId() == card.messageId());
	}

	/** The notice of a place on the waitlist, up to the place's number. */
	private static String waitlistedNotice(TestChat chat) {
		String notice = chat.t("signup.waitlisted", 0);
		return notice.substring(0, notice.indexOf('0'));
	}

	/**
	 * Everyone opens the card, then all tap "sign up" at once (the double tappers twice);
	 * returns what each was told, one notice per tap, in the order of their taps.
	 */
	private Map<TestChat, List<String>> raceForASeat(Activity activity, List<TestChat> racers,
			TestChat... doubleTappers) {
		Map<TestChat, SentMessage> cards = new HashMap<>();
		for (TestChat racer : racers) {
			cards.put(racer, this.park.openCard(racer, activity));
			racer.remember();
		}
		Map<TestChat, List<String>> taps = new HashMap<>();
		List<TestChat> tapping = new ArrayList<>(racers);
		tapping.addAll(List.of(doubleTappers));
		for (TestChat racer : tapping) {
			SentMessage card = cards.get(racer);
			ObjectNode tap = Updates.callback(racer.user(), card.messageId(),
					card.callbackData(racer.t("card.sign-up")).orElseThrow());
			taps.computeIfAbsent(racer, (key) -> new ArrayList<>()).add(tap.path("callback_query").path("id").asText());
			this.own.api().enqueue(tap);
		}
		this.own.api().awaitIdle();
		Map<String, String> answers = new HashMap<>();
		for (ApiCall answer : this.own.api().calls("answerCallbackQuery")) {
			answers.put(answer.param("callback_query_id"), answer.param("text"));
		}
		Map<TestChat, List<String>> told = new HashMap<>();
		taps.forEach((racer, ids) -> told.put(racer, ids.stream().map(answers::get).toList()));
		return told;
	}

}
