package kz.birge.planimport;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityStatus;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.planimport.source.Block;
import kz.birge.planimport.source.PlanDocuments;
import kz.birge.planimport.source.Row;
import kz.birge.planimport.source.Seeds;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.Role;
import kz.birge.user.User;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator imports plans by sending them to the bot; everyone else is refused and
 * nothing changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportChatTests {

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.own = OwnBirge.start(Map.of());
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	private MongoTemplate mongo() {
		return this.own.birge().mongo();
	}

	private SentMessage sendSeed(TestChat chat, String seed, String format) throws Exception {
		byte[] content = switch (format) {
			case "txt" -> Seeds.bytes(seed);
			case "docx" -> PlanDocuments.docx(Seeds.blocks(seed));
			default -> PlanDocuments.xlsx(Seeds.blocks(seed));
		};
		chat.sendFile("plan-" + seed + "." + format, content);
		return chat.expect("import.preview.question");
	}

	private Campaign importAndCheck(TestChat admin, String seed, String format, int activities) throws Exception {
		SentMessage preview = sendSeed(admin, seed, format);
		assertThat(preview.text()).contains(admin.t("import.preview.activities", activities));
		admin.tap(preview, admin.t("import.confirm"));
		SentMessage done = admin.expectThat("import done", (m) -> m.messageId() == preview.messageId()
				&& m.text().startsWith(admin.t("import.done", "x", "", 0, 0, 0, 0, 0).substring(0, 8)));
		assertThat(done.text()).contains(admin.t("import.done", "", "", activities, 0, 0, 0, 0).split("\n")[2]);
		List<Campaign> campaigns = mongo().findAll(Campaign.class);
		Campaign campaign = campaigns.stream()
			.filter((c) -> c.sourceFile().equals("plan-" + seed + "." + format))
			.findFirst()
			.orElseThrow();
		assertThat(mongo().count(Query.query(Criteria.where("campaignId").is(campaign.id())), Activity.class))
			.isEqualTo(activities);
		return campaign;
	}

	@Test
	@Order(1)
	void coordinatorImportsTazaLikeAsWord() throws Exception {
		TestChat admin = this.own.admin();
		Campaign campaign = importAndCheck(admin, "000", "docx", 12);
		assertThat(campaign.reportDeadlines()).containsExactly(LocalDate.of(2025, 4, 21));
		Organisation park = mongo().findById(campaign.organisationId(), Organisation.class);
		assertThat(park.name()).contains("Жоңғар-Алатауы");
		assertThat(park.branches()).containsExactly("Сарқан", "Алакөл", "Лепсі");
		Activity springs = mongo()
			.findOne(Query.query(Criteria.where("campaignId").is(campaign.id()).and("number").is(4)), Activity.class);
		List<Occurrence> occurrences = mongo().find(Query.query(Criteria.where("activityId").is(springs.id())),
				Occurrence.class);
		assertThat(occurrences).hasSize(1);
		// 29 March to 5 April 2025 in Almaty: from midnight there to the midnight after
		// the last day
		assertThat(occurrences.get(0).start()).isEqualTo(Instant.parse("2025-03-28T19:00:00Z"));
		assertThat(occurrences.get(0).end()).isEqualTo(Instant.parse("2025-04-05T19:00:00Z"));
	}

	@Test
	@Order(2)
	void coordinatorImportsTheRoadToSchoolAsText() throws Exception {
		Campaign campaign = importAndCheck(this.own.admin(), "001", "txt", 20);
		assertThat(campaign.weeklyReport()).contains(DayOfWeek.THURSDAY);
		Activity report = mongo()
			.findOne(Query.query(Criteria.where("campaignId").is(campaign.id()).and("number").is(19)), Activity.class);
		// every Thursday from 1 August to 30 September 2011
		assertThat(mongo().count(Query.query(Criteria.where("activityId").is(report.id())), Occurrence.class))
			.isEqualTo(9);
	}

	@Test
	@Order(3)
	void theParliamentPreviewShowsItsWarningsAndSendsTheFullList() throws Exception {
		TestChat admin = this.own.admin();
		SentMessage preview = sendSeed(admin, "004", "xlsx");
		assertThat(preview.text()).contains(admin.t("import.preview.by-fraction"))
			.contains("ЭКОЛОГИЯ ФРАКЦИЯСЫ")
			.contains(admin.t("import.preview.warnings-file"));
		String expectedWarning = admin.t("import.warning.FRACTION_INFERRED", "ЭКОЛОГИЯ ФРАКЦИЯСЫ", "");
		SentMessage file = admin.expectThat("the warnings file", (m) -> m.document().isPresent());
		assertThat(file.document().get().text()).contains(expectedWarning).contains("01-15.09. 2023ж");
		admin.tap(preview, admin.t("import.confirm"));
		admin.expectThat("import done",
				(m) -> m.messageId() == preview.messageId() && !m.text().equals(preview.text()));
		Campaign campaign = mongo().findOne(Query.query(Criteria.where("sourceFile").is("plan-004.xlsx")),
				Campaign.class);
		assertThat(mongo().count(Query.query(Criteria.where("campaignId").is(campaign.id())), Activity.class))
			.isEqualTo(37);
		assertThat(mongo().count(Query.query(Criteria.where("organisationId").is(campaign.organisationId())),
				Fraction.class))
			.isEqualTo(8);
	}

	@Test
	@Order(4)
	void importingTheSamePlanAgainKeepsItsActivitiesAndOccurrences() throws Exception {
		TestChat admin = this.own.admin();
		Campaign campaign = mongo().findOne(Query.query(Criteria.where("sourceFile").is("plan-001.txt")),
				Campaign.class);
		Set<String> activitiesBefore = ids(Activity.class, campaign.id());
		Set<String> occurrencesBefore = ids(Occurrence.class, campaign.id());

		SentMessage preview = sendSeed(admin, "001", "txt");
		admin.tap(preview, admin.t("import.confirm"));
		admin.expectText(admin.t("import.done", "", "", 0, 0, 20, 0, 0).split("\n")[2]);
		assertThat(ids(Activity.class, campaign.id())).isEqualTo(activitiesBefore);
		assertThat(ids(Occurrence.class, campaign.id())).isEqualTo(occurrencesBefore);
		assertThat(mongo().count(Query.query(Criteria.where("sourceFile").is("plan-001.txt")), Campaign.class))
			.isEqualTo(1);
	}

	@Test
	@Order(5)
	void aChangedPlanUpdatesOnlyWhatChanged() throws Exception {
		TestChat admin = this.own.admin();
		Campaign campaign = mongo().findOne(Query.query(Criteria.where("sourceFile").is("plan-000.docx")),
				Campaign.class);
		Map<Integer, String> before = mongo()
			.find(Query.query(Criteria.where("campaignId").is(campaign.id())), Activity.class)
			.stream()
			.collect(Collectors.toMap(Activity::number, Activity::id));
		Activity first = mongo().findById(before.get(1), Activity.class);
		String firstOccurrence = mongo()
			.findOne(Query.query(Criteria.where("activityId").is(first.id())), Occurrence.class)
			.id();

		// the plan moves item 5 from 15 to 16 April and drops item 12
		List<Block> blocks = Seeds.blocks("000").stream().map(ImportChatTests::changed).toList();
		admin.sendFile("plan-000.docx", PlanDocuments.docx(blocks));
		SentMessage preview = admin.expect("import.preview.question");
		admin.tap(preview, admin.t("import.confirm"));
		admin.expectText(admin.t("import.done", "", "", 0, 1, 10, 1, 0).split("\n")[2]);

		assertThat(mongo().findById(before.get(1), Activity.class).fingerprint()).isEqualTo(first.fingerprint());
		assertThat(mongo().findById(firstOccurrence, Occurrence.class).cancelled()).isFalse();
		assertThat(mongo().findById(before.get(12), Activity.class).status()).isEqualTo(ActivityStatus.REMOVED);
		List<Occurrence> moved = mongo().find(Query.query(Criteria.where("activityId").is(before.get(5))),
				Occurrence.class);
		assertThat(moved).filteredOn((o) -> !o.cancelled())
			.singleElement()
			.satisfies((o) -> assertThat(o.start()).isEqualTo(Instant.parse("2025-04-15T19:00:00Z")));
	}

	private static Block changed(Block block) {
		if (!(block instanceof Block.Table table)) {
			return block;
		}
		List<Row> rows = table.rows()
			.stream()
			.filter((row) -> !row.cells().get(0).startsWith("12 "))
			.map((row) -> row.cells().get(0).equals("5") ? new Row(row.line(),
					row.cells().stream().map((c) -> c.equals("15 сәуір") ? "16 сәуір" : c).toList()) : row)
			.toList();
		return new Block.Table(rows);
	}

	private <T> Set<String> ids(Class<T> type, String campaignId) {
		return mongo()
			.find(Query.query(Criteria.where("campaignId").is(campaignId)), Document.class,
					mongo().getCollectionName(type))
			.stream()
			.map((doc) -> doc.getString("_id"))
			.collect(Collectors.toSet());
	}

	@Test
	@Order(6)
	void othersAndBadFilesGetAClearAnswerAndChangeNothing() throws Exception {
		long campaigns = mongo().count(new Query(), Campaign.class);
		TestChat student = this.own.newChat("Ақбота", "kk");
		student.sendFile("plan.txt", Seeds.bytes("000"));
		student.expect("access.coordinators-only");

		TestChat admin = this.own.admin();
		admin.sendFile("huge.xlsx", new byte[] { 1, 2, 3 }, 6L * 1024 * 1024);
		admin.expect("import.too-large", 5);
		admin.sendFile("plan.pdf", new byte[] { 37, 80, 68, 70 });
		admin.expect("import.unsupported-type", "plan.pdf");
		admin.sendFile("broken.xlsx", new byte[] { 80, 75, 3, 4, 0, 0, 9, 9, 9 });
		admin.expect("import.file.corrupt");
		admin.sendFile("broken.docx", "not a word file".getBytes());
		admin.expect("import.file.corrupt");
		admin.sendFile("notes.txt", "Just a note without any table.".getBytes());
		admin.expect("import.nothing-found");

		assertThat(mongo().count(new Query(), Campaign.class)).isEqualTo(campaigns);
		assertThat(mongo().count(new Query(), PendingImports.COLLECTION)).isZero();
		assertThat(this.own.api().errors()).isEmpty();
	}

	@Test
	@Order(7)
	void cancelAndASecondTapChangeNothing() throws Exception {
		TestChat admin = this.own.admin();
		long campaigns = mongo().count(new Query(), Campaign.class);
		SentMessage preview = sendSeed(admin, "002", "txt");
		admin.tap(preview, admin.t("import.cancel"));
		admin.expect("import.cancelled");
		admin.tap(preview, admin.t("import.confirm"));
		this.own.api().awaitIdle();
		assertThat(this.own.api()
			.calls("answerCallbackQuery")
			.stream()
			.anyMatch((call) -> call.params().path("text").asText("").equals(admin.t("import.gone")))).isTrue();
		assertThat(mongo().count(new Query(), Campaign.class)).isEqualTo(campaigns);

		SentMessage again = sendSeed(admin, "002", "txt");
		admin.tap(again, admin.t("import.confirm"));
		admin.expectText(admin.t("import.done", "", "", 11, 0, 0, 0, 0).split("\n")[2]);
		assertThat(mongo().count(new Query(), Campaign.class)).isEqualTo(campaigns + 1);
	}

	@Test
	@Order(8)
	void aCoordinatorInvitedForOneOrganisationImportsIntoIt() throws Exception {
		TestChat admin = this.own.admin();
		Organisation park = mongo().findAll(Organisation.class)
			.stream()
			.filter((o) -> o.name().contains("Жоңғар-Алатауы"))
			.findFirst()
			.orElseThrow();
		admin.send("/invite");
		admin.tap(admin.expect("invite.ask-role"), admin.t("role.coordinator"));
		SentMessage organisations = admin.expect("invite.ask-organisation");
		admin.tap(organisations, "Жоңғар-Алатауы");
		SentMessage invite = admin.expectText("?start=inv_");
		assertThat(invite.text()).contains(park.name());
		String payload = invite.text().replaceAll("(?s).*\\?start=(inv_[A-Za-z0-9_-]+).*", "$1");

		TestChat ranger = this.own.newChat("Бақыт", "ru");
		ranger.send("/start " + payload);
		ranger.expect("invite.accepted", ranger.t("role.coordinator"));
		User user = mongo().findById(ranger.id(), User.class);
		assertThat(user.role()).isEqualTo(Role.COORDINATOR);
		assertThat(user.organisation()).contains(park.id());

		// the school plan, sent by the park's coordinator, becomes the park's
		ranger.sendFile("school.txt", Seeds.bytes("004"));
		SentMessage preview = ranger.expect("import.preview.question");
		assertThat(preview.text()).contains(ranger.t("import.preview.organisation", park.name()));
		ranger.tap(preview, ranger.t("import.confirm"));
		ranger.expectThat("import done",
				(m) -> m.messageId() == preview.messageId() && !m.text().equals(preview.text()));
		Campaign campaign = mongo().findOne(Query.query(Criteria.where("sourceFile").is("school.txt")), Campaign.class);
		assertThat(campaign.organisationId()).isEqualTo(park.id());
	}

}
