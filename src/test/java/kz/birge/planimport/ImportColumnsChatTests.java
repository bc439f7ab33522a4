package kz.birge.planimport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import kz.birge.catalog.Activity;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Occurrence;
import kz.birge.support.ApiCall;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator sends a plan whose header row the reader does not know: the preview reads
 * its columns by their content and says so, and the coordinator corrects a column before
 * importing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportColumnsChatTests {

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

	@Test
	void aPlanWithUnknownHeaderWordsIsReadByContentAndAColumnIsCorrectedBeforeImport() throws Exception {
		TestChat admin = this.own.admin();
		admin.sendFile("club.txt", ColumnsByContentTests.RUSSIAN.getBytes(StandardCharsets.UTF_8));
		SentMessage preview = admin.expect("import.preview.question");
		assertThat(preview.text()).contains(admin.t("import.preview.activities", 3))
			.contains(admin.t("import.preview.columns",
					admin.t("import.preview.columns.CONTENT",
							String.join(", ",
									labels(admin, ColumnMeaning.NUMBER, ColumnMeaning.TITLE, ColumnMeaning.DATES,
											ColumnMeaning.TIME, ColumnMeaning.AUDIENCE, ColumnMeaning.RESPONSIBLE)))));

		admin.tap(preview, admin.t("import.columns"));
		SentMessage columns = admin.expect("import.columns.title");
		assertThat(columns.text()).contains(admin.t("import.columns.line", 6, "«Поле Д»",
				admin.t("import.column.RESPONSIBLE"), admin.t("import.columns.source.CONTENT")));
		admin.tap(columns, "6. «Поле Д»");
		SentMessage meanings = admin.expect("import.columns.ask", 6, "«Поле Д»", admin.t("import.column.RESPONSIBLE"));
		admin.tap(meanings, admin.t("import.column.PLACE"));
		SentMessage corrected = admin.expectThat("the preview read again",
				(m) -> m.messageId() == preview.messageId() && m.text().contains(admin.t("import.preview.question")));
		assertThat(corrected.text()).contains(admin.t("import.preview.columns.CHOSEN", admin.t("import.column.PLACE")))
			.doesNotContain(admin.t("import.column.RESPONSIBLE"));

		admin.tap(corrected, admin.t("import.confirm"));
		admin.expectThat("import done",
				(m) -> m.messageId() == preview.messageId() && !m.text().contains(admin.t("import.preview.question")));
		Campaign campaign = mongo().findOne(Query.query(Criteria.where("sourceFile").is("club.txt")), Campaign.class);
		Activity cleanUp = mongo()
			.findOne(Query.query(Criteria.where("campaignId").is(campaign.id()).and("number").is(1)), Activity.class);
		assertThat(cleanUp.places()).containsExactly("Иванова А.Б.");
		assertThat(cleanUp.responsible()).isEmpty();
		Occurrence occurrence = mongo().findOne(Query.query(Criteria.where("activityId").is(cleanUp.id())),
				Occurrence.class);
		// 15 September 2025 at 10:00 in Almaty
		assertThat(occurrence.start()).isEqualTo(Instant.parse("2025-09-15T05:00:00Z"));
	}

	@Test
	void onlyACoordinatorMayOpenAPlansColumns() throws Exception {
		TestChat admin = this.own.admin();
		admin.sendFile("club-kk.txt", ColumnsByContentTests.KAZAKH.getBytes(StandardCharsets.UTF_8));
		SentMessage preview = admin.expect("import.preview.question");
		String data = preview.callbackData(admin.t("import.columns")).orElseThrow();

		TestChat student = this.own.newChat("Ақбота", "kk");
		int answered = this.own.api().calls("answerCallbackQuery").size();
		student.tapData(preview.messageId(), data);
		this.own.api().awaitCalls("answerCallbackQuery", answered + 1);
		List<ApiCall> answers = this.own.api().calls("answerCallbackQuery");
		assertThat(answers.get(answers.size() - 1).params().path("text").asText(""))
			.isEqualTo(student.t("access.coordinators-only"));
		student.expectSilence();
	}

	@Test
	void aColumnWithoutAHeaderIsNamedByItsNumberOnce() throws Exception {
		TestChat admin = this.own.admin();
		String plan = ColumnsByContentTests.RUSSIAN.replace("Поле Б", "");
		admin.sendFile("club-unnamed.txt", plan.getBytes(StandardCharsets.UTF_8));
		SentMessage preview = admin.expect("import.preview.question");
		admin.tap(preview, admin.t("import.columns"));
		SentMessage columns = admin.expect("import.columns.title");
		String unnamed = admin.t("import.columns.unnamed", 3);
		assertThat(columns.text()).contains("3. " + unnamed + ": " + admin.t("import.column.DATES"));
		admin.tap(columns, "3. " + unnamed);
		SentMessage meanings = admin.expect("import.columns.ask-unnamed", 3, admin.t("import.column.DATES"));
		assertThat(meanings.text()).doesNotContain(unnamed + " " + unnamed);
	}

	private static List<String> labels(TestChat chat, ColumnMeaning... meanings) {
		return List.of(meanings).stream().map((meaning) -> chat.t(meaning.messageKey())).toList();
	}

}
