package kz.birge.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import kz.birge.attendance.Attendance;
import kz.birge.attendance.Attendances;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.PlanStore;
import kz.birge.i18n.Lang;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
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
 * When sign-up opens and closes by the kind of occurrence, and lists that read the way
 * people plan: a challenge joined while it runs, an all-day activity joined on its day,
 * rolling windows, deadlines by their deadline and "by" everywhere, a history of where a
 * person was marked present, and no promotion from the waitlist of an occurrence that is
 * gone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignUpWindowsTests {

	private static final AtomicInteger SCHOOLS = new AtomicInteger();

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(at("2026-11-23T09:00"));
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class);
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(SchoolPlan.ALMATY).toInstant();
	}

	/** A school whose plan runs over the school year 2026-2027. */
	private SchoolPlan schoolYear() {
		return new SchoolPlan(this.own, "windows-school-" + SCHOOLS.incrementAndGet(), LocalDate.parse("2026-09-01"),
				LocalDate.parse("2027-05-31"));
	}

	private Registrations registrations() {
		return this.own.birge().bean(Registrations.class);
	}

	private static String day(TestChat chat, String day) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Lang.fromTelegram(chat.user().languageCode()).locale())
			.format(LocalDate.parse(day));
	}

	private SentMessage events(TestChat chat, String window) {
		chat.send("/events");
		SentMessage list = chat.expect("events.title", chat.t("events.window.NEXT_30_DAYS"), 1, 1);
		if (window.equals("NEXT_30_DAYS")) {
			return list;
		}
		chat.tap(list, chat.t("events.window-button." + window));
		return chat.expectThat("the list for " + window,
				(m) -> m.messageId() == list.messageId() && m.text().contains(chat.t("events.window." + window)));
	}

	private SentMessage card(TestChat chat, SchoolPlan plan, Activity activity) {
		chat.send("/start ev_" + plan.occurrences(activity).get(0).id());
		return chat.expectThat("the card of " + activity.title(), (m) -> m.text().startsWith(activity.title()));
	}

	private Registration.Status statusOf(SchoolPlan plan, Activity activity, TestChat chat) {
		String occurrence = plan.occurrences(activity).get(0).id();
		Registration registration = registrations().mine(chat.id(), List.of(occurrence)).get(occurrence);
		return (registration != null) ? registration.status() : null;
	}

	@Test
	void aWeekLongChallengeCanBeJoinedOnItsFourthDay() {
		this.clock.set(at("2026-12-03T10:00"));
		SchoolPlan plan = schoolYear();
		Activity challenge = plan.days("Батарея челленджі", LocalDate.parse("2026-11-30"),
				LocalDate.parse("2026-12-06"));
		TestChat chat = plan.student("Әлия", "ru");

		SentMessage card = card(chat, plan, challenge);
		assertThat(card.text()).contains(chat.t("when.range", day(chat, "2026-11-30"), day(chat, "2026-12-06")));
		chat.tap(card, chat.t("card.sign-up"));

		chat.expect("card.you-are-in");
		assertThat(statusOf(plan, challenge, chat)).isEqualTo(Registration.Status.CONFIRMED);
	}

	@Test
	void aMonthlyChallengeOnItsTenthDayReadsAsOnNowNotAsNext() {
		this.clock.set(at("2026-11-10T10:00"));
		SchoolPlan plan = schoolYear();
		Activity challenge = plan.monthly("Айлық эко-челлендж");
		TestChat chat = plan.student("Дана", "kk");
		String november = chat.t("when.range", day(chat, "2026-11-01"), day(chat, "2026-11-30"));
		String onNow = chat.t("when.series-now", chat.t("repeat.MONTHLY"), november);

		assertThat(events(chat, "NEXT_30_DAYS").text()).contains(onNow)
			.doesNotContain(chat.t("when.series", chat.t("repeat.MONTHLY"), november));
		chat.send("/start ev_" + plan.occurrenceOn(challenge, LocalDate.parse("2026-11-01")).id());
		assertThat(chat.expectThat("the card", (m) -> m.text().startsWith(challenge.title())).text()).contains(onNow);

		// on the last evening of October, November's is the next one
		this.clock.set(at("2026-10-31T20:00"));
		String next = chat.t("when.series", chat.t("repeat.MONTHLY"), november);
		chat.send("/start ev_" + plan.occurrenceOn(challenge, LocalDate.parse("2026-11-01")).id());
		assertThat(chat.expectThat("the card", (m) -> m.text().startsWith(challenge.title()) && m.text().contains(next))
			.text()).doesNotContain(onNow);
	}

	@Test
	void anAllDayActivityOfTodayCanBeJoinedAtTwoInTheAfternoon() {
		this.clock.set(at("2026-12-10T14:00"));
		SchoolPlan plan = schoolYear();
		Activity reading = plan.days("Кітап оқу күні", LocalDate.parse("2026-12-10"), LocalDate.parse("2026-12-10"));
		TestChat chat = plan.student("Нұржан", "kk");

		chat.tap(card(chat, plan, reading), chat.t("card.sign-up"));

		chat.expect("card.you-are-in");
		assertThat(statusOf(plan, reading, chat)).isEqualTo(Registration.Status.CONFIRMED);
	}

	@Test
	void onThe30thOfNovemberTheNext30DaysListDecember() {
		this.clock.set(at("2026-11-30T09:00"));
		SchoolPlan plan = schoolYear();
		plan.at("Желтоқсан дебаты", LocalDateTime.parse("2026-12-03T15:00"), null);
		plan.at("Жаңа жыл концерті", LocalDateTime.parse("2026-12-25T15:00"), null);
		plan.at("Қаңтар сайысы", LocalDateTime.parse("2027-01-12T15:00"), null);
		TestChat chat = plan.student("Мирас", "kk");

		assertThat(events(chat, "NEXT_30_DAYS").text()).contains("Желтоқсан дебаты", "Жаңа жыл концерті")
			.doesNotContain("Қаңтар сайысы");
		assertThat(events(chat, "NEXT_7_DAYS").text()).contains("Желтоқсан дебаты")
			.doesNotContain("Жаңа жыл концерті", "Қаңтар сайысы");
	}

	@Test
	void aDeadlineSortsByItsDeadlineAndReadsByItOnTheListTheCardAndMy() {
		this.clock.set(at("2027-03-01T09:00"));
		SchoolPlan plan = schoolYear();
		Activity essay = plan.deadline("Эссе байқауы", LocalDate.parse("2027-04-01"));
		plan.at("Дебат турнирі", LocalDateTime.parse("2027-03-20T15:00"), null);
		TestChat chat = plan.student("Айгерім", "en");
		String byFirstApril = chat.t("when.by", day(chat, "2027-04-01"));

		String list = events(chat, "ALL").text();
		assertThat(list.indexOf("Дебат турнирі")).isLessThan(list.indexOf("Эссе байқауы"));
		assertThat(list).contains(chat.t("events.entry", 2, byFirstApril, "Эссе байқауы"));

		SentMessage card = card(chat, plan, essay);
		assertThat(card.text()).contains(chat.t("card.when", byFirstApril));
		chat.tap(card, chat.t("card.sign-up"));
		chat.expect("card.you-are-in");

		chat.send("/my");
		String my = chat.expect("my.upcoming").text();
		assertThat(my).contains(byFirstApril + " — Эссе байқауы").doesNotContain(day(chat, "2026-09-01"));
	}

	@Test
	void whereYouTookPartListsOnlyWhereYouWereMarkedPresent() {
		this.clock.set(at("2026-12-01T09:00"));
		SchoolPlan plan = schoolYear();
		Activity cleanUp = plan.at("Мектеп ауласындағы сенбілік", LocalDateTime.parse("2026-12-02T10:00"), null);
		Activity quiz = plan.at("Экология викторинасы", LocalDateTime.parse("2026-12-03T10:00"), null);
		TestChat chat = plan.student("Самат", "ru");
		Catalogue catalogue = this.own.birge().bean(Catalogue.class);
		for (Activity activity : List.of(cleanUp, quiz)) {
			registrations().signUp(catalogue.listing(plan.occurrences(activity).get(0).id()).orElseThrow(), chat.id(),
					chat.id());
		}
		this.clock.set(at("2026-12-04T09:00"));
		Attendances attendances = this.own.birge().bean(Attendances.class);
		attendances.mark(plan.occurrences(cleanUp).get(0), chat.id(), Attendance.Mark.PRESENT, 1L);
		attendances.mark(plan.occurrences(quiz).get(0), chat.id(), Attendance.Mark.ABSENT, 1L);

		chat.send("/my");
		String my = chat.expect("my.history").text();

		String history = my.substring(my.indexOf(chat.t("my.history")));
		assertThat(history).contains("Мектеп ауласындағы сенбілік").doesNotContain("Экология викторинасы");
	}

	@Test
	void cancellingASignUpOfAnOccurrenceThePlanDroppedPromotesNobody() {
		this.clock.set(at("2026-12-01T09:00"));
		SchoolPlan plan = schoolYear();
		Activity trip = plan.at("Ұлттық паркке экскурсия", LocalDateTime.parse("2026-12-10T10:00"), 1);
		TestChat first = plan.student("Арман", "kk");
		TestChat second = plan.student("Ботагөз", "kk");
		TestChat third = plan.student("Ерлан", "kk");
		SentMessage card = card(first, plan, trip);
		first.tap(card, first.t("card.sign-up"));
		SentMessage signedUp = first.expect("card.you-are-in");
		Catalogue catalogue = this.own.birge().bean(Catalogue.class);
		Occurrence occurrence = plan.occurrences(trip).get(0);
		for (TestChat waiting : List.of(second, third)) {
			registrations().signUp(catalogue.listing(occurrence.id()).orElseThrow(), waiting.id(), waiting.id());
		}
		assertThat(statusOf(plan, trip, second)).isEqualTo(Registration.Status.WAITLISTED);

		PlanStore plans = this.own.birge().bean(PlanStore.class);
		plans.saveActivities(new PlanStore.ActivityChanges(List.of(), List.of(trip.id())));
		plans.syncOccurrences(new PlanStore.OccurrenceChanges(plan.campaignId(), List.of(trip.id()), List.of()));
		plan.announce(List.of());
		second.remember();
		third.remember();
		first.tap(signedUp, first.t("card.cancel-sign-up"));
		first.expect("events.gone");

		assertThat(statusOf(plan, trip, first)).isEqualTo(Registration.Status.CANCELLED);
		this.own.api().awaitIdle();
		for (TestChat waiting : List.of(second, third)) {
			assertThat(statusOf(plan, trip, waiting)).as(waiting.user().firstName())
				.isNotEqualTo(Registration.Status.CONFIRMED);
			assertThat(waiting.fresh()).noneMatch((m) -> m.text().contains(waiting.t("signup.promoted")));
		}
	}

}
