package kz.birge.indicators;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import kz.birge.attendance.Attendance;
import kz.birge.attendance.Attendances;
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
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.support.Updates;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports over time, as seed 003's programmes set their figures: "at least 5 meetings a
 * month" on an activity or a fraction and "at least N people covered" on a campaign, set
 * from /report and shown as actual against target, per month where it is per month, in
 * chat and in the .xlsx; and photos a teacher gave as evidence reach the coordinator from
 * /report as an album per occurrence.
 *
 * <p>
 * Each test has a school of its own. Its legal-culture meetings in work collectives (seed
 * 003: "ай сайын кемінде 5 кездесу") were held on 27 October and on 3, 10, 17 and 24
 * November 2026; the test clock is Monday 30 November.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsOverTimeTests {

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	/** Monday 30 November 2026, 09:00 in Almaty. */
	private static final Instant NOW = Instant.parse("2026-11-30T04:00:00Z");

	private static final String MEETING = "Құқықтық мәдениет: еңбек ұжымындағы кездесу";

	private static final String CAMPAIGN = "Құқықтық мәдениет";

	private static final String FRACTION = "ҚҰҚЫҚ ЖӘНЕ ТӘРТІП ФРАКЦИЯСЫ";

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
	void aMonthlyMeetingsTargetShowsThreeOfFiveThisMonthAfterThreeConfirmedMeetings() throws Exception {
		School school = schoolWithItsMeetings();
		TestChat coordinator = coordinatorOf(school);

		SentMessage summary = openReport(coordinator);
		coordinator.tap(summary, coordinator.t("report.set-target"));
		coordinator.tap(coordinator.expect("report.choose-target"), coordinator.t("report.target-monthly-activity"));
		coordinator.tap(coordinator.expect("report.choose-activity"), "Құқықтық мәдениет");
		coordinator.expect("report.ask-monthly-target", MEETING);
		coordinator.send("5");
		coordinator.expect("report.target-saved", "5");

		SentMessage withTarget = openReport(coordinator);
		assertThat(withTarget.text()).contains(coordinator.t("report.monthly-targets"))
			.contains("• " + MEETING + ": 3 of 5 this month")
			.contains(coordinator.t("report.meetings-in-month", "October 2026", 1, "5"));
		SentMessage workbook = coordinator.expectThat("the workbook",
				(m) -> m.document().map((d) -> d.fileName().endsWith(".xlsx")).orElse(false));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.document().get().bytes()))) {
			Sheet targets = book.getSheet(coordinator.t("report.sheet.targets"));
			assertThat(targets).isNotNull();
			List<String> rows = new ArrayList<>();
			for (Row row : targets) {
				if (row.getRowNum() > 0) {
					rows.add(row.getCell(0).getStringCellValue() + " | " + row.getCell(1).getStringCellValue() + " | "
							+ (long) row.getCell(2).getNumericCellValue() + " | "
							+ (long) row.getCell(3).getNumericCellValue());
				}
			}
			String label = coordinator.t("report.target.monthly-label", MEETING);
			assertThat(rows).containsExactly(label + " | October 2026 | 1 | 5", label + " | November 2026 | 3 | 5");
		}
	}

	@Test
	void aFractionsMonthlyTargetAndTheCampaignsCoverageShowActualAgainstTarget() {
		School school = schoolWithItsMeetings();
		TestChat coordinator = coordinatorOf(school);

		SentMessage summary = openReport(coordinator);
		coordinator.tap(summary, coordinator.t("report.set-target"));
		coordinator.tap(coordinator.expect("report.choose-target"), coordinator.t("report.target-monthly-fraction"));
		coordinator.tap(coordinator.expect("report.choose-fraction"), FRACTION);
		coordinator.expect("report.ask-monthly-target", FRACTION);
		coordinator.send("2");
		coordinator.expect("report.target-saved", "2");
		coordinator.tap(summary, coordinator.t("report.set-target"));
		coordinator.tap(coordinator.expect("report.choose-target"), coordinator.t("report.target-unique"));
		coordinator.expect("report.ask-unique-target");
		coordinator.send("40");
		coordinator.expect("report.target-saved", "40");

		assertThat(targets().of(Targets.fraction(school.fractionId()))).hasEntrySatisfying(Targets.MEETINGS_PER_MONTH,
				(target) -> assertThat(target).isEqualByComparingTo("2"));
		// 4 meetings of 20 walk-ins each, groups of their own: 80 people covered, 200%
		assertThat(openReport(coordinator).text()).contains("• " + FRACTION + ": 3 of 2 this month")
			.contains(coordinator.t("report.line.total-target", coordinator.t("report.target.unique-label"),
					coordinator.t("report.amount", 80, "people"), 40, 200));
	}

	@Test
	void photosATeacherGaveAsEvidenceReachTheCoordinatorAsAnAlbum() throws Exception {
		School school = schoolWithItsMeetings();
		Occurrence meeting = school.meetings().get(1);
		this.clock.set(meeting.start().plus(Duration.ofHours(1)));
		TestChat teacher = person("Гүлмира", Role.TEACHER, Optional.empty(), school.id(), "kk");
		byte[] first = photoBytes("first");
		byte[] second = photoBytes("second");
		String firstId = this.own.api().registerFile(first, "photo1.jpg");
		String secondId = this.own.api().registerFile(second, "photo2.jpg");

		teacher.send("/roster 3.11");
		SentMessage choice = teacher.expect("roster.choose-on-day", "3 қараша 2026");
		teacher.tap(choice, "Құқықтық мәдениет");
		teacher.tap(
				teacher.expectThat("the roster",
						(m) -> m.messageId() == choice.messageId() && m.text().startsWith(MEETING)),
				teacher.t("roster.indicators"));
		SentMessage evidence = teacher.expect("indicators.ask-evidence");
		teacher.deliver(Updates.photo(teacher.user(), firstId));
		teacher.expect("indicators.evidence-added");
		teacher.deliver(Updates.photo(teacher.user(), secondId));
		teacher.expect("indicators.evidence-added");
		teacher.tap(evidence, teacher.t("indicators.done"));
		teacher.expect("indicators.saved");

		this.clock.set(NOW);
		TestChat coordinator = coordinatorOf(school);
		SentMessage summary = openReport(coordinator);
		SentMessage workbook = coordinator.expectThat("the workbook",
				(m) -> m.document().map((d) -> d.fileName().endsWith(".xlsx")).orElse(false));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.document().get().bytes()))) {
			Sheet occurrences = book.getSheet(coordinator.t("report.sheet.occurrences"));
			int photos = columnOf(occurrences.getRow(0), coordinator.t("report.column.photos"));
			List<Long> counts = new ArrayList<>();
			for (Row row : occurrences) {
				if (row.getRowNum() > 0 && row.getCell(photos) != null) {
					counts.add((long) row.getCell(photos).getNumericCellValue());
				}
			}
			assertThat(counts).containsExactly(2L);
		}
		coordinator.tap(summary, coordinator.t("report.photos", 2));
		this.own.api().awaitIdle();

		List<List<SentMessage>> albums = this.own.api().albumsTo(coordinator.id());
		assertThat(albums).hasSize(1);
		List<SentMessage> album = albums.get(0);
		assertThat(album).hasSize(2);
		assertThat(album.get(0).text()).startsWith(MEETING);
		assertThat(album.get(0).document().orElseThrow().bytes()).isEqualTo(first);
		assertThat(album.get(1).document().orElseThrow().bytes()).isEqualTo(second);
	}

	// ------------------------------------------------------------------ fixtures

	/**
	 * A school of its own whose meetings, in the legal-order fraction, were held on 27
	 * October and on 3, 10, 17 and 24 November; 20 people came to each but the one of 24
	 * November, where the one student signed up was marked absent.
	 */
	private School schoolWithItsMeetings() {
		String id = "targets" + SCHOOLS.incrementAndGet();
		this.own.birge().bean(Organisations.class).save(new Organisation(id, "Көкшетау №2 мектеп-лицей"));
		PlanStore plans = this.own.birge().bean(PlanStore.class);
		String fraction = id + "-law";
		plans.saveFractions(List.of(new Fraction(fraction, id, FRACTION, 1, List.of())));
		this.clock.set(Instant.parse("2026-10-01T04:00:00Z"));
		List<Instant> days = List
			.of(LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10),
					LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 24))
			.stream()
			.map((day) -> day.atTime(16, 0).atZone(ALMATY).toInstant())
			.toList();
		Activities activities = this.own.birge().bean(Activities.class);
		Activity meeting = activities.create(new Activities.NewActivity(id, MEETING, Optional.of(fraction), days.get(0),
				days.get(0).plus(Duration.ofHours(1)), false, Optional.empty(),
				new Audience(List.of(new GradeRange(9, 11)), Set.of(Category.STUDENTS)), Optional.empty(), CAMPAIGN));
		Occurrence first = activities.occurrences(meeting.id()).get(0);
		plans.syncOccurrences(new PlanStore.OccurrenceChanges(first.campaignId(), List.of(),
				days.subList(1, days.size())
					.stream()
					.map((start) -> new Occurrence(UUID.randomUUID().toString(), meeting.id(), first.campaignId(), id,
							fraction, start, start.plus(Duration.ofHours(1)), false, Occurrence.Kind.SCHEDULED, false))
					.toList()));
		List<Occurrence> meetings = activities.occurrences(meeting.id());
		assertThat(meetings).hasSize(5);
		TestChat teacher = person("Ерлан", Role.TEACHER, Optional.empty(), id, "kk");
		TestChat student = person("Мейір", Role.STUDENT, Optional.of(new SchoolClass(10, "Б")), id, "kk");
		Attendances attendances = this.own.birge().bean(Attendances.class);
		for (Occurrence held : meetings.subList(0, 4)) {
			this.clock.set(held.start().plus(Duration.ofMinutes(30)));
			attendances.walkIn(held, "еңбек ұжымы " + held.start(), 20, teacher.id());
		}
		this.clock.set(meetings.get(4).start().plus(Duration.ofMinutes(30)));
		attendances.mark(meetings.get(4), student.id(), Attendance.Mark.ABSENT, teacher.id());
		this.clock.set(NOW);
		return new School(id, fraction, meetings);
	}

	private TestChat coordinatorOf(School school) {
		return person("Aliya", Role.COORDINATOR, Optional.empty(), school.id(), "en");
	}

	private TestChat person(String name, Role role, Optional<SchoolClass> schoolClass, String organisation,
			String language) {
		return this.own.member(name, language, role, schoolClass, organisation);
	}

	/** /report, then the campaign: the summary as the coordinator sees it. */
	private SentMessage openReport(TestChat coordinator) {
		coordinator.send("/report");
		coordinator.tap(coordinator.expect("report.choose"), CAMPAIGN);
		return coordinator.expect("report.indicators");
	}

	private static int columnOf(Row header, String name) {
		for (int i = 0; i < header.getLastCellNum(); i++) {
			if (header.getCell(i) != null && header.getCell(i).getStringCellValue().equals(name)) {
				return i;
			}
		}
		throw new AssertionError("No column " + name);
	}

	/** Bytes that stand for a photo: the fake stores and returns them as they are. */
	private static byte[] photoBytes(String which) {
		return ("JPEG photo of the meeting, " + which).getBytes(StandardCharsets.UTF_8);
	}

	private Targets targets() {
		return this.own.birge().bean(Targets.class);
	}

	/** A school of its own, its fraction and its five meetings in time order. */
	private record School(String id, String fractionId, List<Occurrence> meetings) {
	}

}
