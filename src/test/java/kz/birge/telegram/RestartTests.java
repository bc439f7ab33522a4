package kz.birge.telegram;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.support.BirgeInstance;
import kz.birge.support.FakeBotApi;
import kz.birge.support.People;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.support.TestCommands;
import kz.birge.support.Updates;
import kz.birge.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Birge started, stopped and started again on the same data: what must survive, and what
 * must not happen twice.
 */
class RestartTests {

	@TempDir
	Path dataDir;

	private FakeBotApi api;

	private final String database = "birge_restart_" + UUID.randomUUID().toString().substring(0, 8);

	private BirgeInstance birge;

	@BeforeEach
	void startApi() {
		this.api = FakeBotApi.start(BirgeInstance.TOKEN);
	}

	@AfterEach
	void stopAll() {
		if (this.birge != null) {
			if (BirgeInstance.realMongo()) {
				this.birge.dropDatabase();
			}
			this.birge.close();
		}
		this.api.close();
	}

	private BirgeInstance start() {
		this.birge = BirgeInstance.start(this.api, this.dataDir, this.database, Map.of(), TestCommands.Handlers.class);
		return this.birge;
	}

	private void restart() {
		this.birge.close();
		this.birge = null;
		start();
	}

	private TestChat chat(String name, String language) {
		return new TestChat(this.api, this.birge.messages(), People.fresh(name, language));
	}

	@Test
	void aConversationResumesAfterARestart() {
		start();
		TestChat chat = chat("Қанат", "kk");
		chat.send("/start");
		chat.tap(chat.expect("onboarding.ask-role"), "Оқушы");
		chat.expect("onboarding.ask-grade");

		restart();
		chat.send("7Ә");
		chat.expect("onboarding.done-student", "7Ә");
		assertThat(this.birge.mongo().findById(chat.id(), User.class).grade()).isEqualTo(7);
	}

	@Test
	void anUpdateDeliveredAgainAfterARestartIsNotHandledAgain() {
		start();
		TestChat chat = chat("Repeat", "en");
		ObjectNode update = Updates.text(chat.user(), "/help");
		long id = this.api.enqueue(update.deepCopy());
		chat.expect("help.newcomer");

		restart();
		ObjectNode again = update.deepCopy();
		again.put("update_id", id);
		chat.remember();
		this.api.enqueueRaw(again);
		chat.expectSilence();
		chat.send("/help");
		chat.expect("help.newcomer");
		assertThat(this.api.messagesTo(chat.id())).hasSize(2);
	}

	@Test
	void shutdownFinishesTheUpdateInFlight() {
		start();
		TestChat chat = chat("Slow", "en");
		chat.send("/slow");
		chat.expectText(TestCommands.SLOW_STARTED);
		this.birge.close();
		this.birge = null;
		assertThat(this.api.messagesTo(chat.id())).extracting(SentMessage::text)
			.containsExactly(TestCommands.SLOW_STARTED, TestCommands.SLOW_FINISHED);
		start();
	}

	@Test
	void aStudentPicksTheirSchoolWhenThereAreSeveral() {
		start();
		Organisations organisations = this.birge.bean(Organisations.class);
		organisations.save(new Organisation("school-2", "Көкшетау №2 мектеп-лицей"));
		organisations.save(new Organisation("school-5", "Көкшетау №5 мектеп"));
		TestChat chat = chat("Әлия", "kk");
		chat.send("/start");
		chat.tap(chat.expect("onboarding.ask-role"), "Оқушы");
		SentMessage schools = chat.expect("onboarding.ask-organisation");
		assertThat(schools.callbackButtons()).containsExactly("Көкшетау №2 мектеп-лицей", "Көкшетау №5 мектеп",
				chat.t("flow.back"));
		chat.tap(schools, "№5");
		chat.send("5Г");
		chat.expect("onboarding.done-student", "5Г");
		assertThat(this.birge.mongo().findById(chat.id(), User.class).organisation()).contains("school-5");
	}

	@Test
	void withoutATokenBirgeRefusesToStartAndSaysHowToGetOne() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(kz.birge.BirgeApplication.class).run("--telegram.token=",
				"--telegram.api-url=" + this.api.url(), "--birge.database.data-dir=" + this.dataDir))
			.isInstanceOf(BeanCreationException.class)
			.rootCause()
			.hasMessageContaining("TELEGRAM_BOT_TOKEN")
			.hasMessageContaining("@BotFather");
	}

}
