package kz.birge.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.birge.outbound.Reachability;
import kz.birge.support.ApiCall;
import kz.birge.support.OwnBirge;
import kz.birge.support.TestChat;
import kz.birge.support.Updates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook mode: Birge sets its webhook at start instead of long polling, and updates
 * posted to its endpoint with the right secret token go through the same intake as polled
 * ones.
 */
class WebhookTests {

	private static final String URL = "https://birge.example.org/hook/telegram";

	private static final String SECRET = "s3cret_Token-of-the-test";

	private static final AtomicLong UPDATE_IDS = new AtomicLong(500_000);

	private static OwnBirge own;

	private static HttpClient http;

	private static URI endpoint;

	@BeforeAll
	static void start() {
		own = OwnBirge.start(Map.of("birge.webhook.url", URL, "birge.webhook.secret", SECRET, "birge.webhook.path",
				"/hook/telegram"));
		String port = own.birge().bean(Environment.class).getProperty("local.server.port");
		endpoint = URI.create("http://127.0.0.1:" + port + "/hook/telegram");
		http = HttpClient.newHttpClient();
	}

	@AfterAll
	static void stop() {
		own.close();
	}

	@Test
	void theWebhookIsSetWithTheUrlAndTheSecretAndNothingIsPolled() {
		List<ApiCall> calls = own.api().calls("setWebhook");
		assertThat(calls).hasSize(1);
		assertThat(calls.get(0).param("url")).isEqualTo(URL);
		assertThat(calls.get(0).param("secret_token")).isEqualTo(SECRET);
		assertThat(calls.get(0).param("allowed_updates")).contains("message", "callback_query", "my_chat_member");
		assertThat(own.api().webhookUrl()).contains(URL);
		TestChat chat = own.newChat("Hook", "en");
		assertThat(post(Updates.text(chat.user(), "/help"), SECRET)).isEqualTo(200);
		chat.expect("help.newcomer");
		assertThat(own.api().calls("getUpdates")).isEmpty();
		own.api().assertNoErrors();
	}

	@Test
	void aPostedUpdateIsAnswered() {
		TestChat chat = own.newChat("Posted", "ru");
		chat.remember();
		assertThat(post(Updates.text(chat.user(), "/start"), SECRET)).isEqualTo(200);
		chat.expect("onboarding.ask-role");
	}

	@Test
	void aPostWithoutTheRightSecretIsRefusedAndNotHandled() {
		TestChat chat = own.newChat("Intruder", "en");
		chat.remember();
		assertThat(post(Updates.text(chat.user(), "/help"), "s3cret_Token-of-the-tesT")).isEqualTo(401);
		assertThat(post(Updates.text(chat.user(), "/help"), "short")).isEqualTo(401);
		assertThat(post(Updates.text(chat.user(), "/help"), null)).isEqualTo(401);
		chat.expectSilence();
		assertThat(own.api().messagesTo(chat.id())).isEmpty();
	}

	@Test
	void anUpdatePostedTwiceIsHandledOnce() {
		TestChat chat = own.newChat("Twice", "en");
		ObjectNode update = Updates.text(chat.user(), "/help");
		update.put("update_id", UPDATE_IDS.incrementAndGet());
		chat.remember();
		assertThat(post(update.deepCopy(), SECRET)).isEqualTo(200);
		chat.expect("help.newcomer");
		chat.remember();
		assertThat(post(update.deepCopy(), SECRET)).isEqualTo(200);
		chat.expectSilence();
		assertThat(own.api().messagesTo(chat.id())).hasSize(1);
	}

	@Test
	void updatesOfOneChatAreHandledInOrder() {
		TestChat chat = own.newChat("Order", "en");
		chat.remember();
		for (String text : List.of("/start", "hello", "/cancel", "hello again")) {
			assertThat(post(Updates.text(chat.user(), text), SECRET)).isEqualTo(200);
		}
		chat.expect("bot.not-understood");
		List<String> texts = own.api().messagesTo(chat.id()).stream().map((m) -> m.text()).toList();
		assertThat(texts).containsExactly(chat.t("onboarding.greeting", "Order"), chat.t("onboarding.ask-role"),
				chat.t("flow.tap-a-button") + "\n" + chat.t("flow.how-to-leave"), chat.t("bot.cancelled"),
				chat.t("bot.not-understood"));
	}

	@Test
	void blockingAndWritingAgainArriveLikeFromPolling() {
		TestChat chat = own.newChat("Blocker", "en");
		Reachability reachability = own.birge().bean(Reachability.class);
		assertThat(post(Updates.myChatMember(chat.user(), "kicked"), SECRET)).isEqualTo(200);
		awaitTrue(() -> !reachability.reachable(chat.id()));
		chat.remember();
		assertThat(post(Updates.text(chat.user(), "/help"), SECRET)).isEqualTo(200);
		chat.expect("help.newcomer");
		assertThat(reachability.reachable(chat.id())).isTrue();
	}

	@Test
	void aBrokenBodyIsABadRequest() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.header(TelegramWebhook.SECRET_HEADER, SECRET)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{not json"))
			.build();
		assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(400);
	}

	@Test
	void thePollingHealthIsUpWithoutALoop() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/actuator/health/polling")).build();
		HttpResponse<String> health = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"UP\"").contains("\"webhook\"");
	}

	private static void awaitTrue(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** Posts an update as Telegram does; one without an update_id gets a fresh one. */
	private static int post(ObjectNode update, String secret) {
		if (!update.has("update_id")) {
			update.put("update_id", UPDATE_IDS.incrementAndGet());
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(update.toString()));
		if (secret != null) {
			request.header(TelegramWebhook.SECRET_HEADER, secret);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
