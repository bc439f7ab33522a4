package kz.birge.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Campaigns;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.catalog.PlanStore;
import kz.birge.signup.Registrations;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a teacher may mark a roster, as the test clock moves through the days: from an
 * hour before a timed activity starts, from the start of an all-day activity's day, until
 * the end of the campaign's report deadline, or 30 days after the activity when no
 * deadline follows it. Outside that the teacher is told when marking opens or that it
 * closed, and nothing is recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarkingWindowTests {

	/** Monday 23 November 2026, 09:00 in Almaty. */
	private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T04:00:00Z");

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	/** The debate: Wednesday 25 November 2026, 15:00 to 17:00 in Almaty. */
	private static final LocalDateTime DEBATE = LocalDateTime.of(2026, 11, 25, 15, 0);

	/** The clean-up: all of Thursday 26 November 2026. */
	private static final LocalDate CLEAN_UP_DAY = LocalDate.of(2026, 11, 26);

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
	void aTimedActivityIsMarkedFromAnHourBeforeItsStart() {
		School school = school();
		at(DEBATE.minusHours(1).minusMinutes(1));
		SentMessage roster = open(school.teacher(), "25.11", "Дебат");
		assertThat(roster.text()).contains(school.teacher().t("roster.opens-at", "25 қараша 2026, 14:00"));
		school.teacher().tap(roster, "Айдана");
		school.teacher().expect("roster.not-open-yet", "25 қараша 2026, 14:00");
		assertThat(marks(school.debate())).isEmpty();

		at(DEBATE.minusHours(1));
		school.teacher().tap(roster, "Айдана");
		school.teacher()
			.expectThat("Айдана present", (m) -> m.messageId() == roster.messageId()
					&& m.text().contains(school.teacher().t("roster.summary", 1, 1, 1, 1)));
		assertThat(marks(school.debate())).containsExactly(Attendance.Mark.PRESENT);
	}

	@Test
	void anAllDayActivityIsMarkedFromTheStartOfItsDay() {
		School school = school();
		at(CLEAN_UP_DAY.atStartOfDay().minusMinutes(1));
		SentMessage roster = open(school.teacher(), "26.11", "Тазалық");
		school.teacher().tap(roster, "Айдана");
		school.teacher().expect("roster.not-open-yet", "26 қараша 2026, 00:00");
		assertThat(marks(school.cleanUp())).isEmpty();

		at(CLEAN_UP_DAY.atStartOfDay());
		school.teacher().tap(roster, "Айдана");
		school.teacher()
			.expectThat("Айдана present", (m) -> m.messageId() == roster.messageId()
					&& m.text().contains(school.teacher().t("roster.summary", 1, 1, 1, 1)));
		assertThat(marks(school.cleanUp())).containsExactly(Attendance.Mark.PRESENT);
	}

	@Test
	void markingClosesAtTheEndOfTheReportDeadline() {
		School school = school();
		reportDue(school, LocalDate.of(2026, 11, 27));
		at(LocalDate.of(2026, 11, 27).atTime(23, 59));
		SentMessage roster = open(school.teacher(), "25.11", "Дебат");
		school.teacher().tap(roster, "Айдана");
		school.teacher()
			.expectThat("Айдана present", (m) -> m.messageId() == roster.messageId()
					&& m.text().contains(school.teacher().t("roster.summary", 1, 1, 1, 1)));

		at(LocalDate.of(2026, 11, 28).atStartOfDay());
		school.teacher().tap(roster, "Айдана");
		school.teacher().expect("roster.locked", "27 қараша 2026");
		assertThat(marks(school.debate())).containsExactly(Attendance.Mark.PRESENT);
	}

	@Test
	void withoutADeadlineMarkingClosesThirtyDaysAfterTheActivity() {
		School school = school();
		LocalDateTime end = DEBATE.plusHours(2);
		at(end.plusDays(30).minusMinutes(1));
		SentMessage roster = open(school.teacher(), "25.11", "Дебат");
		school.teacher().tap(roster, "Айдана");
		school.teacher()
			.expectThat("Айдана present", (m) -> m.messageId() == roster.messageId()
					&& m.text().contains(school.teacher().t("roster.summary", 1, 1, 1, 1)));

		at(end.plusDays(30));
		school.teacher().tap(roster, "Айдана");
		school.teacher().expect("roster.locked-no-deadline", "25 желтоқсан 2026");
		assertThat(marks(school.debate())).containsExactly(Attendance.Mark.PRESENT);
	}

	// ------------------------------------------------------------------ fixtures

	/**
	 * A school of its own: a debate on Wednesday and an all-day clean-up on Thursday,
	 * Айдана (7А) signed up for both, and their teacher.
	 */
	private School school() {
		String id = "window" + SCHOOLS.incrementAndGet();
		this.own.birge().bean(Organisations.class).save(new Organisation(id, "Көкшетау №2 мектеп-лицей"));
		Instant debateStart = DEBATE.atZone(ALMATY).toInstant();
		Occurrence debate = occurrence(id, "Дебат", debateStart, debateStart.plus(Duration.ofHours(2)), false);
		Instant day = CLEAN_UP_DAY.atStartOfDay(ALMATY).toInstant();
		Occurrence cleanUp = occurrence(id, "Тазалық", day, day.plus(Duration.ofDays(1)), true);
		TestChat aidana = this.own.member("Айдана", "kk", Role.STUDENT, Optional.of(new SchoolClass(7, "А")), id);
		Registrations registrations = this.own.birge().bean(Registrations.class);
		Catalogue catalogue = this.own.birge().bean(Catalogue.class);
		for (Occurrence occurrence : List.of(debate, cleanUp)) {
			registrations.signUp(catalogue.listing(occurrence.id()).orElseThrow(), aidana.id(), aidana.id());
		}
		TestChat teacher = this.own.member("Гүлмира", "kk", Role.TEACHER, Optional.empty(), id);
		return new School(id, debate, cleanUp, teacher);
	}

	private Occurrence occurrence(String school, String title, Instant start, Instant end, boolean allDay) {
		Activities activities = this.own.birge().bean(Activities.class);
		Activity activity = activities.create(new Activities.NewActivity(school, title, Optional.empty(), start, end,
				allDay, Optional.empty(), new Audience(List.of(new GradeRange(5, 11)), Set.of(Category.STUDENTS)),
				Optional.empty(), "Күзгі жоспар"));
		return activities.occurrences(activity.id()).get(0);
	}

	/** The school's campaign with a report due on {@code deadline}. */
	private void reportDue(School school, LocalDate deadline) {
		Campaign campaign = this.own.birge().bean(Campaigns.class).find(school.debate().campaignId()).orElseThrow();
		this.own.birge()
			.bean(PlanStore.class)
			.saveCampaign(new Campaign(campaign.id(), campaign.organisationId(), campaign.title(), campaign.key(),
					campaign.start(), campaign.end(), List.of(deadline), null, campaign.sourceFile(),
					campaign.importedAt()));
	}

	/** "/roster 25.11", then the activity: its roster as the teacher sees it. */
	private SentMessage open(TestChat teacher, String day, String title) {
		teacher.send("/roster " + day);
		SentMessage choice = teacher.expectThat("the day's activities",
				(m) -> m.callbackButtons().stream().anyMatch((button) -> button.contains(title)));
		teacher.tap(choice, title);
		return teacher.expectThat("the roster of " + title,
				(m) -> m.messageId() == choice.messageId() && m.text().startsWith(title));
	}

	/** The test clock at this time in Almaty. */
	private void at(LocalDateTime time) {
		this.clock.set(time.atZone(ALMATY).toInstant());
	}

	private List<Attendance.Mark> marks(Occurrence occurrence) {
		return this.own.birge()
			.bean(Attendances.class)
			.roster(occurrence)
			.stream()
			.flatMap((line) -> line.mark().stream())
			.toList();
	}

	private record School(String id, Occurrence debate, Occurrence cleanUp, TestChat teacher) {
	}

}
