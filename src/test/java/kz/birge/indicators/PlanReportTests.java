package kz.birge.indicators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import kz.birge.attendance.Attendance;
import kz.birge.attendance.Attendances;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityStatus;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Campaigns;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.i18n.Lang;
import kz.birge.i18n.Messages;
import kz.birge.planimport.PlanDraft;
import kz.birge.planimport.PlanReader;
import kz.birge.planimport.source.Seeds;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan handed back with what was done, read back as the department's reader would: a
 * seed plan is imported through the chat, a few of its occurrences are held with
 * attendance, indicator values and evidence, one activity is cancelled; the .docx that
 * /report sends has every row of the plan in the plan's order, each with what was
 * recorded or that it was not held and why, and its closing table equals the campaign's
 * counters, which /recount finds agree with the records. A Russian plan gets a Russian
 * report and a Kazakh plan a Kazakh one, whatever the coordinator's own language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanReportTests {

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	/** Where the clock stands when a plan is imported. */
	private static final Instant IMPORTED = Instant.parse("2026-11-30T04:00:00Z");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final String EVIDENCE = "https://instagram.com/p/birge-report";

	private static final AtomicInteger SCHOOLS = new AtomicInteger();

	private static final String RUSSIAN_PLAN = "/corpus/01_sosh7_vospitanie_ru.txt";

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(IMPORTED);
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class);
	}

	@BeforeEach
	void resetClock() {
		this.clock.set(IMPORTED);
	}

	@AfterAll
	void stop() {
		this.clock.set(IMPORTED);
		this.own.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "000", "001", "004" })
	void theReportHoldsEveryRowOfTheSeedPlanWithWhatWasDoneAndTheClosingTableEqualsTheCounters(String seed)
			throws Exception {
		byte[] plan = Seeds.bytes(seed);
		Campaign campaign = imported("seed" + seed + ".txt", plan);
		Script script = holdSome(campaign);
		TestChat coordinator = this.own.member("Әлия", "kk", Role.COORDINATOR, Optional.empty(),
				campaign.organisationId());
		afterTheCampaign(campaign);

		Report report = planReport(coordinator, campaign);

		List<String> planned = PlanReader.read("seed" + seed + ".txt", plan)
			.plan()
			.activities()
			.stream()
			.map(PlanDraft.ActivityDraft::title)
			.toList();
		assertThat(report.titles()).containsExactlyElementsOf(planned);
		assertThat(report.headers().get(report.headers().size() - 1))
			.isEqualTo(text(Lang.KK, "plan-report.column.done"));
		List<Activity> activities = activities(campaign);
		for (int i = 0; i < activities.size(); i++) {
			Activity activity = activities.get(i);
			assertThat(report.done().get(i)).as("the row of %s", activity.title())
				.isEqualTo(script.expected(activity.id()).orElse(List.of(text(Lang.KK, "plan-report.not-held"))));
		}
		Counters.Counted counted = this.own.birge().bean(Counters.class).campaign(campaign.id());
		assertThat(counted.participants()).isEqualTo(script.participants());
		assertThat(report.closing().get(text(Lang.KK, "metric.PARTICIPANTS")))
			.isEqualTo(text(Lang.KK, "report.amount", counted.participants(), Metric.PARTICIPANTS.unit()));
		assertThat(report.closing().get(text(Lang.KK, "plan-report.closing.unique")))
			.isEqualTo(text(Lang.KK, "report.amount", counted.unique(), Metric.PARTICIPANTS.unit()));
		assertThat(report.closing().get(text(Lang.KK, "plan-report.closing.classes")))
			.isEqualTo(String.valueOf(counted.classes()));
		script.values()
			.forEach((indicator, value) -> assertThat(report.closing().get(label(Lang.KK, indicator)))
				.isEqualTo(amount(Lang.KK, counted.metric(IndicatorValues.keyOf(indicator)), indicator)));
		coordinator.send("/recount");
		SentMessage recount = coordinator.expect("recount.result", "");
		assertThat(recount.text()).contains("✓").doesNotContain("✗");
	}

	@Test
	void countersKeptBeforeActivitiesWereCountedGiveTheSameRowsFromTheRecords() throws Exception {
		byte[] plan = Seeds.bytes("002");
		Campaign campaign = imported("seed002.txt", plan);
		Script script = holdSome(campaign);
		TestChat coordinator = this.own.member("Гүлнар", "kk", Role.COORDINATOR, Optional.empty(),
				campaign.organisationId());
		afterTheCampaign(campaign);
		// the counters as an earlier Birge kept them: people counted per campaign only
		MongoCollection<Document> counters = this.own.birge().mongo().getCollection("counters");
		counters.updateOne(Filters.eq("_id", "campaign:" + campaign.id()), Updates.unset("byActivity"));
		counters.deleteMany(Filters.regex("_id", "^" + Pattern.quote("distinct:" + campaign.id() + ":activity:")));
		List<Activity> activities = activities(campaign);
		counters.updateMany(
				Filters.in("_id", activities.stream().map((activity) -> "activity:" + activity.id()).toList()),
				Updates.combine(Updates.unset("unique"), Updates.unset("classes"), Updates.unset("schools")));

		Report report = planReport(coordinator, campaign);

		for (int i = 0; i < activities.size(); i++) {
			Activity activity = activities.get(i);
			assertThat(report.done().get(i)).as("the row of %s", activity.title())
				.isEqualTo(script.expected(activity.id()).orElse(List.of(text(Lang.KK, "plan-report.not-held"))));
		}
		assertThat(report.closing().get(text(Lang.KK, "plan-report.closing.unique"))).isEqualTo(
				text(Lang.KK, "report.amount", this.own.birge().bean(Counters.class).campaign(campaign.id()).unique(),
						Metric.PARTICIPANTS.unit()));
	}

	@Test
	void aRussianPlanGetsARussianReportForACoordinatorWhoSpeaksKazakh() throws Exception {
		Campaign campaign = imported("plan_ru.txt", russianPlan());
		Script script = holdSome(campaign);
		TestChat coordinator = this.own.member("Әлия", "kk", Role.COORDINATOR, Optional.empty(),
				campaign.organisationId());
		afterTheCampaign(campaign);

		Report report = planReport(coordinator, campaign);

		assertThat(report.lines()).contains(text(Lang.RU, "plan-report.title"));
		assertThat(report.headers()).containsExactly(text(Lang.RU, "plan-report.column.number"),
				text(Lang.RU, "plan-report.column.title"), text(Lang.RU, "plan-report.column.place"),
				text(Lang.RU, "plan-report.column.responsible"), text(Lang.RU, "plan-report.column.dates"),
				text(Lang.RU, "plan-report.column.participants"), text(Lang.RU, "plan-report.column.indicators"),
				text(Lang.RU, "plan-report.column.done"));
		List<Activity> activities = activities(campaign);
		for (int i = 0; i < activities.size(); i++) {
			assertThat(report.done().get(i)).isEqualTo(
					script.expected(activities.get(i).id()).orElse(List.of(text(Lang.RU, "plan-report.not-held"))));
		}
		assertThat(report.done()).contains(List.of(text(Lang.RU, "plan-report.not-held.cancelled")));
	}

	@Test
	void aKazakhPlanGetsAKazakhReportInEveryInterfaceLanguageAndTheCoordinatorMaySwitch() throws Exception {
		Campaign campaign = imported("seed000-languages.txt", Seeds.bytes("000"));
		for (String language : List.of("kk", "ru", "en")) {
			TestChat coordinator = this.own
				.member("Coordinator", language, Role.COORDINATOR, Optional.empty(), campaign.organisationId())
				.speaking(Lang.fromTelegram(language));

			Report report = planReport(coordinator, campaign);

			assertThat(report.headers()).last().isEqualTo(text(Lang.KK, "plan-report.column.done"));
			assertThat(report.lines()).contains(text(Lang.KK, "plan-report.title"));
			SentMessage summary = coordinator.expectThat("the summary with its buttons", (m) -> m.callbackButtons()
				.contains(coordinator.t("plan-report.other-language", coordinator.t("plan-report.language.ru"))));
			coordinator.tap(summary, coordinator.t("plan-report.language.ru"));
			Report russian = Report.of(coordinator.expectThat("the Russian report",
					(m) -> m.document().map((d) -> d.fileName().endsWith(".docx")).orElse(false)));
			assertThat(russian.headers()).last().isEqualTo(text(Lang.RU, "plan-report.column.done"));
			assertThat(russian.titles()).isEqualTo(report.titles());
		}
	}

	@Test
	void theReportingWeekOfAThursdayPlanCoversFridayToThursdayAndOnlyWhatWasHeldThen() throws Exception {
		Campaign campaign = imported("seed001-week.txt", Seeds.bytes("001"));
		assertThat(campaign.weeklyReport()).contains(DayOfWeek.THURSDAY);
		Script script = holdSome(campaign);
		Held first = script.held().values().iterator().next();
		LocalDate thursday = first.day().with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
		this.clock.set(thursday.atTime(18, 0).atZone(ALMATY).toInstant());
		TestChat coordinator = this.own.member("Әлия", "kk", Role.COORDINATOR, Optional.empty(),
				campaign.organisationId());
		planReport(coordinator, campaign);
		SentMessage summary = coordinator.expectThat("the summary with its buttons",
				(m) -> m.callbackButtons().contains(coordinator.t("plan-report.period.REPORTING")));

		coordinator.tap(summary, coordinator.t("plan-report.period.REPORTING"));
		Report week = Report.of(coordinator.expectThat("the week's report",
				(m) -> m.document().map((d) -> d.fileName().endsWith(".docx")).orElse(false)));

		LocalDate friday = thursday.minusDays(6);
		assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(week.lines())
			.contains(text(Lang.KK, "plan-report.reporting-period", DAY.format(friday), DAY.format(thursday)));
		List<Held> inWeek = script.held()
			.values()
			.stream()
			.filter((held) -> !held.day().isBefore(friday) && !held.day().isAfter(thursday))
			.toList();
		List<String> heldLines = week.done()
			.stream()
			.flatMap(List::stream)
			.filter((line) -> line.matches("\\d\\d\\.\\d\\d\\.\\d{4}: .*"))
			.toList();
		assertThat(heldLines).hasSize(inWeek.size())
			.allSatisfy((line) -> assertThat(LocalDate.parse(line.substring(0, 10), DAY)).isBetween(friday, thursday));
		assertThat(week.closing().get(text(Lang.KK, "metric.PARTICIPANTS"))).isEqualTo(text(Lang.KK, "report.amount",
				inWeek.stream().mapToLong(Held::headcount).sum(), Metric.PARTICIPANTS.unit()));
	}

	@Test
	void theWeeklySummaryOnThePlansDayOffersTheWeeksReportAsAFile() throws Exception {
		Campaign campaign = imported("seed001-reminder.txt", Seeds.bytes("001"));
		TestChat coordinator = this.own.member("Әлия", "kk", Role.COORDINATOR, Optional.empty(),
				campaign.organisationId());
		LocalDate thursday = campaign.start().with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
		this.clock.set(thursday.atTime(10, 0).atZone(ALMATY).toInstant());

		this.own.birge().bean(ReportReminders.class).send();
		SentMessage summary = coordinator.expectThat("the weekly summary",
				(m) -> m.callbackButtons().contains(coordinator.t("plan-report.weekly-file")));
		coordinator.tap(summary, coordinator.t("plan-report.weekly-file"));
		Report week = Report.of(coordinator.expectThat("the week's report",
				(m) -> m.document().map((d) -> d.fileName().endsWith(".docx")).orElse(false)));

		assertThat(week.lines()).contains(
				text(Lang.KK, "plan-report.reporting-period", DAY.format(thursday.minusDays(6)), DAY.format(thursday)));
	}

	@Test
	void aFractionGetsItsOwnCopyWithOnlyItsRows() throws Exception {
		Campaign campaign = imported("seed004-fraction.txt", Seeds.bytes("004"));
		Script script = holdSome(campaign);
		TestChat coordinator = this.own.member("Әлия", "kk", Role.COORDINATOR, Optional.empty(),
				campaign.organisationId());
		afterTheCampaign(campaign);
		Activity first = activities(campaign).get(0);
		String fraction = this.own.birge()
			.bean(Campaigns.class)
			.fractions(campaign.organisationId())
			.stream()
			.filter((candidate) -> candidate.id().equals(first.fractionId()))
			.findFirst()
			.orElseThrow()
			.name();
		planReport(coordinator, campaign);
		SentMessage summary = coordinator.expectThat("the summary with its buttons",
				(m) -> m.callbackButtons().contains(coordinator.t("plan-report.parts-button")));

		coordinator.tap(summary, coordinator.t("plan-report.parts-button"));
		coordinator.tap(coordinator.expect("plan-report.choose-part"), fraction);
		Report copy = Report.of(coordinator.expectThat("the fraction's copy",
				(m) -> m.document().map((d) -> d.fileName().endsWith(".docx")).orElse(false)));

		List<Activity> own = activities(campaign).stream()
			.filter((activity) -> first.fractionId().equals(activity.fractionId()))
			.toList();
		assertThat(own).hasSizeLessThan(activities(campaign).size());
		assertThat(copy.lines()).contains(text(Lang.KK, "plan-report.part", fraction));
		assertThat(copy.titles()).containsExactlyElementsOf(own.stream().map(Activity::title).toList());
		for (int i = 0; i < own.size(); i++) {
			assertThat(copy.done().get(i))
				.isEqualTo(script.expected(own.get(i).id()).orElse(List.of(text(Lang.KK, "plan-report.not-held"))));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "01_sosh7_vospitanie_ru", "02_zhobbm12_tarbie_kk", "03_gimnazia3_eco_club_ru",
			"04_parlament_two_row_header_kk", "06_akimat_taza_kazakhstan_kk", "07_park_kolsai_volunteers_ru",
			"13_akimat_sarkan_birge_taza_ru", "14_park_ile_alatau_volunteers_kk",
			"18_mrc_ulan_volunteers_stamps_side_ru", "19_zhabaev_zhasyl_meken_prose_kk" })
	void everyCorpusPlanIsReadInTheLanguageItIsWrittenIn(String plan) throws IOException {
		String text;
		try (InputStream in = PlanReportTests.class.getResourceAsStream("/corpus/" + plan + ".txt")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}

		assertThat(PlanReports.language(text)).isEqualTo(plan.endsWith("_kk") ? Lang.KK : Lang.RU);
	}

	@Test
	void thePlansLanguageIsReadFromItsOwnLetters() {
		assertThat(PlanReports.language("Өңірдегі мектептер арасында «Жасыл әлем» акциясы")).isEqualTo(Lang.KK);
		assertThat(PlanReports.language("Уборка школьного двора, количество участников")).isEqualTo(Lang.RU);
	}

	// ------------------------------------------------------------------ the script

	/**
	 * Holds some of the plan: the first activity's first occurrence with a student of 7А
	 * and a group of five, its indicators at 2.5 each and a link as evidence; the second
	 * activity's first two occurrences with groups of three and four; the third activity
	 * cancelled. Returns what each row should then say.
	 */
	private Script holdSome(Campaign campaign) {
		Lang lang = this.own.birge().bean(PlanReports.class).languageOf(campaign);
		Attendances attendances = this.own.birge().bean(Attendances.class);
		IndicatorValues values = this.own.birge().bean(IndicatorValues.class);
		TestChat teacher = this.own.member("Гүлмира", "kk", Role.TEACHER, Optional.empty(), campaign.organisationId());
		TestChat student = this.own.member("Айдана", "kk", Role.STUDENT, Optional.of(new SchoolClass(7, "А")),
				campaign.organisationId());
		List<Activity> activities = activities(campaign).stream()
			.filter((activity) -> !occurrences(activity).isEmpty())
			.toList();
		Script script = new Script(lang, new LinkedHashMap<>(), new LinkedHashMap<>(), new long[1],
				new LinkedHashMap<>());
		if (activities.isEmpty()) {
			return script;
		}
		Activity first = activities.get(0);
		Occurrence held = occurrences(first).get(0);
		during(held);
		attendances.mark(held, student.id(), Attendance.Mark.PRESENT, teacher.id());
		attendances.walkIn(held, "ата-аналар", 5, teacher.id());
		List<String> parts = new ArrayList<>();
		parts.add(text(lang, "plan-report.held", day(held), 6));
		for (IndicatorSpec indicator : first.indicators()) {
			if (indicator.metric() != Metric.PARTICIPANTS) {
				values.set(scope(held), IndicatorValues.keyOf(indicator), new BigDecimal("2.5"), teacher.id());
				script.values().put(indicator, new BigDecimal("2.5"));
				parts.add(text(lang, "plan-report.value", label(lang, indicator),
						amount(lang, new BigDecimal("2.5"), indicator)));
			}
		}
		values.addEvidence(scope(held), "link", EVIDENCE);
		script.rows()
			.put(first.id(), List.of(String.join("; ", parts), text(lang, "plan-report.people", 6, 1, 1), EVIDENCE));
		script.heads()[0] += 6;
		script.held().put(held.id(), new Held(localDay(held), 6));
		if (activities.size() > 1) {
			Activity second = activities.get(1);
			List<String> lines = new ArrayList<>();
			long headcount = 3;
			for (Occurrence occurrence : occurrences(second).stream().limit(2).toList()) {
				during(occurrence);
				attendances.walkIn(occurrence, "еріктілер тобы", headcount, teacher.id());
				lines.add(text(lang, "plan-report.held", day(occurrence), headcount));
				script.heads()[0] += headcount;
				script.held().put(occurrence.id(), new Held(localDay(occurrence), headcount));
				headcount++;
			}
			long unique = (lines.size() == 2) ? 7 : 3;
			lines.add(text(lang, "plan-report.people", unique, 0, 0));
			script.rows().put(second.id(), lines);
		}
		if (activities.size() > 2) {
			Activity third = activities.get(2);
			this.own.birge().bean(Activities.class).cancel(third.id());
			script.rows().put(third.id(), List.of(text(lang, "plan-report.not-held.cancelled")));
		}
		return script;
	}

	/**
	 * What the test recorded: each held or cancelled row's expected execution cell, the
	 * indicator values, the participants in all.
	 */
	record Script(Lang lang, Map<String, List<String>> rows, Map<IndicatorSpec, BigDecimal> values, long[] heads,
			Map<String, Held> held) {

		Optional<List<String>> expected(String activityId) {
			return Optional.ofNullable(this.rows.get(activityId));
		}

		long participants() {
			return this.heads[0];
		}

	}

	/** An occurrence the script held: its day and how many came. */
	record Held(LocalDate day, long headcount) {
	}

	// ------------------------------------------------------------------ steps

	/**
	 * Sends a plan as a coordinator of a school of its own does and confirms it; returns
	 * its campaign.
	 */
	private Campaign imported(String fileName, byte[] plan) {
		String school = "school" + SCHOOLS.incrementAndGet();
		this.own.birge().bean(Organisations.class).save(new Organisation(school, "Мектеп №" + SCHOOLS.get()));
		TestChat admin = this.own.member("Жанар", "kk", Role.COORDINATOR, Optional.empty(), school);
		admin.sendFile(fileName, plan);
		SentMessage preview = admin.expect("import.preview.question");
		admin.tap(preview, admin.t("import.confirm"));
		admin.expectThat("the plan imported",
				(message) -> message.messageId() == preview.messageId() && !message.text().equals(preview.text()));
		return this.own.birge().mongo().findOne(Query.query(Criteria.where("sourceFile").is(fileName)), Campaign.class);
	}

	/** /report, then the campaign: the .docx that comes with the summary. */
	private Report planReport(TestChat coordinator, Campaign campaign) throws IOException {
		coordinator.send("/report");
		SentMessage choice = coordinator.expect("report.choose");
		coordinator.tapData(choice.messageId(), "rp:" + campaign.id());
		return Report.of(coordinator.expectThat("the plan report",
				(m) -> m.document().map((d) -> d.fileName().endsWith(".docx")).orElse(false)));
	}

	private void during(Occurrence occurrence) {
		this.clock.set(occurrence.start().plus(Duration.ofMinutes(30)));
	}

	/** The clock a day after the campaign's last occurrence and its last day. */
	private void afterTheCampaign(Campaign campaign) {
		Instant last = this.own.birge()
			.bean(Campaigns.class)
			.occurrences(campaign.id())
			.stream()
			.map(Occurrence::end)
			.max(Comparator.naturalOrder())
			.orElse(IMPORTED);
		Instant end = campaign.end().plusDays(1).atStartOfDay(ALMATY).toInstant();
		this.clock.set((last.isAfter(end) ? last : end).plus(Duration.ofDays(1)));
	}

	private List<Activity> activities(Campaign campaign) {
		return this.own.birge()
			.bean(Campaigns.class)
			.activitiesInPlanOrder(campaign.id())
			.stream()
			.filter((activity) -> activity.status() != ActivityStatus.REMOVED)
			.toList();
	}

	private List<Occurrence> occurrences(Activity activity) {
		return this.own.birge()
			.bean(Activities.class)
			.occurrences(activity.id())
			.stream()
			.filter((occurrence) -> !occurrence.cancelled())
			.sorted(Comparator.comparing(Occurrence::start))
			.toList();
	}

	private static Counters.Scope scope(Occurrence occurrence) {
		return new Counters.Scope(occurrence.id(), occurrence.activityId(), occurrence.campaignId());
	}

	private static LocalDate localDay(Occurrence occurrence) {
		return LocalDate.ofInstant(occurrence.start(), ALMATY);
	}

	private static String day(Occurrence occurrence) {
		return DAY.format(LocalDate.ofInstant(occurrence.start(), ALMATY));
	}

	private String text(Lang lang, String key, Object... args) {
		return this.own.birge().bean(Messages.class).get(lang, key, args);
	}

	private String label(Lang lang, IndicatorSpec indicator) {
		return (indicator.metric() == Metric.CUSTOM) ? indicator.label()
				: text(lang, "metric." + indicator.metric().name());
	}

	private String amount(Lang lang, BigDecimal value, IndicatorSpec indicator) {
		return indicator.metric().unit().isEmpty() ? value.stripTrailingZeros().toPlainString().replace('.', ',')
				: text(lang, "report.amount", value, indicator.metric().unit());
	}

	private static byte[] russianPlan() throws IOException {
		try (InputStream in = PlanReportTests.class.getResourceAsStream(RUSSIAN_PLAN)) {
			return in.readAllBytes();
		}
	}

	/** The .docx as its reader sees it. */
	private record Report(List<String> lines, List<String> headers, List<String> titles, List<List<String>> done,
			Map<String, String> closing) {

		static Report of(SentMessage message) throws IOException {
			try (XWPFDocument document = new XWPFDocument(
					new ByteArrayInputStream(message.document().orElseThrow().bytes()))) {
				List<String> lines = document.getParagraphs()
					.stream()
					.map(XWPFParagraph::getText)
					.filter((text) -> !text.isBlank())
					.toList();
				XWPFTable plan = document.getTables().get(0);
				List<String> headers = plan.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
				List<String> titles = new ArrayList<>();
				List<List<String>> done = new ArrayList<>();
				for (XWPFTableRow row : plan.getRows().subList(1, plan.getRows().size())) {
					if (row.getTableCells().size() == headers.size()) {
						titles.add(row.getCell(1).getText());
						done.add(row.getCell(headers.size() - 1)
							.getParagraphs()
							.stream()
							.map(XWPFParagraph::getText)
							.toList());
					}
				}
				XWPFTable closing = document.getTables().get(1);
				Map<String, String> totals = closing.getRows()
					.subList(1, closing.getRows().size())
					.stream()
					.collect(Collectors.toMap((row) -> row.getCell(0).getText(), (row) -> row.getCell(1).getText(),
							(a, b) -> a, LinkedHashMap::new));
				return new Report(lines, headers, titles, done, totals);
			}
		}

	}

}
