package kz.birge.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import kz.birge.indicators.Counters;
import kz.birge.signup.Registrations;
import kz.birge.signup.SignUpResult;
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
 * /roster over a whole campaign: it opens on today's activities, pages back through every
 * earlier one, and finds one by a typed day; a teacher corrects a roster of six weeks
 * ago; after the campaign's report deadline a teacher is told that a coordinator must
 * confirm, and a coordinator confirms before the roster can change.
 *
 * <p>
 * Each test has a school of its own: its debate club met on Monday 19 October 2026, six
 * weeks before the test clock's Monday 30 November, and its duty rota fills the days
 * between, more than a page of the choice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignRostersTests {

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	/** Monday 30 November 2026, 09:00 in Almaty. */
	private static final Instant NOW = Instant.parse("2026-11-30T04:00:00Z");

	/** The debate club's meeting: Monday 19 October 2026, 15:00 in Almaty. */
	private static final Instant DEBATE = LocalDate.of(2026, 10, 19).atTime(15, 0).atZone(ALMATY).toInstant();

	private static final String DEBATE_CLUB = "Дебат клубы";

	private static final String DUTY = "Кезекшілік";

	private static final String TODAY = "Бүгінгі сенбілік";

	private static final AtomicInteger SCHOOLS = new AtomicInteger();

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(NOW);
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class);
	}

	@BeforeEach
	void resetClock() {
		this.clock.set(NOW);
	}

	@AfterAll
	void stop() {
		this.clock.set(NOW);
		this.own.close();
	}

	@Test
	void aTeacherPagesBackSixWeeksAndCorrectsTheRoster() {
		School school = schoolWithAnAutumnOfActivities();
		// the report that covers the debate club is due at the month's end: its roster is
		// still open (without a deadline it would have closed 30 days after)
		reportDue(school, LocalDate.of(2026, 11, 30));
		TestChat teacher = teacherOf(school);

		teacher.send("/roster");
		SentMessage choice = teacher.expect("roster.choose");
		assertThat(choice.callbackButtons()).anyMatch((b) -> b.contains(TODAY))
			.noneMatch((b) -> b.contains(DEBATE_CLUB))
			.noneMatch((b) -> b.contains(DUTY));
		SentMessage page = choice;
		int pagesBack = 0;
		while (page.callbackButtons().stream().noneMatch((b) -> b.contains(DEBATE_CLUB))) {
			assertThat(pagesBack++).as("pages back").isLessThan(5);
			String before = page.text();
			teacher.tap(page, teacher.t("roster.earlier"));
			page = teacher.expectThat("an earlier page",
					(m) -> m.messageId() == choice.messageId() && !m.text().equals(before));
		}
		assertThat(pagesBack).as("the debate club is more than a page back").isGreaterThan(1);

		teacher.tap(page, DEBATE_CLUB);
		SentMessage roster = teacher.expectThat("the debate club's roster",
				(m) -> m.messageId() == choice.messageId() && m.text().startsWith(DEBATE_CLUB));
		assertThat(roster.text()).contains(teacher.t("roster.summary", 0, 1, 1, 1));
		assertThat(roster.callbackButtons()).anyMatch((b) -> b.startsWith("❌") && b.contains("Аружан"));
		teacher.tap(roster, "Аружан");
		teacher.expectThat("Аружан present", (m) -> m.messageId() == choice.messageId()
				&& m.text().contains(teacher.t("roster.summary", 1, 1, 1, 1)));

		assertThat(counters().occurrence(school.debate().id()).participants()).isEqualTo(1);
		assertThat(attendances().roster(school.debate())).singleElement()
			.satisfies((line) -> assertThat(line.mark()).contains(Attendance.Mark.PRESENT));
	}

	@Test
	void aTypedDayFindsItsActivitiesWithTheCommandOrTheButton() {
		School school = schoolWithAnAutumnOfActivities();
		TestChat teacher = teacherOf(school);

		teacher.send("/roster 19.10");
		SentMessage found = teacher.expect("roster.choose-on-day", "19 қазан 2026");
		assertThat(found.callbackButtons()).anyMatch((b) -> b.contains(DEBATE_CLUB)).noneMatch((b) -> b.contains(DUTY));

		teacher.send("/roster");
		teacher.tap(teacher.expect("roster.choose"), teacher.t("roster.by-day"));
		teacher.expect("roster.ask-day");
		teacher.send("отыз бірінші");
		teacher.expect("roster.bad-day", "отыз бірінші");
		teacher.send("19 қазанда");
		SentMessage byButton = teacher.expect("roster.choose-on-day", "19 қазан 2026");
		teacher.tap(byButton, DEBATE_CLUB);
		teacher.expectThat("the debate club's roster",
				(m) -> m.messageId() == byButton.messageId() && m.text().startsWith(DEBATE_CLUB));

		teacher.send("/roster 20.10");
		assertThat(teacher.expect("roster.choose-on-day", "20 қазан 2026").callbackButtons())
			.noneMatch((b) -> b.contains(DEBATE_CLUB));
	}

	@Test
	void pastTheReportDeadlineATeacherIsToldAndACoordinatorConfirmsFirst() {
		School school = schoolWithAnAutumnOfActivities();
		reportDue(school, LocalDate.of(2026, 10, 25));
		TestChat teacher = teacherOf(school);

		SentMessage roster = openDebate(teacher);
		assertThat(roster.text()).contains(teacher.t("roster.past-deadline", "25 қазан 2026"));
		teacher.tap(roster, "Аружан");
		teacher.expect("roster.locked", "25 қазан 2026");
		this.own.api().awaitIdle();
		assertThat(attendances().roster(school.debate())).singleElement()
			.satisfies((line) -> assertThat(line.mark()).contains(Attendance.Mark.ABSENT));

		TestChat coordinator = person("Әлия", Role.COORDINATOR, Optional.empty(), school.id());
		coordinator.send("/roster 19.10");
		SentMessage choice = coordinator.expect("roster.choose-on-day", "19 қазан 2026");
		coordinator.tap(choice, DEBATE_CLUB);
		SentMessage confirm = coordinator.expectThat("the confirmation first",
				(m) -> m.messageId() == choice.messageId()
						&& m.text().contains(coordinator.t("roster.past-deadline-confirm", "25 қазан 2026")));
		assertThat(confirm.callbackButtons()).containsExactly(coordinator.t("roster.confirm-correction"));
		coordinator.tap(confirm, coordinator.t("roster.confirm-correction"));
		coordinator.expectThat("the roster", (m) -> m.messageId() == choice.messageId()
				&& m.text().contains(coordinator.t("roster.summary", 0, 1, 1, 1)));

		SentMessage reopened = openDebate(teacher);
		teacher.tap(reopened, "Аружан");
		teacher.expectThat("Аружан present", (m) -> m.messageId() == reopened.messageId()
				&& m.text().contains(teacher.t("roster.summary", 1, 1, 1, 1)));
		assertThat(counters().occurrence(school.debate().id()).participants()).isEqualTo(1);
	}

	// ------------------------------------------------------------------ fixtures

	/**
	 * A school of its own: Аружан (8А) signed up for the debate club of 19 October and
	 * was marked absent; a duty every three days from 20 October to 29 November; a
	 * clean-up today.
	 */
	private School schoolWithAnAutumnOfActivities() {
		String id = "rosters" + SCHOOLS.incrementAndGet();
		this.own.birge().bean(Organisations.class).save(new Organisation(id, "Көкшетау №2 мектеп-лицей"));
		Activity debate = activity(id, DEBATE_CLUB, DEBATE);
		List<Activity> others = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2026, 10, 20); day
			.isBefore(LocalDate.of(2026, 11, 30)); day = day.plusDays(3)) {
			others.add(activity(id, DUTY + " " + day.getDayOfMonth() + "." + day.getMonthValue(),
					day.atTime(8, 0).atZone(ALMATY).toInstant()));
		}
		activity(id, TODAY, NOW.plus(Duration.ofHours(6)));
		Occurrence occurrence = this.own.birge().bean(Activities.class).occurrences(debate.id()).get(0);

		this.clock.set(DEBATE.minus(Duration.ofDays(2)));
		TestChat aruzhan = person("Аружан", Role.STUDENT, Optional.of(new SchoolClass(8, "А")), id);
		SignUpResult result = this.own.birge()
			.bean(Registrations.class)
			.signUp(this.own.birge().bean(Catalogue.class).listing(occurrence.id()).orElseThrow(), aruzhan.id(),
					aruzhan.id());
		assertThat(result.outcome()).isEqualTo(SignUpResult.Outcome.CONFIRMED);
		this.clock.set(DEBATE.plus(Duration.ofHours(1)));
		TestChat teacher = teacherOf(id);
		attendances().mark(occurrence, aruzhan.id(), Attendance.Mark.ABSENT, teacher.id());
		this.clock.set(NOW);
		return new School(id, occurrence);
	}

	private Activity activity(String school, String title, Instant start) {
		return this.own.birge()
			.bean(Activities.class)
			.create(new Activities.NewActivity(school, title, Optional.empty(), start, start.plus(Duration.ofHours(2)),
					false, Optional.empty(), new Audience(List.of(new GradeRange(5, 11)), Set.of(Category.STUDENTS)),
					Optional.empty(), "Күзгі жоспар"));
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

	private TestChat teacherOf(School school) {
		return teacherOf(school.id());
	}

	private TestChat teacherOf(String school) {
		return person("Гүлмира", Role.TEACHER, Optional.empty(), school);
	}

	private TestChat person(String name, Role role, Optional<SchoolClass> schoolClass, String organisation) {
		return this.own.member(name, "kk", role, schoolClass, organisation);
	}

	/** "/roster 19.10", then the debate club: its roster as the person sees it. */
	private SentMessage openDebate(TestChat person) {
		person.send("/roster 19.10");
		SentMessage choice = person.expect("roster.choose-on-day", "19 қазан 2026");
		person.tap(choice, DEBATE_CLUB);
		return person.expectThat("the debate club's roster",
				(m) -> m.messageId() == choice.messageId() && m.text().startsWith(DEBATE_CLUB));
	}

	private Attendances attendances() {
		return this.own.birge().bean(Attendances.class);
	}

	private Counters counters() {
		return this.own.birge().bean(Counters.class);
	}

	/** A school of its own and its debate club's meeting of 19 October. */
	private record School(String id, Occurrence debate) {
	}

}
