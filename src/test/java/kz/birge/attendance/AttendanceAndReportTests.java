package kz.birge.attendance;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.catalog.PlanStore;
import kz.birge.indicators.Counters;
import kz.birge.indicators.IndicatorValues;
import kz.birge.indicators.Recount;
import kz.birge.indicators.Targets;
import kz.birge.signup.Registrations;
import kz.birge.signup.SignUpResult;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Attendance and what is made of it: students sign up and a teacher marks who came, adds
 * walk-ins by name and as a group's headcount, and records the indicators and their
 * evidence; a coordinator's report shows exactly those figures, in chat, in the .xlsx and
 * as a chart; a correction changes the totals exactly; the counters agree with a recount;
 * a student's crafted roster button changes nothing; a question left for longer than a
 * conversation waits is dropped before a later message can be taken as its answer.
 *
 * <p>
 * Each test has a school of its own, so that its campaign's counts stay apart from the
 * other tests'.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceAndReportTests {

	/**
	 * Where the test clock starts each test: Monday 23 November 2026, 09:00 in Almaty.
	 */
	private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T04:00:00Z");

	private static final String CLEAN_UP = "Мектеп ауласын тазалау";

	private static final String CAMPAIGN = "Таза аула";

	private static final String FRACTION = "ЭКОЛОГИЯ ФРАКЦИЯСЫ";

	private static final String BRANCH = "Көкшетау";

	private static final String EVIDENCE = "https://instagram.com/p/taza-aula";

	/** The indicators the school's plan gives the clean-up. */
	private static final List<IndicatorSpec> INDICATORS = List.of(
			new IndicatorSpec(Metric.LITTER_COLLECTED, "Жиналған қоқыс көлемі (тонна)"),
			new IndicatorSpec(Metric.TREES_PLANTED, "Отырғызылған жасыл желектер саны"),
			new IndicatorSpec(Metric.PARTICIPANTS, "қатысушылар саны"));

	/** The students who sign up, in this order. */
	private static final List<Student> STUDENTS = List.of(new Student("Айдана", new SchoolClass(7, "А")),
			new Student("Бекзат", new SchoolClass(8, "Б")), new Student("Дана", new SchoolClass(8, "Б")));

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

	// ------------------------------------------------------------------ marking who came

	@Test
	void studentsWhoSignUpFromTheCardAreOnTheRosterAndTheTeacherMarksWhoCame() {
		CleanUp cleanUp = schoolWithACleanUp();
		List<TestChat> students = new ArrayList<>();
		for (Student student : STUDENTS) {
			TestChat chat = student(student, cleanUp);
			chat.send("/start ev_" + cleanUp.occurrence().id());
			chat.tap(chat.expectThat("the card", (m) -> m.text().startsWith(CLEAN_UP)), chat.t("card.sign-up"));
			chat.expect("card.you-are-in");
			students.add(chat);
		}
		duringTheCleanUp(cleanUp);
		TestChat teacher = teacherOf(cleanUp);

		SentMessage roster = openRoster(teacher);
		assertThat(roster.callbackButtons()).anyMatch((b) -> b.contains("Айдана"))
			.anyMatch((b) -> b.contains("Бекзат"))
			.anyMatch((b) -> b.contains("Дана"));
		assertThat(roster.text()).contains(teacher.t("roster.summary", 0, 3, 1, 1));
		teacher.tap(roster, "Айдана");
		SentMessage afterFirst = teacher.expectThat("one present", (m) -> m.messageId() == roster.messageId()
				&& m.text().contains(teacher.t("roster.summary", 1, 3, 1, 1)));
		teacher.tap(afterFirst, "Бекзат");
		teacher.expectThat("two present", (m) -> m.messageId() == roster.messageId()
				&& m.text().contains(teacher.t("roster.summary", 2, 3, 1, 1)));

		Counters.Counted campaign = counters().campaign(cleanUp.campaignId());
		assertThat(campaign.participants()).isEqualTo(2);
		assertThat(campaign.unique()).isEqualTo(2);
		assertThat(campaign.classes()).isEqualTo(2);
		assertThat(campaign.schools()).isEqualTo(1);
		assertThat(attendances().roster(cleanUp.occurrence()))
			.extracting(Attendances.Line::name, (line) -> line.mark().orElse(null))
			.containsExactly(tuple("Айдана, 7А", Attendance.Mark.PRESENT), tuple("Бекзат, 8Б", Attendance.Mark.PRESENT),
					tuple("Дана, 8Б", null));

		TestChat aidana = students.get(0);
		aidana.send("/my");
		aidana.expect("my.record", 1, 1, 1);
		aidana.expect("my.badge.FIRST");
	}

	@Test
	void walkInsAreAddedByNameAndAsAGroupsHeadcount() {
		CleanUp cleanUp = schoolWithACleanUp();
		List<TestChat> students = studentsSignedUp(cleanUp, 3);
		duringTheCleanUp(cleanUp);
		TestChat teacher = teacherOf(cleanUp);
		present(cleanUp, teacher, students.get(0), students.get(1));

		SentMessage roster = openRoster(teacher);
		assertThat(roster.text()).contains(teacher.t("roster.summary", 2, 3, 1, 1));
		teacher.tap(roster, teacher.t("roster.walk-ins"));
		teacher.expect("roster.ask-walk-ins");
		teacher.send("14 бала");
		teacher.expect("roster.bad-walk-ins", "14 бала");
		this.own.api().awaitIdle();
		assertThat(counters().occurrence(cleanUp.occurrence().id()).participants()).isEqualTo(2);
		// the question is still open: the next message is its answer
		teacher.send("парк қызметкерлері: 14\nАсқар Жанұзақов");
		teacher.expect("roster.walk-ins-added", 2);
		SentMessage withWalkIns = teacher.expectThat("17 present",
				(m) -> m.text().contains(teacher.t("roster.summary", 17, 5, 1, 1)));
		assertThat(withWalkIns.callbackButtons())
			.anyMatch((b) -> b.contains(teacher.t("roster.line-group", "✅", "парк қызметкерлері", 14)))
			.anyMatch((b) -> b.contains("Асқар Жанұзақов"));

		assertThat(attendances().roster(cleanUp.occurrence())).filteredOn((line) -> line.userId().isEmpty())
			.extracting(Attendances.Line::name, Attendances.Line::headcount)
			.containsExactlyInAnyOrder(tuple("парк қызметкерлері", 14L), tuple("Асқар Жанұзақов", 1L));
		Counters.Counted campaign = counters().campaign(cleanUp.campaignId());
		assertThat(campaign.participants()).isEqualTo(17);
		assertThat(campaign.unique()).isEqualTo(17);
		assertThat(campaign.classes()).isEqualTo(2);
		assertThat(campaign.schools()).isEqualTo(1);
	}

	// ------------------------------------------------------------------ indicators

	@Test
	void aTeacherRecordsTheIndicatorsAndTheEvidenceAndABadAnswerKeepsTheQuestionOpen() {
		CleanUp cleanUp = schoolWithACleanUp();
		duringTheCleanUp(cleanUp);
		TestChat teacher = teacherOf(cleanUp);

		teacher.tap(openRoster(teacher), teacher.t("roster.indicators"));
		teacher.expect("indicators.ask", teacher.t("metric.LITTER_COLLECTED"), "tonnes");
		teacher.send("-1");
		teacher.expect("indicators.negative");
		teacher.send("бір жарым");
		teacher.expect("indicators.not-a-number", "бір жарым");
		teacher.send("50000");
		teacher.expect("indicators.too-large", new BigDecimal("10000"));
		this.own.api().awaitIdle();
		assertThat(indicatorValues().of(cleanUp.occurrence().id())).isEmpty();
		teacher.send("1,5");
		teacher.expect("indicators.ask", teacher.t("metric.TREES_PLANTED"), "pieces");
		teacher.send("12");
		SentMessage evidence = teacher.expect("indicators.ask-evidence");
		teacher.send("сілтеме жоқ");
		teacher.expect("indicators.bad-link");
		teacher.send(EVIDENCE);
		teacher.expect("indicators.evidence-added");
		teacher.tap(evidence, teacher.t("indicators.done"));
		teacher.expect("indicators.saved");

		assertThat(indicatorValues().of(cleanUp.occurrence().id())).hasSize(2)
			.hasEntrySatisfying("LITTER_COLLECTED", (value) -> assertThat(value).isEqualByComparingTo("1.5"))
			.hasEntrySatisfying("TREES_PLANTED", (value) -> assertThat(value).isEqualByComparingTo("12"));
		assertThat(indicatorValues().evidenceLinks(cleanUp.campaignId()))
			.containsExactly(Map.entry(cleanUp.occurrence().id(), List.of(EVIDENCE)));
		Counters.Counted campaign = counters().campaign(cleanUp.campaignId());
		assertThat(campaign.metric("LITTER_COLLECTED")).isEqualByComparingTo("1.5");
		assertThat(campaign.metric("TREES_PLANTED")).isEqualByComparingTo("12");
	}

	// ------------------------------------------------------------------ the report

	@Test
	void aCoordinatorsReportGivesTheSummaryTheWorkbookAndTheChartWithTheRecordedFigures() throws Exception {
		CleanUp cleanUp = cleanUpWithItsFiguresRecorded().cleanUp();
		TestChat coordinator = coordinatorOf(cleanUp);

		SentMessage summary = openReport(coordinator);
		assertThat(summary.text())
			.contains(coordinator.t("metric.LITTER_COLLECTED") + ": "
					+ coordinator.t("report.amount", new BigDecimal("1.5"), "tonnes"))
			.contains(coordinator.t("metric.TREES_PLANTED") + ": " + coordinator.t("report.amount", 12, "pieces"))
			.contains(coordinator.t("report.summary.participants") + ": 17")
			.contains(coordinator.t("report.summary.unique") + ": 17")
			.contains(FRACTION);
		SentMessage workbook = coordinator.expectThat("the workbook",
				(m) -> m.document().map((d) -> d.fileName().endsWith(".xlsx")).orElse(false));
		SentMessage chart = coordinator.expectThat("the chart",
				(m) -> m.document().map((d) -> d.fileName().endsWith(".png")).orElse(false));
		assertThat(ImageIO.read(new ByteArrayInputStream(chart.document().get().bytes()))).isNotNull();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.document().get().bytes()))) {
			Sheet occurrences = book.getSheet(coordinator.t("report.sheet.occurrences"));
			Row header = occurrences.getRow(0);
			Row row = occurrences.getRow(1);
			assertThat(cell(row, header, coordinator.t("report.column.participants")).getNumericCellValue())
				.isEqualTo(17);
			assertThat(cell(row, header,
					coordinator.t("report.column.metric", coordinator.t("metric.LITTER_COLLECTED"), "tonnes"))
				.getNumericCellValue()).isEqualTo(1.5);
			assertThat(cell(row, header,
					coordinator.t("report.column.metric", coordinator.t("metric.TREES_PLANTED"), "pieces"))
				.getNumericCellValue()).isEqualTo(12);
			assertThat(cell(row, header, coordinator.t("report.column.evidence")).getStringCellValue())
				.contains(EVIDENCE);
			assertThat(cell(row, header, coordinator.t("report.column.date")).getCellType())
				.isEqualTo(CellType.NUMERIC);
			assertThat(book.getSheet(coordinator.t("report.sheet.by-fraction"))).isNotNull();
			assertThat(book.getSheet(coordinator.t("report.sheet.by-month"))).isNotNull();
			assertThat(book.getSheet(coordinator.t("report.sheet.by-branch")).getRow(1).getCell(0).getStringCellValue())
				.isEqualTo(BRANCH);
		}
	}

	@Test
	void targetsSetFromTheReportShowTheShareReached() {
		Recorded recorded = cleanUpWithItsFiguresRecorded();
		CleanUp cleanUp = recorded.cleanUp();
		// Бекзат did not come after all: 16 of a target of 20 is 80%
		attendances().mark(cleanUp.occurrence(), recorded.students().get(1).id(), Attendance.Mark.ABSENT,
				recorded.teacher().id());
		TestChat coordinator = coordinatorOf(cleanUp);

		SentMessage summary = openReport(coordinator);
		coordinator.tap(summary, coordinator.t("report.set-target"));
		coordinator.tap(coordinator.expect("report.choose-target"), coordinator.t("metric.PARTICIPANTS"));
		coordinator.expect("report.ask-target");
		coordinator.send("0");
		coordinator.expect("report.bad-target");
		coordinator.send("20");
		coordinator.expect("report.target-saved", "20");
		coordinator.tap(summary, coordinator.t("report.set-target"));
		coordinator.tap(coordinator.expect("report.choose-target"), coordinator.t("report.activity-target"));
		coordinator.tap(coordinator.expect("report.choose-activity"), "Мектеп ауласын");
		coordinator.expect("report.ask-activity-target", CLEAN_UP);
		coordinator.send("20");
		coordinator.expect("report.target-saved", "20");

		assertThat(targets().of(Targets.campaign(cleanUp.campaignId()))).hasEntrySatisfying("PARTICIPANTS",
				(target) -> assertThat(target).isEqualByComparingTo("20"));
		assertThat(targets().of(Targets.activity(cleanUp.activity().id()))).hasEntrySatisfying("PARTICIPANTS",
				(target) -> assertThat(target).isEqualByComparingTo("20"));
		SentMessage withTargets = openReport(coordinator);
		assertThat(withTargets.text())
			.contains(coordinator.t("report.line.total-target", coordinator.t("metric.PARTICIPANTS"),
					coordinator.t("report.amount", 16, "people"), 20, 80))
			.contains(CLEAN_UP + ": " + coordinator.t("report.activity-target-line", 16, 20, 80));
	}

	// ------------------------------------------------------------------ corrections and
	// recounts

	@Test
	void aCorrectionOnTheRosterAndInTheIndicatorsChangesTheTotalsExactly() {
		Recorded recorded = cleanUpWithItsFiguresRecorded();
		CleanUp cleanUp = recorded.cleanUp();
		TestChat teacher = recorded.teacher();

		// Бекзат did not come after all, and it was 2 tonnes
		SentMessage roster = openRoster(teacher);
		assertThat(roster.text()).contains(teacher.t("roster.summary", 17, 5, 1, 1));
		teacher.tap(roster, "Бекзат");
		teacher.expectThat("16 present", (m) -> m.messageId() == roster.messageId()
				&& m.text().contains(teacher.t("roster.summary", 16, 5, 1, 1)));
		teacher.tap(roster, teacher.t("roster.indicators"));
		teacher.expect("indicators.current", teacher.t("report.amount", new BigDecimal("1.5"), "tonnes"));
		teacher.send("2");
		SentMessage trees = teacher.expect("indicators.ask", teacher.t("metric.TREES_PLANTED"), "pieces");
		teacher.tap(trees, teacher.t("indicators.skip"));
		teacher.tap(teacher.expect("indicators.ask-evidence"), teacher.t("indicators.done"));
		teacher.expect("indicators.saved");

		Counters.Counted campaign = counters().campaign(cleanUp.campaignId());
		assertThat(campaign.participants()).isEqualTo(16);
		assertThat(campaign.unique()).isEqualTo(16);
		assertThat(campaign.classes()).isEqualTo(1);
		assertThat(campaign.schools()).isEqualTo(1);
		assertThat(campaign.metric("LITTER_COLLECTED")).isEqualByComparingTo("2");
		assertThat(campaign.metric("TREES_PLANTED")).isEqualByComparingTo("12");
		assertThat(counters().activity(cleanUp.activity().id()).participants()).isEqualTo(16);
		assertThat(recount().check(cleanUp.campaignId())).isEmpty();

		TestChat coordinator = coordinatorOf(cleanUp);
		assertThat(openReport(coordinator).text())
			.contains(coordinator.t("metric.LITTER_COLLECTED") + ": " + coordinator.t("report.amount", 2, "tonnes"))
			.contains(coordinator.t("metric.TREES_PLANTED") + ": " + coordinator.t("report.amount", 12, "pieces"))
			.contains(coordinator.t("report.summary.participants") + ": 16");
	}

	@Test
	void recountAgreesWithTheKeptCountersAndRebuildsOnesThatWentWrong() {
		CleanUp cleanUp = cleanUpWithItsFiguresRecorded().cleanUp();
		TestChat coordinator = coordinatorOf(cleanUp);

		coordinator.send("/recount");
		coordinator.expect("recount.agree", CAMPAIGN);
		assertThat(recount().check(cleanUp.campaignId())).isEmpty();

		// a count moved without its record (say, a crash between two updates) is found
		// and rebuilt from the raw records
		counters().participants(cleanUp.scope(), 5);
		assertThat(recount().check(cleanUp.campaignId())).isNotEmpty();
		coordinator.send("/recount");
		coordinator.expect("recount.how-to-repair");
		coordinator.send("/recount fix");
		coordinator.expect("recount.repaired", CAMPAIGN);
		assertThat(recount().check(cleanUp.campaignId())).isEmpty();
		Counters.Counted campaign = counters().campaign(cleanUp.campaignId());
		assertThat(campaign.participants()).isEqualTo(17);
		assertThat(campaign.unique()).isEqualTo(17);
		assertThat(campaign.metric("LITTER_COLLECTED")).isEqualByComparingTo("1.5");
		assertThat(campaign.metric("TREES_PLANTED")).isEqualByComparingTo("12");
		assertThat(counters().occurrence(cleanUp.occurrence().id()).participants()).isEqualTo(17);
	}

	@Test
	void aStudentsCraftedRosterButtonChangesNothing() {
		Recorded recorded = cleanUpWithItsFiguresRecorded();
		CleanUp cleanUp = recorded.cleanUp();
		TestChat dana = recorded.students().get(2);
		String attendanceId = lineOf(cleanUp, dana).attendanceId();

		// one malformed, one as the teacher's button would carry it
		dana.tapData(1, "rt:" + attendanceId + ":0");
		dana.tapData(1, "rt:" + attendanceId + ":1:0");
		this.own.api().awaitIdle();

		assertThat(lineOf(cleanUp, dana).mark()).isEmpty();
		assertThat(attendances().attendedBy(dana.id())).isEmpty();
		assertThat(counters().campaign(cleanUp.campaignId()).participants()).isEqualTo(17);
	}

	// ------------------------------------------------------------------ questions left
	// open

	@Test
	void aWalkInsQuestionLeftForHalfAnHourIsDroppedAndALaterQuestionIsNotAddedAsAParticipant() {
		CleanUp cleanUp = schoolWithACleanUp();
		duringTheCleanUp(cleanUp);
		TestChat teacher = teacherOf(cleanUp);
		teacher.tap(openRoster(teacher), teacher.t("roster.walk-ins"));
		teacher.expect("roster.ask-walk-ins");

		this.clock.advance(Duration.ofMinutes(31));
		teacher.send("Здравствуйте, как добавить ученика?");
		SentMessage dropped = teacher.expect("flow.expired");
		SentMessage notUnderstood = teacher.expect("bot.not-understood");
		assertThat(dropped.messageId()).isLessThan(notUnderstood.messageId());
		this.own.api().awaitIdle();
		assertThat(teacher.fresh()).as("what the teacher was told")
			.noneMatch((m) -> m.text().contains("Здравствуйте"))
			.noneMatch((m) -> m.text().contains(teacher.t("roster.walk-ins-added", 1)));

		assertThat(attendances().roster(cleanUp.occurrence())).isEmpty();
		assertThat(counters().occurrence(cleanUp.occurrence().id()).participants()).isZero();
	}

	@Test
	void anIndicatorQuestionLeftForHalfAnHourIsDroppedAndAStrayNumberIsNotRecorded() {
		CleanUp cleanUp = schoolWithACleanUp();
		duringTheCleanUp(cleanUp);
		TestChat teacher = teacherOf(cleanUp);
		teacher.tap(openRoster(teacher), teacher.t("roster.indicators"));
		teacher.expect("indicators.ask", teacher.t("metric.LITTER_COLLECTED"), "tonnes");

		this.clock.advance(Duration.ofMinutes(31));
		teacher.send("3");
		SentMessage dropped = teacher.expect("flow.expired");
		SentMessage notUnderstood = teacher.expect("bot.not-understood");
		assertThat(dropped.messageId()).isLessThan(notUnderstood.messageId());
		this.own.api().awaitIdle();
		assertThat(teacher.fresh()).as("what the teacher was told")
			.noneMatch((m) -> m.text()
				.contains(teacher.t("indicators.recorded", teacher.t("metric.LITTER_COLLECTED"),
						teacher.t("report.amount", 3, "tonnes"))))
			.noneMatch(
					(m) -> m.text().contains(teacher.t("indicators.ask", teacher.t("metric.TREES_PLANTED"), "pieces")));

		assertThat(indicatorValues().of(cleanUp.occurrence().id())).isEmpty();
		assertThat(counters().campaign(cleanUp.campaignId()).metric("LITTER_COLLECTED")).isZero();
	}

	// ------------------------------------------------------------------ self check-in

	@Test
	void selfCheckInWorksOnlyAroundTheOccurrenceAndWaitsForTheTeacher() {
		// another school, so that its campaign's counts stay apart from the other tests'
		this.own.birge().bean(Organisations.class).save(new Organisation("lyceum", "Лицей"));
		Activities activities = this.own.birge().bean(Activities.class);
		Instant start = this.clock.instant().plus(Duration.ofDays(3));
		Activity debate = activities.create(new Activities.NewActivity("lyceum", "Дебат", Optional.empty(), start,
				start.plus(Duration.ofHours(2)), false, Optional.empty(),
				new Audience(List.of(new GradeRange(5, 11)), Set.of(Category.STUDENTS)), Optional.empty(), "Birge"));
		Occurrence occurrence = activities.occurrences(debate.id()).get(0);
		this.clock.set(start.minus(Duration.ofDays(1)));
		TestChat teacher = person("Ерлан", Role.TEACHER, Optional.empty(), "lyceum");
		teacher.send("/roster");
		this.clock.set(start.minus(Duration.ofHours(1)));
		teacher.send("/roster");
		SentMessage choices = teacher.expectThat("the choice", (m) -> m.text().startsWith(teacher.t("roster.choose"))
				&& m.callbackButtons().stream().anyMatch((b) -> b.contains("Дебат")));
		teacher.tap(choices, "Дебат");
		SentMessage roster = teacher.expectThat("the roster",
				(m) -> m.messageId() == choices.messageId() && m.text().startsWith("Дебат"));
		teacher.tap(roster, teacher.t("roster.check-in"));
		SentMessage link = teacher.expectText("?start=ci_");
		SentMessage qr = teacher.expectThat("the QR code",
				(m) -> m.document().map((d) -> d.fileName().endsWith(".png")).orElse(false));
		assertThat(qr.document().get().bytes()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
		String payload = link.text().replaceAll("(?s).*\\?start=(ci_[A-Za-z0-9_-]+).*", "$1");

		TestChat student = person("Мейір", Role.STUDENT, Optional.of(new SchoolClass(9, "В")), "lyceum");
		student.send("/start " + payload);
		student.expect("checkin.closed");
		this.clock.set(start.minus(Duration.ofMinutes(10)));
		student.send("/start " + payload);
		student.expect("checkin.done");
		student.send("/start " + payload);
		student.expect("checkin.already");
		Counters counters = this.own.birge().bean(Counters.class);
		assertThat(counters.occurrence(occurrence.id()).participants()).isZero();

		teacher.send("/roster");
		SentMessage again = teacher.expect("roster.choose");
		teacher.tap(again, "Дебат");
		SentMessage waiting = teacher.expectThat("the roster",
				(m) -> m.messageId() == again.messageId() && m.text().startsWith("Дебат"));
		assertThat(waiting.callbackButtons()).anyMatch((b) -> b.startsWith("⏳") && b.contains("Мейір"));
		teacher.tap(waiting, "Мейір");
		teacher.expectThat("confirmed", (m) -> m.messageId() == again.messageId()
				&& m.text().contains(teacher.t("roster.summary", 1, 1, 1, 1)));
		assertThat(counters.occurrence(occurrence.id()).participants()).isEqualTo(1);
	}

	// ------------------------------------------------------------------ fixtures

	/**
	 * A school of its own with a clean-up tomorrow, as its imported plan gives it: in the
	 * ecology fraction, at the Көкшетау branch, counting litter, trees and participants.
	 */
	private CleanUp schoolWithACleanUp() {
		String school = "school" + SCHOOLS.incrementAndGet();
		this.own.birge().bean(Organisations.class).save(new Organisation(school, "Көкшетау №2 мектеп-лицей"));
		PlanStore plans = this.own.birge().bean(PlanStore.class);
		String fraction = school + "-eco";
		plans.saveFractions(List.of(new Fraction(fraction, school, FRACTION, 1, List.of())));
		Activities activities = this.own.birge().bean(Activities.class);
		Instant start = this.clock.instant().plus(Duration.ofDays(1));
		Activity created = activities.create(new Activities.NewActivity(school, CLEAN_UP, Optional.of(fraction), start,
				start.plus(Duration.ofHours(3)), false, Optional.of("Мектеп ауласы"),
				new Audience(List.of(new GradeRange(5, 9)), Set.of(Category.STUDENTS)), Optional.empty(), CAMPAIGN));
		Activity planned = new Activity(created.id(), created.organisationId(), created.campaignId(),
				created.fractionId(), created.project(), created.number(), created.title(), created.form(),
				created.places(), List.of(BRANCH), created.responsible(), created.partners(), created.audience(),
				INDICATORS, created.evidence(), created.scheduleText(), created.openToAll(), created.capacity(),
				created.status(), created.sourceKey(), created.fingerprint(), created.updatedAt());
		plans.saveActivities(new PlanStore.ActivityChanges(List.of(planned), List.of()));
		return new CleanUp(school, planned, activities.occurrences(created.id()).get(0));
	}

	/** The first {@code count} of {@link #STUDENTS}, signed up for the clean-up. */
	private List<TestChat> studentsSignedUp(CleanUp cleanUp, int count) {
		Registrations registrations = this.own.birge().bean(Registrations.class);
		Catalogue catalogue = this.own.birge().bean(Catalogue.class);
		List<TestChat> signedUp = new ArrayList<>();
		for (Student student : STUDENTS.subList(0, count)) {
			TestChat chat = student(student, cleanUp);
			SignUpResult result = registrations.signUp(catalogue.listing(cleanUp.occurrence().id()).orElseThrow(),
					chat.id(), chat.id());
			assertThat(result.outcome()).isEqualTo(SignUpResult.Outcome.CONFIRMED);
			signedUp.add(chat);
		}
		return signedUp;
	}

	/** The test clock an hour into the clean-up. */
	private void duringTheCleanUp(CleanUp cleanUp) {
		this.clock.set(cleanUp.occurrence().start().plus(Duration.ofHours(1)));
	}

	/** These students marked present by the teacher. */
	private void present(CleanUp cleanUp, TestChat teacher, TestChat... students) {
		for (TestChat student : students) {
			attendances().mark(cleanUp.occurrence(), student.id(), Attendance.Mark.PRESENT, teacher.id());
		}
	}

	/**
	 * A clean-up as a teacher recorded it: of three students signed up, Айдана (7А) and
	 * Бекзат (8Б) came, and so did the park's 14 staff and Асқар Жанұзақов: 17 in all;
	 * 1.5 tonnes of litter, 12 trees, and a link as evidence.
	 */
	private Recorded cleanUpWithItsFiguresRecorded() {
		CleanUp cleanUp = schoolWithACleanUp();
		List<TestChat> students = studentsSignedUp(cleanUp, 3);
		duringTheCleanUp(cleanUp);
		TestChat teacher = teacherOf(cleanUp);
		present(cleanUp, teacher, students.get(0), students.get(1));
		attendances().walkIn(cleanUp.occurrence(), "парк қызметкерлері", 14, teacher.id());
		attendances().walkIn(cleanUp.occurrence(), "Асқар Жанұзақов", 1, teacher.id());
		IndicatorValues values = indicatorValues();
		values.set(cleanUp.scope(), "LITTER_COLLECTED", new BigDecimal("1.5"), teacher.id());
		values.set(cleanUp.scope(), "TREES_PLANTED", new BigDecimal("12"), teacher.id());
		values.addEvidence(cleanUp.scope(), "link", EVIDENCE);
		return new Recorded(cleanUp, teacher, students);
	}

	private TestChat student(Student student, CleanUp cleanUp) {
		return person(student.name(), Role.STUDENT, Optional.of(student.schoolClass()), cleanUp.schoolId());
	}

	private TestChat teacherOf(CleanUp cleanUp) {
		return person("Гүлмира", Role.TEACHER, Optional.empty(), cleanUp.schoolId());
	}

	private TestChat coordinatorOf(CleanUp cleanUp) {
		return person("Әлия", Role.COORDINATOR, Optional.empty(), cleanUp.schoolId());
	}

	private TestChat person(String name, Role role, Optional<SchoolClass> schoolClass, String organisation) {
		return this.own.member(name, "kk", role, schoolClass, organisation);
	}

	// ------------------------------------------------------------------ steps

	/** /roster, then the clean-up: the roster as the teacher sees it. */
	private SentMessage openRoster(TestChat teacher) {
		teacher.send("/roster");
		SentMessage choices = teacher.expect("roster.choose");
		teacher.tap(choices, "Мектеп ауласын");
		return teacher.expectThat("the roster",
				(m) -> m.messageId() == choices.messageId() && m.text().startsWith(CLEAN_UP));
	}

	/** /report, then the campaign: the summary as the coordinator sees it. */
	private SentMessage openReport(TestChat coordinator) {
		coordinator.send("/report");
		coordinator.tap(coordinator.expect("report.choose"), CAMPAIGN);
		return coordinator.expect("report.indicators");
	}

	/** The student's line on the clean-up's roster. */
	private Attendances.Line lineOf(CleanUp cleanUp, TestChat student) {
		return attendances().roster(cleanUp.occurrence())
			.stream()
			.filter((line) -> line.userId().equals(Optional.of(student.id())))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No line for " + student.id()));
	}

	private static Cell cell(Row row, Row header, String column) {
		for (Cell cell : header) {
			if (cell.getStringCellValue().equals(column)) {
				return row.getCell(cell.getColumnIndex());
			}
		}
		throw new AssertionError("No column " + column + " in " + header);
	}

	private Attendances attendances() {
		return this.own.birge().bean(Attendances.class);
	}

	private Counters counters() {
		return this.own.birge().bean(Counters.class);
	}

	private IndicatorValues indicatorValues() {
		return this.own.birge().bean(IndicatorValues.class);
	}

	private Recount recount() {
		return this.own.birge().bean(Recount.class);
	}

	private Targets targets() {
		return this.own.birge().bean(Targets.class);
	}

	/** A student of the fixtures. */
	private record Student(String name, SchoolClass schoolClass) {
	}

	/** A school of its own and its clean-up's one occurrence. */
	private record CleanUp(String schoolId, Activity activity, Occurrence occurrence) {

		String campaignId() {
			return this.occurrence.campaignId();
		}

		Counters.Scope scope() {
			return new Counters.Scope(this.occurrence.id(), this.activity.id(), this.occurrence.campaignId());
		}

	}

	/** A clean-up with its figures recorded, its teacher and the students signed up. */
	private record Recorded(CleanUp cleanUp, TestChat teacher, List<TestChat> students) {
	}

}
