package kz.birge.events;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Category;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.catalog.PlanStore;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.Seats;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.SchoolClass;
import kz.birge.user.Users;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsing and signing up through the fake Bot API: who sees what, filters, paging,
 * sign-up and cancel, the calendar file and the share link (reminders:
 * {@code RemindersTests}). The race for the last seat and the waitlist have tests of
 * their own, in {@code kz.birge.signup}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsTests {

	/** Monday 23 November 2026, 09:00 in Almaty. */
	private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	private Activity ecoLesson;

	private Activity debate;

	private Activity juniorCleanUp;

	private Activity parkCleanUp;

	private Activity staffMeeting;

	@BeforeAll
	void start() {
		this.clock.set(NOW);
		this.own = OwnBirge.start(Map.of("birge.reminders.every", "PT0.2S"), MutableClock.Config.class);
		Organisations organisations = this.own.birge().bean(Organisations.class);
		organisations.save(new Organisation("school", "Көкшетау №2 мектеп-лицей"));
		organisations.save(new Organisation("park", "Жоңғар-Алатауы ұлттық паркі"));
		this.own.birge()
			.bean(PlanStore.class)
			.saveFractions(List.of(new Fraction("eco", "school", "ЭКОЛОГИЯ ФРАКЦИЯСЫ", 1, List.of()),
					new Fraction("debate", "school", "ДЕБАТ ФРАКЦИЯСЫ", 2, List.of())));
		this.ecoLesson = create("school", "eco", "Эко-сабақ", NOW.plus(Duration.ofDays(2)), grades(5, 9), null);
		this.debate = create("school", "debate", "Дебат турнирі", NOW.plus(Duration.ofDays(3)), grades(10, 11), null);
		this.juniorCleanUp = create("school", "eco", "Кішкентайлар сенбілігі", NOW.plus(Duration.ofDays(20)),
				grades(1, 4), null);
		this.parkCleanUp = create("park", null, "Парктегі тазалық", NOW.plus(Duration.ofDays(5)),
				new Audience(List.of(), Set.of(Category.STUDENTS, Category.VOLUNTEERS)), 2);
		this.staffMeeting = create("park", null, "Қызметкерлер жиналысы", NOW.plus(Duration.ofDays(4)),
				new Audience(List.of(), Set.of(Category.STAFF)), null);
		for (int i = 1; i <= 6; i++) {
			create("school", "debate", "Кездесу " + i, NOW.plus(Duration.ofDays(6)).plus(Duration.ofHours(i)),
					grades(1, 11), null);
		}
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	private MongoTemplate mongo() {
		return this.own.birge().mongo();
	}

	private static Audience grades(int from, int to) {
		return new Audience(List.of(new GradeRange(from, to)), Set.of(Category.STUDENTS));
	}

	private Activity create(String organisation, String fraction, String title, Instant start, Audience audience,
			Integer seats) {
		return this.own.birge()
			.bean(Activities.class)
			.create(new Activities.NewActivity(organisation, title, Optional.ofNullable(fraction), start,
					start.plus(Duration.ofHours(2)), false, Optional.of("Мектеп ауласы"), audience,
					Optional.ofNullable(seats), "Birge"));
	}

	private String occurrenceOf(Activity activity) {
		return mongo().findOne(Query.query(Criteria.where("activityId").is(activity.id())), Occurrence.class).id();
	}

	/**
	 * A student of this class of the school, registered without going through onboarding.
	 */
	private TestChat student(String name, int grade, String letter) {
		TestChat chat = this.own.newChat(name, "kk");
		chat.send("/help");
		chat.expect("help.newcomer");
		this.own.birge()
			.bean(Users.class)
			.becomeStudent(chat.id(), new SchoolClass(grade, letter), Optional.of("school"));
		return chat;
	}

	private TestChat volunteer(String name) {
		TestChat chat = this.own.newChat(name, "ru");
		chat.send("/help");
		chat.expect("help.newcomer");
		this.own.birge().bean(Users.class).becomeVolunteer(chat.id(), name, Optional.empty());
		return chat;
	}

	private SentMessage events(TestChat chat, String window) {
		chat.send("/events");
		SentMessage list = chat.expectThat("the list",
				(m) -> m.text().startsWith(chat.t("events.title", "x", 1, 1).substring(0, 10)));
		chat.tap(list, chat.t("events.window-button." + window));
		return chat.expectThat("the list for " + window,
				(m) -> m.messageId() == list.messageId() && m.text().contains(chat.t("events.window." + window)));
	}

	@Test
	void studentsOfTwoGradesAndAVolunteerEachSeeTheirOwn() {
		TestChat seventh = student("Айжан", 7, "Ә");
		SentMessage forSeventh = events(seventh, "ALL");
		assertThat(forSeventh.text()).contains("Эко-сабақ", "Парктегі тазалық", "Кездесу 1")
			.doesNotContain("Дебат турнирі", "Кішкентайлар", "Қызметкерлер жиналысы");

		TestChat tenth = student("Руслан", 10, "Б");
		SentMessage forTenth = events(tenth, "ALL");
		assertThat(forTenth.text()).contains("Дебат турнирі", "Парктегі тазалық")
			.doesNotContain("Эко-сабақ", "Кішкентайлар", "Қызметкерлер жиналысы");

		TestChat volunteer = volunteer("Ольга");
		SentMessage forVolunteer = events(volunteer, "ALL");
		assertThat(forVolunteer.text()).contains("Парктегі тазалық")
			.doesNotContain("Эко-сабақ", "Дебат турнирі", "Кездесу", "Қызметкерлер жиналысы");
	}

	@Test
	void filtersByTimeFractionAndWholeSchoolAndPagesPastTheFirstPage() {
		TestChat chat = student("Болат", 7, "А");
		SentMessage week = events(chat, "NEXT_7_DAYS");
		// the next 7 days run to Monday 30 November: the lesson (Wed) and the park (Sat)
		// are in them, the meetings (Sun) too
		assertThat(week.text()).contains("Эко-сабақ", "Парктегі тазалық");

		SentMessage all = events(chat, "ALL");
		assertThat(all.text()).contains(chat.t("events.title", chat.t("events.window.ALL"), 1, 2));
		assertThat(all.callbackButtons()).contains("1", "2", "3", "4", "5");
		chat.tap(all, chat.t("paging.next"));
		SentMessage second = chat.expectThat("page 2", (m) -> m.messageId() == all.messageId()
				&& m.text().contains(chat.t("events.title", chat.t("events.window.ALL"), 2, 2)));
		assertThat(second.text()).contains("Кездесу 6");

		chat.tap(second, chat.t("events.fraction"));
		SentMessage fractions = chat.expect("events.choose-fraction");
		chat.tap(fractions, "ЭКОЛОГИЯ");
		SentMessage eco = chat.expectThat("eco only",
				(m) -> m.messageId() == all.messageId() && m.text().contains("Эко-сабақ"));
		assertThat(eco.text()).doesNotContain("Кездесу", "Парктегі").doesNotContain("Кішкентайлар");

		chat.tap(eco, chat.t("events.whole-school"));
		SentMessage whole = chat.expectThat("whole school",
				(m) -> m.messageId() == all.messageId() && m.text().contains("Кішкентайлар"));
		assertThat(whole.text()).contains("Эко-сабақ");
		assertThat(this.own.api().errors())
			.filteredOn((error) -> error.params().path("chat_id").asText().equals(String.valueOf(chat.id())))
			.isEmpty();
	}

	@Test
	void aCardOpenedFromTheListKeepsItsWayBackAfterSignUpAndCancelAndButtonsSentBeforeStillAnswer() {
		TestChat chat = student("Ерлан", 8, "А");
		String occurrence = occurrenceOf(this.ecoLesson);
		chat.send("/events");
		SentMessage list = chat.expectThat("the list", (m) -> m.text().contains("Эко-сабақ"));
		chat.tapData(list.messageId(), "eo:" + occurrence + ":0");
		SentMessage card = chat.expectThat("the card",
				(m) -> m.messageId() == list.messageId() && m.text().startsWith("Эко-сабақ"));
		assertThat(card.callbackButtons()).contains(chat.t("card.back"));

		chat.tap(card, chat.t("card.sign-up"));
		SentMessage signedUp = chat.expectThat("signed up, the same card",
				(m) -> m.messageId() == list.messageId() && m.text().contains(chat.t("card.you-are-in")));
		assertThat(signedUp.callbackButtons()).contains(chat.t("card.back"), chat.t("card.cancel-sign-up"));

		chat.tap(signedUp, chat.t("card.cancel-sign-up"));
		SentMessage cancelled = chat.expectThat("cancelled, the same card",
				(m) -> m.messageId() == list.messageId() && !m.text().contains(chat.t("card.you-are-in")));
		assertThat(cancelled.callbackButtons()).contains(chat.t("card.back"), chat.t("card.sign-up"));
		chat.tap(cancelled, chat.t("card.back"));
		chat.expectThat("back on the list", (m) -> m.messageId() == list.messageId() && m.text().contains("Эко-сабақ")
				&& m.text().startsWith(chat.t("events.title", "x", 1, 1).substring(0, 10)));

		// a card's button as sent before cards kept their page still signs up
		chat.tapData(list.messageId(), "su:" + occurrence);
		chat.expectThat("signed up through the earlier button", (m) -> m.text().contains(chat.t("card.you-are-in")));
		assertThat(mongo().findById(occurrence + ":" + chat.id(), Registration.class).status())
			.isEqualTo(Registration.Status.CONFIRMED);
	}

	@Test
	void signUpAndCancel() {
		TestChat chat = student("Дина", 8, "В");
		String occurrence = occurrenceOf(this.ecoLesson);
		chat.send("/start ev_" + occurrence);
		SentMessage card = chat.expectThat("the card", (m) -> m.text().startsWith("Эко-сабақ"));
		assertThat(card.text()).contains(chat.t("card.no-seat-limit"),
				chat.t("card.audience", chat.t("audience.grades", "5–9", "other")));
		chat.tap(card, chat.t("card.sign-up"));
		chat.expect("card.you-are-in");
		Registration registration = mongo().findById(occurrence + ":" + chat.id(), Registration.class);
		assertThat(registration.status()).isEqualTo(Registration.Status.CONFIRMED);

		chat.send("/my");
		SentMessage my = chat.expect("my.upcoming");
		assertThat(my.text()).contains("Эко-сабақ");
		// signed up, not yet taken part: no count of nothing, only the way to a first
		// badge
		assertThat(my.text()).contains(chat.t("my.none"))
			.doesNotContain(chat.t("my.record", 0, 0, 0))
			.contains(chat.t("my.next-badge", 1, chat.t("my.badge.FIRST")));
		chat.tap(my, chat.t("my.cancel"));
		this.own.api().awaitIdle();
		assertThat(mongo().findById(occurrence + ":" + chat.id(), Registration.class).status())
			.isEqualTo(Registration.Status.CANCELLED);
		assertThat(this.own.birge().bean(Registrations.class).seats(List.of(occurrence)).get(occurrence))
			.isEqualTo(new Seats(0, 0));
	}

	@Test
	void aStudentOutsideTheGradesIsToldWhyAndACraftedButtonIsRefused() {
		TestChat chat = student("Ерасыл", 10, "А");
		String occurrence = occurrenceOf(this.ecoLesson);
		chat.send("/start ev_" + occurrence);
		SentMessage card = chat.expect("signup.not-your-grade", "5–9", "other", "10А");
		assertThat(card.callbackButtons()).doesNotContain(chat.t("card.sign-up"));
		chat.tapData(card.messageId(), "su:" + occurrence);
		this.own.api().awaitIdle();
		assertThat(mongo().findById(occurrence + ":" + chat.id(), Registration.class)).isNull();
	}

	@Test
	void theCalendarFileParsesBackWithTheRightTimeAndAStableUid() throws Exception {
		TestChat chat = student("Нұрай", 7, "Б");
		String occurrence = occurrenceOf(this.ecoLesson);
		chat.send("/start ev_" + occurrence);
		SentMessage card = chat.expectThat("the card", (m) -> m.text().startsWith("Эко-сабақ"));
		chat.tap(card, chat.t("card.calendar"));
		SentMessage file = chat.expectThat("the .ics", (m) -> m.document().isPresent());
		assertThat(file.document().get().fileName()).endsWith(".ics");
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(file.document().get().bytes()));
		VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(occurrence + "@birge");
		assertThat(event.getSummary().getValue()).isEqualTo("Эко-сабақ");
		String ics = new String(file.document().get().bytes(), java.nio.charset.StandardCharsets.UTF_8);
		// 25 November 2026, 04:00 UTC is 09:00 in Almaty
		assertThat(ics).containsAnyOf("DTSTART;TZID=Asia/Almaty:20261125T090000", "DTSTART:20261125T040000Z");
	}

	@Test
	void aNewUserWhoOpensAShareLinkOnboardsFirstAndThenLandsOnTheCard() {
		TestChat sharer = student("Саян", 7, "В");
		String occurrence = occurrenceOf(this.ecoLesson);
		sharer.send("/start ev_" + occurrence);
		SentMessage card = sharer.expectThat("the card", (m) -> m.text().startsWith("Эко-сабақ"));
		sharer.tap(card, sharer.t("card.share"));
		SentMessage share = sharer.expectText("https://t.me/birge_test_bot?start=ev_" + occurrence);
		String link = share.text().replaceAll("(?s).*(https://t\\.me/\\S+).*", "$1");
		String payload = link.substring(link.indexOf("start=") + 6);

		TestChat newcomer = this.own.newChat("Жаңа", "kk");
		newcomer.send("/start " + payload);
		newcomer.tap(newcomer.expect("onboarding.ask-role"), newcomer.t("role.student"));
		newcomer.expect("onboarding.ask-grade");
		newcomer.send("6Г");
		newcomer.expect("onboarding.done-student", "6Г");
		SentMessage landed = newcomer.expectThat("the shared card", (m) -> m.text().startsWith("Эко-сабақ"));
		assertThat(landed.callbackButtons()).contains(newcomer.t("card.sign-up"));
	}

	@Test
	void whenACoordinatorCancelsAnActivityThoseSignedUpAreTold() {
		Activity toCancel = create("school", "eco", "Күзгі акция", NOW.plus(Duration.ofDays(9)), grades(5, 9), null);
		String occurrence = occurrenceOf(toCancel);
		TestChat chat = student("Әсел", 9, "А");
		chat.send("/start ev_" + occurrence);
		chat.tap(chat.expectThat("the card", (m) -> m.text().startsWith("Күзгі акция")), chat.t("card.sign-up"));
		chat.expect("card.you-are-in");

		this.own.birge().bean(Activities.class).cancel(toCancel.id());
		chat.expect("notice.cancelled", "Күзгі акция");
		assertThat(mongo().findById(occurrence + ":" + chat.id(), Registration.class).status())
			.isEqualTo(Registration.Status.CANCELLED);
		chat.send("/events");
		SentMessage list = chat.expectThat("the list", (m) -> m.text().contains(chat.t("events.window.NEXT_30_DAYS")));
		assertThat(list.text()).doesNotContain("Күзгі акция");
	}

	@Test
	void membersOfAFractionHearOfItsNewActivities() {
		TestChat chat = student("Гаухар", 7, "Г");
		chat.send("/fractions");
		SentMessage fractions = chat.expect("fractions.title");
		assertThat(fractions.text()).contains("ЭКОЛОГИЯ ФРАКЦИЯСЫ", "ДЕБАТ ФРАКЦИЯСЫ");
		chat.tap(fractions, chat.t("fractions.join", "ЭКОЛОГИЯ ФРАКЦИЯСЫ"));
		chat.expectThat("joined",
				(m) -> m.messageId() == fractions.messageId() && m.text().contains("✓ ЭКОЛОГИЯ ФРАКЦИЯСЫ"));

		chat.remember();
		create("school", "eco", "Жаңа эко-челлендж", NOW.plus(Duration.ofDays(12)), grades(5, 9), null);
		create("school", "debate", "Жаңа дебат", NOW.plus(Duration.ofDays(12)), grades(5, 9), null);
		String notice = chat.t("notice.new-in-fraction", "Жаңа эко-челлендж", "").strip();
		chat.expectThat("the new activity notice", (m) -> m.text().startsWith(notice));
		this.own.api().awaitIdle();
		assertThat(chat.fresh()).noneMatch((m) -> m.text().contains("Жаңа дебат"));
	}

	@Test
	void signUpClosesWhenTheOccurrenceStartsAndAMoveIsAnnounced() {
		Activity early = create("school", "eco", "Таңғы жүгіру", NOW.plus(Duration.ofHours(3)), grades(5, 9), null);
		String occurrence = occurrenceOf(early);
		TestChat chat = student("Ілияс", 5, "А");
		chat.send("/start ev_" + occurrence);
		SentMessage card = chat.expectThat("the card", (m) -> m.text().startsWith("Таңғы жүгіру"));
		chat.tap(card, chat.t("card.sign-up"));
		chat.expect("card.you-are-in");

		this.own.birge()
			.bean(Activities.class)
			.move(early.id(), NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1).plusHours(2)), false);
		String moved = chat.t("notice.moved", "Таңғы жүгіру", "").strip();
		chat.expectThat("the move notice", (m) -> m.text().startsWith(moved) && m.text().contains("24"));
		assertThat(mongo().findById(occurrence + ":" + chat.id(), Registration.class).start())
			.isEqualTo(NOW.plus(Duration.ofDays(1)));

		TestChat late = student("Кеш", 6, "А");
		late.send("/start ev_" + occurrence);
		SentMessage lateCard = late.expectThat("the card", (m) -> m.text().startsWith("Таңғы жүгіру"));
		this.clock.set(NOW.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(5)));
		try {
			late.tap(lateCard, late.t("card.sign-up"));
			this.own.api().awaitIdle();
			assertThat(mongo().findById(occurrence + ":" + late.id(), Registration.class)).isNull();
			assertThat(this.own.api()
				.calls("answerCallbackQuery")
				.stream()
				.anyMatch((call) -> call.params().path("text").asText("").equals(late.t("signup.closed")))).isTrue();
		}
		finally {
			this.clock.set(NOW);
		}
	}

}
