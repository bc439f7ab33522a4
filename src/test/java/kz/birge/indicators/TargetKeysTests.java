package kz.birge.indicators;

import java.util.List;
import java.util.Map;

import kz.birge.catalog.Campaign;
import kz.birge.planimport.source.Seeds;
import kz.birge.support.ApiCall;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key of a target comes from a button's data and becomes part of a field name: a key
 * that is not one of the campaign's targets is refused and nothing is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetKeysTests {

	private OwnBirge own;

	private String campaignId;

	@BeforeAll
	void start() throws Exception {
		this.own = OwnBirge.start(Map.of());
		TestChat admin = this.own.admin();
		admin.sendFile("plan.txt", Seeds.bytes("000"));
		SentMessage preview = admin.expect("import.preview.question");
		admin.tap(preview, admin.t("import.confirm"));
		admin.expectThat("the plan imported",
				(message) -> message.messageId() == preview.messageId() && !message.text().equals(preview.text()));
		// the import button's own answer may come after the edit: let it, before counting
		// answers
		this.own.api().awaitIdle();
		this.campaignId = mongo().findOne(new Query(), Campaign.class).id();
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	private MongoTemplate mongo() {
		return this.own.birge().mongo();
	}

	@ParameterizedTest
	@ValueSource(strings = { "$where", "x.y", "values", "CUSTOM", "C_zz", "_id", "MEETINGS_PER_MONTH", "" })
	void aCraftedKeyIsRefusedAndNothingIsStored(String key) {
		TestChat admin = this.own.admin();

		assertThat(press(admin, "tm:" + this.campaignId + ":" + key)).isEqualTo(admin.t("bot.button-outdated"));
		admin.send("7");

		assertThat(mongo().getCollection(Targets.COLLECTION).countDocuments()).isZero();
	}

	@Test
	void aKeyTheCampaignOffersAsksForTheFigure() {
		TestChat admin = this.own.admin();

		admin.tapData(1, "tm:" + this.campaignId + ":PARTICIPANTS");

		admin.expect("report.ask-target");
		admin.send("/cancel");
	}

	@Test
	void onlyTargetKeysAreKeys() {
		assertThat(List.of("PARTICIPANTS", "LITTER_COLLECTED", "UNIQUE", "MEETINGS_PER_MONTH", "C_0123456789"))
			.allMatch(Targets::isKey);
		assertThat(List.of("CUSTOM", "values.x", "$set", "C_01234567890", "participants", ""))
			.noneMatch(Targets::isKey);
	}

	/** Presses a button and returns the notice it answered with. */
	private String press(TestChat chat, String data) {
		int answered = this.own.api().calls("answerCallbackQuery").size();
		chat.tapData(1, data);
		this.own.api().awaitCalls("answerCallbackQuery", answered + 1);
		List<ApiCall> calls = this.own.api().calls("answerCallbackQuery");
		return calls.get(calls.size() - 1).params().path("text").asText("");
	}

}
