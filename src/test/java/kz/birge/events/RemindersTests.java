package kz.birge.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import kz.birge.bot.Notifier;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.i18n.Lang;
import kz.birge.signup.Registrations;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.SchoolClass;
import kz.birge.user.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders at a decent hour, through the fake Bot API with the clock moved through the
 * day: 18:00 the day before, two hours before a timed activity or 08:00 on the day of an
 * all-day one, nothing between 21:00 and 08:00. The scheduler is left idle; each test
 * runs the reminders' round itself at the times it names, as the scheduler would every
 * minute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemindersTests {

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	/** Friday 11 December 2026, the day before. */
	private static final LocalDate TODAY = LocalDate.of(2026, 12, 11);

	/** Saturday 12 December 2026, the activity's day. */
	private static final LocalDate TOMORROW = TODAY.plusDays(1);

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(at(TODAY, "10:00"));
		this.own = OwnBirge.start(Map.of("birge.reminders.every", "PT1H"), MutableClock.Config.class);
		this.own.birge().bean(Organisations.class).save(new Organisation("school", "Көкшетау №2 мектеп-лицей"));
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	private static Instant at(LocalDate day, String time) {
		return LocalDateTime.of(day, LocalTime.parse(time)).atZone(ALMATY).toInstant();
	}

	/** A school activity for grades 5-9, two hours from {@code start}. */
	private Activity timed(String title, Instant start, Integer seats) {
		return create(title, start, start.plus(Duration.ofHours(2)), false, seats);
	}

	/** A school activity for grades 5-9 that takes the whole of {@code day}. */
	private Activity allDay(String title, LocalDate day) {
		return create(title, day.atStartOfDay(ALMATY).toInstant(), day.plusDays(1).atStartOfDay(ALMATY).toInstant(),
				true, null);
	}

	private Activity create(String title, Instant start, Instant end, boolean allDay, Integer seats) {
		return this.own.birge()
			.bean(Activities.class)
			.create(new Activities.NewActivity("school", title, Optional.empty(), start, end, allDay,
					Optional.of("Акт залы"), new Audience(List.of(new GradeRange(5, 9)), Set.of(Category.STUDENTS)),
					Optional.ofNullable(seats), "Birge"));
	}

	private String occurrenceOf(Activity activity) {
		return this.own.birge().bean(Activities.class).occurrences(activity.id()).get(0).id();
	}

	private TestChat student(String name) {
		TestChat chat = this.own.newChat(name, "kk");
		chat.send("/help");
		chat.expect("help.newcomer");
		this.own.birge().bean(Users.class).becomeStudent(chat.id(), new SchoolClass(7, "А"), Optional.of("school"));
		return chat;
	}

	/** Opens the card by its link and taps "Sign up"; returns what the bot answered. */
	private SentMessage signUp(TestChat chat, Activity activity) {
		chat.send("/start ev_" + occurrenceOf(activity));
		SentMessage card = chat.expectThat("the card", (m) -> m.text().startsWith(activity.title()));
		chat.tap(card, chat.t("card.sign-up"));
		return chat.expectThat("the sign-up answered",
				(m) -> m.text().contains(chat.t("card.you-are-in")) || m.text().contains(chat.t("card.you-wait", 1)));
	}

	/**
	 * Sets the clock to {@code time} of {@code day} in Almaty and runs the reminders'
	 * round, waiting until what it queued has gone out.
	 */
	private void at(LocalDate day, String time, TestChat... remembered) {
		for (TestChat chat : remembered) {
			chat.remember();
		}
		this.clock.set(at(day, time));
		this.own.birge().bean(Reminders.class).send();
		CountDownLatch sent = new CountDownLatch(1);
		this.own.birge().bean(Notifier.class).tell(0, 0, Lang.KK, (ctx) -> sent.countDown());
		try {
			assertThat(sent.await(10, TimeUnit.SECONDS)).as("the reminders went out").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private SentMessage expectReminder(TestChat chat, String key, Activity activity) {
		String text = chat.t(key, activity.title(), "").strip();
		return chat.expectThat(key, (m) -> m.text().startsWith(text));
	}

	@Test
	void aTimedActivityAt15TomorrowIsRemindedOfAt18TodayAndAt13OnTheDay() {
		this.clock.set(at(TODAY, "10:00"));
		Activity debate = timed("Дебат турнирі", at(TOMORROW, "15:00"), null);
		TestChat dana = student("Дана");
		signUp(dana, debate);

		at(TODAY, "17:59", dana);
		dana.expectSilence();
		at(TODAY, "18:00", dana);
		SentMessage dayBefore = expectReminder(dana, "reminder.day-before", debate);
		assertThat(dayBefore.text()).contains("15:00");
		assertThat(dayBefore.callbackButtons()).contains(dana.t("reminder.cant-come"));

		at(TODAY, "18:01", dana);
		at(TODAY, "20:59");
		at(TOMORROW, "08:00");
		at(TOMORROW, "12:59");
		dana.expectSilence();
		at(TOMORROW, "13:00", dana);
		SentMessage soon = expectReminder(dana, "reminder.soon", debate);
		assertThat(soon.callbackButtons()).contains(dana.t("reminder.cant-come"));
		at(TOMORROW, "14:59", dana);
		dana.expectSilence();
	}

	@Test
	void anAllDayActivityIsRemindedOfAt18TheDayBeforeAndAt08OnTheDay() {
		this.clock.set(at(TODAY, "10:00"));
		Activity cleanUp = allDay("Мектеп ауласын тазалау", TOMORROW);
		TestChat erlan = student("Ерлан");
		signUp(erlan, cleanUp);

		at(TODAY, "17:59", erlan);
		erlan.expectSilence();
		at(TODAY, "18:00", erlan);
		expectReminder(erlan, "reminder.day-before", cleanUp);

		at(TODAY, "20:59", erlan);
		at(TOMORROW, "07:59");
		erlan.expectSilence();
		at(TOMORROW, "08:00", erlan);
		SentMessage morning = expectReminder(erlan, "reminder.today", cleanUp);
		assertThat(morning.callbackButtons()).contains(erlan.t("reminder.cant-come"));
		at(TOMORROW, "12:00", erlan);
		erlan.expectSilence();
	}

	@Test
	void aSignUpAt2230TheDayBeforeGetsNothingAtNightAndTheMorningReminderAt08() {
		this.clock.set(at(TODAY, "22:30"));
		Activity planting = allDay("Ағаш отырғызу", TOMORROW);
		TestChat gulnar = student("Гүлнар");
		signUp(gulnar, planting);

		at(TODAY, "22:31", gulnar);
		at(TODAY, "23:00");
		for (String hour : List.of("00:00", "01:00", "03:00", "05:00", "07:00", "07:59")) {
			at(TOMORROW, hour);
		}
		gulnar.expectSilence();
		at(TOMORROW, "08:00", gulnar);
		expectReminder(gulnar, "reminder.today", planting);
		at(TOMORROW, "08:01", gulnar);
		gulnar.expectSilence();
	}

	@Test
	void aLateSignUpForATimedActivityGetsTheDayBeforeReminderAt08ThenTheSoonOne() {
		this.clock.set(at(TODAY, "22:30"));
		Activity quiz = timed("Зияткерлік ойын", at(TOMORROW, "15:00"), null);
		TestChat marat = student("Марат");
		signUp(marat, quiz);

		at(TODAY, "23:30", marat);
		at(TOMORROW, "07:59");
		marat.expectSilence();
		at(TOMORROW, "08:00", marat);
		expectReminder(marat, "reminder.today", quiz);
		at(TOMORROW, "13:00", marat);
		expectReminder(marat, "reminder.soon", quiz);
	}

	@Test
	void iCantComeInAReminderPassesTheSeatOnAndTheNextInLineIsReminded() {
		this.clock.set(at(TODAY, "10:00"));
		Activity masterClass = timed("Шеберлік сабағы", at(TOMORROW, "11:00"), 1);
		TestChat aigerim = student("Айгерім");
		TestChat bolat = student("Болат");
		signUp(aigerim, masterClass);
		signUp(bolat, masterClass);

		at(TODAY, "18:00", aigerim, bolat);
		SentMessage reminder = expectReminder(aigerim, "reminder.day-before", masterClass);
		bolat.expectSilence();
		aigerim.tap(reminder, aigerim.t("reminder.cant-come"));
		aigerim.expect("signup.cant-come-noted");
		bolat.expect("signup.promoted");

		at(TODAY, "18:01", aigerim, bolat);
		expectReminder(bolat, "reminder.day-before", masterClass);
		at(TOMORROW, "09:00", aigerim, bolat);
		expectReminder(bolat, "reminder.soon", masterClass);
		aigerim.expectSilence();
	}

	@Test
	void aCancelledSignUpOrActivityIsNotRemindedOf() {
		this.clock.set(at(TODAY, "10:00"));
		Activity concert = timed("Концерт", at(TOMORROW, "16:00"), null);
		Activity contest = timed("Сурет байқауы", at(TOMORROW, "12:00"), null);
		TestChat saule = student("Сәуле");
		TestChat timur = student("Темір");
		signUp(saule, concert);
		signUp(timur, concert);
		signUp(saule, contest);
		this.own.birge().bean(Registrations.class).cancel(occurrenceOf(concert), timur.id(), Optional.empty());
		this.own.birge().bean(Activities.class).cancel(contest.id());
		saule.expect("notice.cancelled", "Сурет байқауы");

		at(TODAY, "18:00", saule, timur);
		expectReminder(saule, "reminder.day-before", concert);
		at(TOMORROW, "14:00", saule, timur);
		expectReminder(saule, "reminder.soon", concert);
		assertThat(saule.fresh()).noneMatch((m) -> m.text().contains("Сурет байқауы"));
		timur.expectSilence();
	}

	@Test
	void aTimedActivityThatStartsBeforeQuietHoursEndGetsNoSoonReminder() {
		this.clock.set(at(TODAY, "10:00"));
		Activity run = timed("Таңғы жүгіру", at(TOMORROW, "07:30"), null);
		TestChat arman = student("Арман");
		signUp(arman, run);
		at(TODAY, "18:00", arman);
		expectReminder(arman, "reminder.day-before", run);
		at(TOMORROW, "05:30", arman);
		at(TOMORROW, "07:29");
		at(TOMORROW, "08:00");
		arman.expectSilence();
	}

	@Test
	void aPlanRowWithATimeGivesACardAtThatTimeAndItsRemindersAt18TheDayBeforeAndTwoHoursBefore() {
		this.clock.set(at(TODAY, "10:00"));
		String plan = """
				«Көкшетау №9 мектебі»
				%d жылғы желтоқсан айына арналған іс-шаралар ЖОСПАРЫ

				№\tІс-шараның атауы\tӨткізілу орны\tОрындалу мерзімі\tҚатысатындар
				1\tАқындар айтысы\tАкт залы\t%d желтоқсан, сағат 15:00\t5-9 сынып оқушылары
				""".formatted(TOMORROW.getYear(), TOMORROW.getDayOfMonth());
		TestChat coordinator = this.own.admin();
		coordinator.sendFile("aitys.txt", plan.getBytes(StandardCharsets.UTF_8));
		SentMessage preview = coordinator.expectThat("the preview",
				(m) -> m.callbackData(coordinator.t("import.confirm")).isPresent());
		coordinator.tap(preview, coordinator.t("import.confirm"));
		coordinator.expectThat("the import done", (m) -> m.messageId() == preview.messageId()
				&& !m.callbackData(coordinator.t("import.confirm")).isPresent());
		Activity aitys = this.own.birge()
			.mongo()
			.findOne(Query.query(Criteria.where("title").is("Ақындар айтысы")), Activity.class);
		assertThat(this.own.birge().bean(Activities.class).occurrences(aitys.id())).singleElement()
			.satisfies((occurrence) -> assertThat(occurrence.start()).isEqualTo(at(TOMORROW, "15:00")))
			.satisfies((occurrence) -> assertThat(occurrence.allDay()).isFalse());

		TestChat asel = this.own.newChat("Әсел", "kk");
		asel.send("/help");
		asel.expect("help.newcomer");
		this.own.birge()
			.bean(Users.class)
			.becomeStudent(asel.id(), new SchoolClass(7, "А"), Optional.of(aitys.organisationId()));
		SentMessage answered = signUp(asel, aitys);
		assertThat(answered.text()).contains("15:00");

		at(TODAY, "17:59", asel);
		asel.expectSilence();
		at(TODAY, "18:00", asel);
		assertThat(expectReminder(asel, "reminder.day-before", aitys).text()).contains("15:00");
		at(TOMORROW, "12:59", asel);
		asel.expectSilence();
		at(TOMORROW, "13:00", asel);
		expectReminder(asel, "reminder.soon", aitys);
	}

	@Test
	void aWeekOfDaysIsSaidToStartTomorrowAndToStartToday() {
		this.clock.set(at(TODAY, "10:00"));
		Activity week = create("Кітап апталығы", TOMORROW.atStartOfDay(ALMATY).toInstant(),
				TOMORROW.plusDays(7).atStartOfDay(ALMATY).toInstant(), true, null);
		TestChat nurlan = student("Нұрлан");
		signUp(nurlan, week);

		at(TODAY, "18:00", nurlan);
		assertThat(expectReminder(nurlan, "reminder.starts-tomorrow", week).text())
			.doesNotContain(nurlan.t("reminder.day-before", week.title(), "").strip());
		at(TOMORROW, "08:00", nurlan);
		expectReminder(nurlan, "reminder.starts-today", week);
	}

	@Test
	void aSignUpMadeAfterItsReminderFellDueIsNotRemindedAtOnce() {
		this.clock.set(at(TOMORROW, "10:00"));
		Activity fair = allDay("Кітап жәрмеңкесі", TOMORROW);
		Activity talk = timed("Ақынмен кездесу", at(TOMORROW, "11:30"), null);
		TestChat zhanna = student("Жанна");
		signUp(zhanna, fair);
		signUp(zhanna, talk);

		at(TOMORROW, "10:01", zhanna);
		at(TOMORROW, "11:00");
		zhanna.expectSilence();
	}

}
