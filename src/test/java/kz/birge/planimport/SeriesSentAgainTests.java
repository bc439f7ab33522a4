package kz.birge.planimport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.outbound.OutboundQueue;
import kz.birge.planimport.source.Seeds;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The school parliament's plan sent again with a weekly series changed. Its clean-up made
 * monthly: a student who had joined the weekly series is told its new schedule once and
 * stays signed up, for the monthly dates, instead of hearing that 27 weeks were
 * cancelled. Its news cut short to December: a student is told which span of dates is
 * gone and how many, not twenty dates one by one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeriesSentAgainTests {

	private static final String CLEAN_SCHOOL = "«Таза мектеп – таза сынып» акциясы";

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		// Monday 10 November 2025, 10:00 in Almaty, in the plan's school year
		this.clock.set(LocalDateTime.parse("2025-11-10T10:00").atZone(ZoneId.of("Asia/Almaty")).toInstant());
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class);
		this.own.birge().bean(Organisations.class).save(new Organisation("lyceum2", "Көкшетау қаласының №2 МЛ"));
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	@Test
	void aStudentOfTheWeeklySeriesFollowsItWhenThePlanMakesItMonthly() {
		TestChat coordinator = coordinator();
		importPlan(coordinator, Seeds.bytes("004"));
		TestChat aidana = student("Айдана", "kk", 7, "А");
		Activity cleanUp = cleanUp();
		Registrations registrations = registrations();
		assertThat(registrations.joinSeries(seriesOf(cleanUp), aidana.id(), aidana.id()).confirmed()).isGreaterThan(20);
		aidana.remember();
		// another picked two of its weeks, not the series
		TestChat bauyrzhan = student("Бауыржан", "kk", 7, "Б");
		pick(bauyrzhan, coming(cleanUp).subList(3, 5));
		bauyrzhan.remember();

		String monthly = new String(Seeds.bytes("004"), StandardCharsets.UTF_8).lines()
			.map((line) -> line.contains("Таза мектеп – таза сынып") ? line.replace("Аптасына 1 рет", "Айына 1 рет")
					: line)
			.reduce("", (all, line) -> all + line + "\n");
		importPlan(coordinator, monthly.getBytes(StandardCharsets.UTF_8));

		SentMessage notice = aidana.expectThat("the new schedule",
				(m) -> m.text().startsWith(aidana.t("notice.series-changed", CLEAN_SCHOOL, "").substring(0, 20)));
		// November's clean-up runs all month and is under way on the 10th: it is on now,
		// not the next
		assertThat(notice.text()).contains(aidana.t("when.series-now", aidana.t("repeat.MONTHLY"), ""))
			.doesNotContain(aidana.t("repeat.WEEKLY"));
		this.own.api().awaitIdle();
		assertThat(aidana.fresh()).filteredOn((m) -> m.text().contains("Таза мектеп")).hasSize(1);
		SentMessage weeksGone = bauyrzhan.expectThat("his weeks cancelled",
				(m) -> m.text().startsWith(bauyrzhan.t("notice.days-cancelled", CLEAN_SCHOOL, "").substring(0, 20)));
		assertThat(weeksGone.text().split("; ")).hasSize(2);
		List<Occurrence> monthlyDates = coming(cleanUp);
		assertThat(monthlyDates).hasSizeBetween(6, 8);
		assertThat(registrations.mine(bauyrzhan.id(), monthlyDates.stream().map(Occurrence::id).toList()))
			.as("not joined to the monthly dates")
			.isEmpty();
		assertThat(registrations.mine(aidana.id(), monthlyDates.stream().map(Occurrence::id).toList()).values())
			.hasSize(monthlyDates.size())
			.allMatch((registration) -> registration.status() == Registration.Status.CONFIRMED);
		aidana.send("/my");
		assertThat(aidana.expect("my.upcoming").text()).contains("Таза мектеп").contains(aidana.t("repeat.MONTHLY"));
	}

	@Test
	void aWeeklySeriesCutShortByThePlanSaysWhichOfItsDatesAreCancelled() throws InterruptedException {
		TestChat coordinator = coordinator();
		importPlan(coordinator, Seeds.bytes("004"));
		TestChat arman = student("Арман", "ru", 8, "Б");
		Activity news = titled("Мектеп NEWS");
		registrations().joinSeries(seriesOf(news), arman.id(), arman.id());
		arman.remember();

		// the plan sent again runs the weekly news until December only
		String shorter = new String(Seeds.bytes("004"), StandardCharsets.UTF_8).lines()
			.map((line) -> line.contains("Мектеп NEWS")
					? line.replace("Аптасына 1 рет", "Аптасына 1 рет, 31 желтоқсанға дейін") : line)
			.reduce("", (all, line) -> all + line + "\n");
		importPlan(coordinator, shorter.getBytes(StandardCharsets.UTF_8));

		// 21 weeks from January to May are gone; the week of 29 December now ends on the
		// 31st, the plan's last day for it: one message says both
		SentMessage notice = arman.expect("notice.many-days-cancelled", news.title(), 21,
				"5 января 2026 – 31 мая 2026");
		assertThat(notice.text()).endsWith("\n" + arman.t("notice.one-day-moved", "29 декабря 2025 – 31 декабря 2025"));
		assertThat(notice.callbackButtons()).containsExactly(arman.t("reminder.cant-come"), arman.t("reminder.open"));
		allNoticesSent();
		assertThat(arman.fresh()).hasSize(1);
		List<Occurrence> left = coming(news);
		assertThat(left).hasSize(8)
			.last()
			.extracting(Occurrence::end)
			.isEqualTo(LocalDate.parse("2026-01-01").atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant());
		assertThat(this.own.birge()
			.mongo()
			.find(Query.query(Criteria.where("activityId")
				.is(news.id())
				.and("userId")
				.is(arman.id())
				.and("status")
				.is(Registration.Status.CONFIRMED)
				.and("end")
				.gt(this.clock.instant())), Registration.class))
			.extracting(Registration::occurrenceId)
			.containsExactlyInAnyOrderElementsOf(left.stream().map(Occurrence::id).toList());
	}

	@Test
	void aWeeklySeriesGivenATimeIsToldOnceNotForEachWeek() throws InterruptedException {
		TestChat coordinator = coordinator();
		importPlan(coordinator, withBloggers("әр апта сайын бейсенбіде"));
		TestChat dana = student("Дана", "kk", 3, "В");
		Activity bloggers = titled("жас блогерлер");
		assertThat(registrations().joinSeries(seriesOf(bloggers), dana.id(), dana.id()).confirmed()).isGreaterThan(20);
		dana.remember();

		importPlan(coordinator, withBloggers("әр апта сайын бейсенбіде, сағат 15:00"));

		// every Thursday moved to 15:00: one message, the new schedule, not one a week
		SentMessage notice = dana.expect("notice.series-changed", bloggers.title(),
				dana.t("when.series", dana.t("repeat.WEEKLY_ON.THURSDAY"), "13 қараша 2025, 15:00"));
		assertThat(notice.callbackButtons()).containsExactly(dana.t("reminder.open"));
		allNoticesSent();
		assertThat(dana.fresh()).hasSize(1);
		assertThat(this.own.birge()
			.mongo()
			.find(Query.query(Criteria.where("userId").is(dana.id()).and("status").is(Registration.Status.CONFIRMED)),
					Registration.class))
			.hasSize(coming(bloggers).size())
			.allSatisfy((registration) -> assertThat(registration.start().atZone(ZoneId.of("Asia/Almaty")).getHour())
				.isEqualTo(15));
	}

	@Test
	void twoWeeksOfASeriesGivenATimeAreToldTogetherWithTheirNewTimes() throws InterruptedException {
		TestChat coordinator = coordinator();
		importPlan(coordinator, withBloggers("әр апта сайын бейсенбіде"));
		TestChat timur = student("Тимур", "ru", 4, "А");
		Activity bloggers = titled("жас блогерлер");
		pick(timur, coming(bloggers).subList(1, 3));
		timur.remember();

		importPlan(coordinator, withBloggers("әр апта сайын бейсенбіде, сағат 15:00"));

		// the two Thursdays he chose, not the series he never joined
		timur.expect("notice.days-moved", bloggers.title(), "20 ноября 2025, 15:00; 27 ноября 2025, 15:00");
		allNoticesSent();
		assertThat(timur.fresh()).hasSize(1);
	}

	@Test
	void oneWaitingForEveryWeekOfASeriesGivenATimeHearsTheNewTimesNotThatTheyHoldEveryDate()
			throws InterruptedException {
		TestChat coordinator = coordinator();
		importPlan(coordinator, withDates("жарнамаларын жасау", "әр апта сайын бейсенбіде"));
		Activity posters = titled("жарнамаларын жасау");
		this.own.birge().bean(Activities.class).setCapacity(posters.id(), Optional.of(1));
		Registrations registrations = registrations();
		List<Listing> series = seriesOf(posters);
		TestChat first = student("Әлия", "kk", 6, "А");
		TestChat waiting = student("Нұрлан", "kk", 6, "Б");
		registrations.joinSeries(series, first.id(), first.id());
		assertThat(registrations.joinSeries(series, waiting.id(), waiting.id()).waitlisted()).isEqualTo(series.size());
		first.remember();
		waiting.remember();

		importPlan(coordinator, withDates("жарнамаларын жасау", "әр апта сайын бейсенбіде, сағат 15:00"));

		first.expect("notice.series-changed", posters.title(),
				first.t("when.series", first.t("repeat.WEEKLY_ON.THURSDAY"), "13 қараша 2025, 15:00"));
		String movedDays = waiting.t("notice.days-moved", posters.title(), "\u0000");
		SentMessage told = waiting.expectThat("the new times",
				(m) -> m.text().startsWith(movedDays.substring(0, movedDays.indexOf('\u0000'))));
		assertThat(told.text()).contains("13 қараша 2025, 15:00; 20 қараша 2025, 15:00")
			.contains(waiting.t("notice.more-days", series.size() - 5));
		allNoticesSent();
		assertThat(first.fresh()).hasSize(1);
		assertThat(waiting.fresh()).hasSize(1);
	}

	@Test
	void aSeriesCutShortAndGivenATimeIsToldInOneMessage() throws InterruptedException {
		TestChat coordinator = coordinator();
		importPlan(coordinator, withDates("NEWS", "әр апта сайын бейсенбіде"));
		TestChat erzhan = student("Ержан", "ru", 9, "А");
		Activity news = titled("Мектеп NEWS");
		registrations().joinSeries(seriesOf(news), erzhan.id(), erzhan.id());
		erzhan.remember();

		importPlan(coordinator, withDates("NEWS", "каждый четверг до 25 декабря, 15:00"));

		// January to May gone, the seven Thursdays left at 15:00: one message says both
		SentMessage notice = erzhan.expect("notice.many-days-cancelled", news.title(), 22,
				"1 января 2026 – 28 мая 2026");
		assertThat(notice.text()).contains("\n" + erzhan.t("notice.other-days-moved",
				"13 ноября 2025, 15:00; 20 ноября 2025, 15:00; 27 ноября 2025, 15:00; 4 декабря 2025, 15:00; "
						+ "11 декабря 2025, 15:00 " + erzhan.t("notice.more-days", 2)));
		allNoticesSent();
		assertThat(erzhan.fresh()).hasSize(1);
	}

	private TestChat student(String name, String language, int grade, String letter) {
		return this.own.member(name, language, Role.STUDENT, Optional.of(new SchoolClass(grade, letter)), "lyceum2");
	}

	private Registrations registrations() {
		return this.own.birge().bean(Registrations.class);
	}

	/** The series of an activity's coming dates, as a student joins it. */
	private List<Listing> seriesOf(Activity activity) {
		Catalogue catalogue = this.own.birge().bean(Catalogue.class);
		return catalogue.series(catalogue.listing(coming(activity).get(0).id()).orElseThrow());
	}

	/** Signs a student up for each of these dates alone. */
	private void pick(TestChat student, List<Occurrence> dates) {
		Catalogue catalogue = this.own.birge().bean(Catalogue.class);
		dates.forEach((date) -> registrations().signUp(catalogue.listing(date.id()).orElseThrow(), student.id(),
				student.id()));
	}

	private TestChat coordinator() {
		return this.own.member("Жанар", "kk", Role.COORDINATOR, Optional.empty(), "lyceum2");
	}

	/** The activity of this organisation whose title has these words. */
	private Activity titled(String words) {
		return this.own.birge().mongo().findOne(Query.query(Criteria.where("title").regex(words)), Activity.class);
	}

	/**
	 * Waits (up to 5 s) until the outbox has sent every notice: one a second to a chat, a
	 * notice a week would still be queued.
	 */
	private void allNoticesSent() throws InterruptedException {
		OutboundQueue outbox = this.own.birge().bean(OutboundQueue.class);
		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (outbox.depth() > 0 && System.nanoTime() < until) {
			Thread.sleep(50);
		}
		assertThat(outbox.depth()).as("notices still queued").isZero();
		this.own.api().awaitIdle();
	}

	private static byte[] withBloggers(String dates) {
		return withDates("жас блогерлер", dates);
	}

	/**
	 * The plan with the weekly activity whose row has the given words held on the given
	 * dates.
	 */
	private static byte[] withDates(String row, String dates) {
		return new String(Seeds.bytes("004"), StandardCharsets.UTF_8).lines()
			.map((line) -> line.contains(row) ? line.replace("Аптасына 1 рет", dates) : line)
			.reduce("", (all, line) -> all + line + "\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private void importPlan(TestChat coordinator, byte[] plan) {
		coordinator.remember();
		coordinator.sendFile("plan004.txt", plan);
		SentMessage preview = coordinator.expect("import.preview.question");
		coordinator.tap(preview, coordinator.t("import.confirm"));
		coordinator.expectThat("the plan imported",
				(m) -> m.messageId() == preview.messageId() && !m.text().equals(preview.text()));
	}

	private Activity cleanUp() {
		return this.own.birge().mongo().findOne(Query.query(Criteria.where("title").is(CLEAN_SCHOOL)), Activity.class);
	}

	private List<Occurrence> coming(Activity activity) {
		Instant now = this.clock.instant();
		return this.own.birge()
			.mongo()
			.find(Query.query(Criteria.where("activityId").is(activity.id())), Occurrence.class)
			.stream()
			.filter((occurrence) -> !occurrence.cancelled() && occurrence.end().isAfter(now))
			.sorted((a, b) -> a.start().compareTo(b.start()))
			.toList();
	}

}
