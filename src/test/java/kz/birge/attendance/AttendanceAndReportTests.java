package kz.birge.attendance;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Category;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.indicators.Counters;
import kz.birge.indicators.Recount;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import kz.birge.user.Users;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: students sign up, a teacher confirms two of three and adds walk-ins,
 * records 1.5 tonnes of litter and 12 trees; the report shows exactly those figures, in
 * chat, in the .xlsx and as a chart; a correction changes the totals exactly; the
 * counters agree with a recount; a student's crafted roster button changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceAndReportTests {

	/** Monday 23 November 2026, 09:00 in Almaty. */
	private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(NOW);
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class);
		this.own.birge().bean(Organisations.class).save(new Organisation("school", "Көкшетау №2 мектеп-лицей"));
		mongo().save(new Fraction("eco", "school", "ЭКОЛОГИЯ ФРАКЦИЯСЫ", 1, List.of()));
	}

	@org.junit.jupiter.api.BeforeEach
	void resetClock() {
		this.clock.set(NOW);
	}

	@AfterAll
	void stop() {
		this.clock.set(NOW);
		this.own.close();
	}

	private MongoTemplate mongo() {
		return this.own.birge().mongo();
	}

	private TestChat person(String name, Role role, Optional<SchoolClass> schoolClass) {
		return person(name, role, schoolClass, "school");
	}

	private TestChat person(String name, Role role, Optional<SchoolClass> schoolClass, String organisation) {
		TestChat chat = this.own.newChat(name, "kk");
		chat.send("/help");
		chat.expect("help.newcomer");
		Users users = this.own.birge().bean(Users.class);
		if (role == Role.STUDENT) {
			users.becomeStudent(chat.id(), schoolClass.orElseThrow(), Optional.of(organisation));
		}
		else {
			users.becomeStaff(chat.id(), role, Optional.of(organisation));
		}
		return chat;
	}

	@Test
	void fromSignUpsToTheReport() throws Exception {
		Activities activities = this.own.birge().bean(Activities.class);
		Instant start = NOW.plus(Duration.ofDays(1));
		Activity cleanUp = activities.create(new Activities.NewActivity("school", "Мектеп ауласын тазалау",
				Optional.of("eco"), start, start.plus(Duration.ofHours(3)), false, Optional.of("Мектеп ауласы"),
				new Audience(List.of(new GradeRange(5, 9)), Set.of(Category.STUDENTS)), Optional.empty(), "Таза аула"));
		mongo().updateFirst(Query.query(Criteria.where("_id").is(cleanUp.id())),
				new Update()
					.set("indicators",
							List.of(new IndicatorSpec(Metric.LITTER_COLLECTED, "Жиналған қоқыс көлемі (тонна)"),
									new IndicatorSpec(Metric.TREES_PLANTED, "Отырғызылған жасыл желектер саны"),
									new IndicatorSpec(Metric.PARTICIPANTS, "қатысушылар саны")))
					.set("branches", List.of("Көкшетау")),
				Activity.class);
		Occurrence occurrence = activities.occurrences(cleanUp.id()).get(0);

		TestChat aidana = person("Айдана", Role.STUDENT, Optional.of(new SchoolClass(7, "А")));
		TestChat bekzat = person("Бекзат", Role.STUDENT, Optional.of(new SchoolClass(8, "Б")));
		TestChat dana = person("Дана", Role.STUDENT, Optional.of(new SchoolClass(8, "Б")));
		for (TestChat student : List.of(aidana, bekzat, dana)) {
			student.send("/start ev_" + occurrence.id());
			student.tap(student.expectThat("the card", (m) -> m.text().startsWith("Мектеп ауласын тазалау")),
					student.t("card.sign-up"));
			student.expect("card.you-are-in");
		}
		this.clock.set(start.plus(Duration.ofHours(1)));

		// the teacher confirms two of three
		TestChat teacher = person("Гүлмира", Role.TEACHER, Optional.empty());
		teacher.send("/roster");
		SentMessage choices = teacher.expect("roster.choose");
		teacher.tap(choices, "Мектеп ауласын");
		SentMessage roster = teacher.expectThat("the roster",
				(m) -> m.messageId() == choices.messageId() && m.text().startsWith("Мектеп ауласын"));
		assertThat(roster.callbackButtons()).anyMatch((b) -> b.contains("Айдана"))
			.anyMatch((b) -> b.contains("Бекзат"))
			.anyMatch((b) -> b.contains("Дана"));
		teacher.tap(roster, "Айдана");
		SentMessage afterFirst = teacher.expectThat("one present", (m) -> m.messageId() == roster.messageId()
				&& m.text().contains(teacher.t("roster.summary", 1, 3, 1, 1)));
		teacher.tap(afterFirst, "Бекзат");
		SentMessage afterSecond = teacher.expectThat("two present", (m) -> m.messageId() == roster.messageId()
				&& m.text().contains(teacher.t("roster.summary", 2, 3, 1, 1)));

		// walk-ins: a group and a person
		teacher.tap(afterSecond, teacher.t("roster.walk-ins"));
		teacher.expect("roster.ask-walk-ins");
		teacher.send("14 бала");
		teacher.expect("roster.bad-walk-ins", "14 бала");
		teacher.send("парк қызметкерлері: 14\nАсқар Жанұзақов");
		teacher.expect("roster.walk-ins-added", 2);
		SentMessage withWalkIns = teacher.expectThat("17 present",
				(m) -> m.text().contains(teacher.t("roster.summary", 17, 5, 1, 1)));

		// indicators, with wrong answers first
		teacher.tap(withWalkIns, teacher.t("roster.indicators"));
		teacher.expect("indicators.ask", teacher.t("metric.LITTER_COLLECTED"));
		teacher.send("-1");
		teacher.expect("indicators.negative");
		teacher.send("бір жарым");
		teacher.expect("indicators.not-a-number", "бір жарым");
		teacher.send("50000");
		teacher.expect("indicators.too-large", "10000");
		teacher.send("1,5");
		teacher.expect("indicators.ask", teacher.t("metric.TREES_PLANTED"));
		teacher.send("12");
		SentMessage evidence = teacher.expect("indicators.ask-evidence");
		teacher.send("сілтеме жоқ");
		teacher.expect("indicators.bad-link");
		teacher.send("https://instagram.com/p/taza-aula");
		teacher.expect("indicators.evidence-added");
		teacher.tap(evidence, teacher.t("indicators.done"));
		teacher.expect("indicators.saved");

		Counters counters = this.own.birge().bean(Counters.class);
		Counters.Counted campaign = counters.campaign(occurrence.campaignId());
		assertThat(campaign.participants()).isEqualTo(17);
		assertThat(campaign.unique()).isEqualTo(17);
		assertThat(campaign.classes()).isEqualTo(2);
		assertThat(campaign.schools()).isEqualTo(1);
		assertThat(campaign.metric("LITTER_COLLECTED")).isEqualByComparingTo("1.5");
		assertThat(campaign.metric("TREES_PLANTED")).isEqualByComparingTo("12");

		// the report
		TestChat coordinator = this.own.admin();
		coordinator.send("/report");
		SentMessage campaigns = coordinator.expect("report.choose");
		coordinator.tap(campaigns, "Таза аула");
		SentMessage summary = coordinator.expect("report.indicators");
		assertThat(summary.text())
			.contains(coordinator.t("metric.LITTER_COLLECTED") + ": 1,5 " + coordinator.t("unit.tonnes"))
			.contains(coordinator.t("metric.TREES_PLANTED") + ": 12 " + coordinator.t("unit.pieces"))
			.contains(coordinator.t("report.summary.participants") + ": 17")
			.contains(coordinator.t("report.summary.unique") + ": 17")
			.contains("ЭКОЛОГИЯ ФРАКЦИЯСЫ");
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
			assertThat(cell(row, header, coordinator.t("metric.LITTER_COLLECTED")).getNumericCellValue())
				.isEqualTo(1.5);
			assertThat(cell(row, header, coordinator.t("metric.TREES_PLANTED")).getNumericCellValue()).isEqualTo(12);
			assertThat(cell(row, header, coordinator.t("report.column.evidence")).getStringCellValue())
				.contains("https://instagram.com/p/taza-aula");
			assertThat(cell(row, header, coordinator.t("report.column.date")).getCellType())
				.isEqualTo(CellType.NUMERIC);
			assertThat(book.getSheet(coordinator.t("report.sheet.by-fraction"))).isNotNull();
			assertThat(book.getSheet(coordinator.t("report.sheet.by-month"))).isNotNull();
			assertThat(book.getSheet(coordinator.t("report.sheet.by-branch")).getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("Көкшетау");
		}

		// a target of 20 participants shows the share reached
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
		coordinator.expect("report.ask-activity-target", "Мектеп ауласын тазалау");
		coordinator.send("20");
		coordinator.expect("report.target-saved", "20");

		// corrections: Бекзат did not come after all, and it was 2 tonnes
		teacher.send("/roster");
		SentMessage again = teacher.expect("roster.choose");
		teacher.tap(again, "Мектеп ауласын");
		SentMessage reopened = teacher.expectThat("the roster",
				(m) -> m.messageId() == again.messageId() && m.text().startsWith("Мектеп ауласын"));
		teacher.tap(reopened, "Бекзат");
		teacher.expectThat("16 present", (m) -> m.messageId() == again.messageId()
				&& m.text().contains(teacher.t("roster.summary", 16, 5, 1, 1)));
		teacher.tap(reopened, teacher.t("roster.indicators"));
		teacher.expect("indicators.current", "1.5");
		teacher.send("2");
		teacher.expect("indicators.ask", teacher.t("metric.TREES_PLANTED"));
		SentMessage skip = teacher.expect("indicators.ask", teacher.t("metric.TREES_PLANTED"));
		teacher.tap(skip, teacher.t("indicators.skip"));
		teacher.tap(teacher.expect("indicators.ask-evidence"), teacher.t("indicators.done"));
		teacher.expect("indicators.saved");

		campaign = counters.campaign(occurrence.campaignId());
		assertThat(campaign.participants()).isEqualTo(16);
		assertThat(campaign.unique()).isEqualTo(16);
		assertThat(campaign.classes()).isEqualTo(1);
		assertThat(campaign.metric("LITTER_COLLECTED")).isEqualByComparingTo("2");
		assertThat(campaign.metric("TREES_PLANTED")).isEqualByComparingTo("12");
		assertThat(counters.activity(cleanUp.id()).participants()).isEqualTo(16);
		assertThat(this.own.birge().bean(Recount.class).check(occurrence.campaignId())).isEmpty();

		coordinator.send("/report");
		coordinator.tap(coordinator.expect("report.choose"), "Таза аула");
		SentMessage corrected = coordinator.expect("report.indicators");
		assertThat(corrected.text())
			.contains(coordinator.t("metric.LITTER_COLLECTED") + ": 2 " + coordinator.t("unit.tonnes"))
			.contains(coordinator.t("metric.PARTICIPANTS") + ": 16 " + coordinator.t("unit.people") + " "
					+ coordinator.t("report.of-target", "20", "80"))
			.contains("Мектеп ауласын тазалау: " + coordinator.t("report.activity-target-line", "16", "20", "80"));
		coordinator.send("/recount");
		coordinator.expect("recount.agree", "Таза аула");

		// a counter gone wrong (say, a crash between two updates) is found and rebuilt
		// from the raw records
		mongo().getCollection("counters")
			.updateOne(new org.bson.Document("_id", "campaign:" + occurrence.campaignId()),
					new org.bson.Document("$inc", new org.bson.Document("participants", 5)));
		coordinator.send("/recount");
		coordinator.expect("recount.how-to-repair");
		coordinator.send("/recount fix");
		coordinator.expect("recount.repaired", "Таза аула");
		assertThat(this.own.birge().bean(Recount.class).check(occurrence.campaignId())).isEmpty();
		assertThat(counters.campaign(occurrence.campaignId()).participants()).isEqualTo(16);
		assertThat(counters.campaign(occurrence.campaignId()).metric("LITTER_COLLECTED")).isEqualByComparingTo("2");

		// a student's crafted roster button
		String attendance = occurrence.id() + "_" + dana.id();
		dana.tapData(1, "rt:" + attendance + ":0");
		this.own.api().awaitIdle();
		assertThat(mongo().findById(attendance, Attendance.class)).isNull();
		assertThat(counters.campaign(occurrence.campaignId()).participants()).isEqualTo(16);

		// my record
		aidana.send("/my");
		aidana.expect("my.record", 1, 1, 1);
		aidana.expect("my.badge.FIRST");
	}

	@Test
	void selfCheckInWorksOnlyAroundTheOccurrenceAndWaitsForTheTeacher() {
		// another school, so that its campaign's counts stay apart from the other test's
		this.own.birge().bean(Organisations.class).save(new Organisation("lyceum", "Лицей"));
		Activities activities = this.own.birge().bean(Activities.class);
		Instant start = NOW.plus(Duration.ofDays(3));
		Activity debate = activities.create(new Activities.NewActivity("lyceum", "Дебат", Optional.empty(), start,
				start.plus(Duration.ofHours(2)), false, Optional.empty(),
				new Audience(List.of(new GradeRange(5, 11)), Set.of(Category.STUDENTS)), Optional.empty(), "Birge"));
		Occurrence occurrence = activities.occurrences(debate.id()).get(0);
		this.clock.set(start.minus(Duration.ofDays(1)));
		TestChat teacher = person("Ерлан", Role.TEACHER, Optional.empty(), "lyceum");
		teacher.send("/roster");
		this.clock.set(start.minus(Duration.ofHours(1)));
		teacher.send("/roster");
		SentMessage choices = teacher.expectThat("the choice", (m) -> m.text().equals(teacher.t("roster.choose"))
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
		this.clock.set(NOW);
	}

	private static Cell cell(Row row, Row header, String column) {
		for (Cell cell : header) {
			if (cell.getStringCellValue().equals(column)) {
				return row.getCell(cell.getColumnIndex());
			}
		}
		throw new AssertionError("No column " + column + " in " + header);
	}

}
