package kz.birge.telegram;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import kz.birge.i18n.Lang;
import kz.birge.i18n.Messages;
import kz.birge.support.ApiCall;
import kz.birge.support.SharedBirge;
import kz.birge.support.TestChat;
import kz.birge.support.Updates;
import kz.birge.user.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Telegram edge: command menu, ordering, failures and updates the bot does not serve.
 * (An update delivered twice is in {@link RestartTests}: within one run the library drops
 * it itself.)
 */
@ExtendWith(SharedBirge.Extension.class)
class PollingTests {

	private final SharedBirge shared;

	PollingTests(SharedBirge shared) {
		this.shared = shared;
	}

	@Test
	void commandMenuIsRegisteredInKazakhAsDefaultRussianAndEnglish() {
		Messages messages = this.shared.birge().messages();
		// the menus for everyone; a teacher's or coordinator's chat gets its own (see
		// OnboardingTests)
		List<ApiCall> calls = this.shared.api()
			.calls("setMyCommands")
			.stream()
			.filter((call) -> !call.params().path("scope").path("type").asText("default").equals("chat"))
			.toList();
		Set<String> languages = calls.stream()
			.map((call) -> call.params().path("language_code").asText(""))
			.collect(Collectors.toSet());
		assertThat(languages).contains("", "kk", "ru", "en");
		for (ApiCall call : calls) {
			String code = call.params().path("language_code").asText("");
			Lang lang = code.isEmpty() ? Lang.KK : Lang.fromTelegram(code);
			JsonNode commands = call.params().path("commands");
			assertThat(commands.size()).isGreaterThanOrEqualTo(5);
			for (JsonNode command : commands) {
				assertThat(command.path("description").asText())
					.isEqualTo(messages.get(lang, "command." + command.path("command").asText()));
			}
		}
	}

	@Test
	void updatesOfOneChatAreHandledInOrder() {
		TestChat chat = this.shared.newChat("Order", "en");
		chat.remember();
		for (String text : List.of("/start", "hello", "/cancel", "hello again")) {
			this.shared.api().enqueue(Updates.text(chat.user(), text));
		}
		chat.expect("bot.not-understood");
		List<String> texts = this.shared.api().messagesTo(chat.id()).stream().map((m) -> m.text()).toList();
		assertThat(texts).containsExactly(chat.t("onboarding.greeting", "Order"), chat.t("onboarding.ask-role"),
				chat.t("flow.tap-a-button") + "\n" + chat.t("flow.how-to-leave"), chat.t("bot.cancelled"),
				chat.t("bot.not-understood"));
	}

	@Test
	void aFailingHandlerGetsAnApologyAndTheNextUpdateANormalAnswer() {
		TestChat chat = this.shared.newChat("Oops", "ru");
		chat.send("/boom");
		chat.expectText("Извините, что-то пошло не так.");
		chat.send("/help");
		chat.expect("help.newcomer");
	}

	@Test
	void updatesTheBotDoesNotServeAreIgnoredOrAnsweredWithAHint() {
		TestChat chat = this.shared.newChat("Quiet", "kk");
		chat.deliver(Updates.sticker(chat.user()));
		chat.expect("bot.unsupported-content");

		chat.deliver(Updates.editedText(chat.user(), 1, "edited"));
		chat.deliver(Updates.channelPost(-100123L, "a post"));
		chat.deliver(Updates.groupText(-100456L, chat.user(), "/start"));
		chat.deliver(Updates.newChatMembers(-100456L, chat.user()));
		chat.deliver(Updates.myChatMember(chat.user(), "kicked"));
		chat.expectSilence();
		assertThat(this.shared.api().messagesTo(-100456L)).isEmpty();

		chat.send("/help");
		chat.expect("help.newcomer");
		chat.send("/nosuchcommand");
		chat.expect("bot.unknown-command");
		assertThat(this.shared.api().errors()).isEmpty();
	}

	@Test
	void aCraftedOrOutdatedButtonIsRefusedPolitely() {
		TestChat chat = this.shared.newChat("Crafty", "en");
		chat.send("/start");
		chat.expect("onboarding.ask-role");
		String refusal = chat.t("bot.button-outdated");
		long before = refusals(refusal);
		chat.tapData(1, "or:COORDINATOR");
		chat.tapData(1, "zz:whatever");
		chat.tapData(1, "og:99");
		this.shared.api().awaitIdle();
		assertThat(refusals(refusal) - before).isEqualTo(3);
		assertThat(this.shared.birge().mongo().findById(chat.id(), User.class).role().name()).isEqualTo("NEWCOMER");
	}

	private long refusals(String text) {
		return this.shared.api()
			.calls("answerCallbackQuery")
			.stream()
			.filter((call) -> call.params().path("text").asText("").equals(text))
			.count();
	}

}
