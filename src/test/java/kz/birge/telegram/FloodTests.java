package kz.birge.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import kz.birge.i18n.Lang;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.support.Updates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who floods the bot is slowed down with one notice per flood, in their
 * language, and nobody else waits for them. The bot's clock stands still unless a test
 * moves it, so the flood limit (a burst of 20, one more a second) refills only when told.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FloodTests {

	private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");

	private static final int BURST = 20;

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(NOW);
		// Telegram's rate is not what these tests are about: under it, the answers of two
		// floods in one second would wait, and a wait longer than the fake's quiet period
		// reads as the bot being idle before it is
		this.own = OwnBirge.start(
				Map.of("birge.limits.burst", String.valueOf(BURST), "birge.limits.refill", "1s",
						"birge.limits.chat-queue", "50", "birge.outbound.per-second", "1000"),
				MutableClock.Config.class);
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	@BeforeEach
	void standStill() {
		this.clock.set(NOW);
	}

	@Test
	void aFlooderIsToldOnceAndTheirExcessIsDroppedWhileAnotherChatIsAnsweredNormally() {
		TestChat flooder = this.own.newChat("Флуд", "ru");
		TestChat calm = this.own.newChat("Арман", "kk");
		double droppedBefore = meters().counter("birge.updates.dropped").count();
		flood(flooder, 300);
		calm.send("/start");

		calm.expect("onboarding.ask-role");
		this.own.api().awaitIdle();
		assertThat(texts(calm)).containsExactly(calm.t("onboarding.greeting", "Арман"), calm.t("onboarding.ask-role"));
		assertThat(texts(flooder)).filteredOn(flooder.t("bot.not-understood")::equals).hasSize(BURST);
		assertThat(texts(flooder)).filteredOn(flooder.t("limits.slow-down")::equals).hasSize(1);
		assertThat(texts(flooder)).hasSize(BURST + 1);
		assertThat(flooder.t("limits.slow-down"))
			.isEqualTo(this.own.birge().messages().get(Lang.RU, "limits.slow-down"));
		assertThat(meters().counter("birge.updates.dropped").count() - droppedBefore).isEqualTo(300 - BURST);
		assertThat(this.own.api().errors()).isEmpty();
	}

	@Test
	void aFloodEpisodeEarnsOneNoticeAndEndsWhenThePersonHasBeenCalmLongEnough() {
		TestChat flooder = this.own.newChat("Flood", "en");
		flood(flooder, 30);
		this.own.api().awaitIdle();
		assertThat(answers(flooder)).isEqualTo(BURST);
		assertThat(notices(flooder)).isEqualTo(1);

		// five seconds give five messages back; still the same flood: no second notice
		this.clock.advance(Duration.ofSeconds(5));
		flood(flooder, 10);
		this.own.api().awaitIdle();
		assertThat(answers(flooder)).isEqualTo(BURST + 5);
		assertThat(notices(flooder)).isEqualTo(1);

		// calm for a minute: the bucket is full again, and a new flood is told again
		this.clock.advance(Duration.ofMinutes(1));
		flooder.send("hello");
		flooder.expect("bot.not-understood");
		flood(flooder, 30);
		this.own.api().awaitIdle();
		assertThat(answers(flooder)).isEqualTo(BURST + 5 + BURST);
		assertThat(notices(flooder)).isEqualTo(2);
	}

	@Test
	void updatesAreCountedByKindAndTheirHandlingTimed() {
		TestChat chat = this.own.newChat("Metered", "en");
		double messages = updates("message");
		double callbacks = updates("callback");
		double documents = updates("document");
		long handled = meters().timer("birge.update.handling").count();

		chat.send("/start");
		SentMessage roles = chat.expect("onboarding.ask-role");
		chat.tap(roles, chat.t("role.student"));
		chat.sendFile("plan.txt", "not a plan".getBytes());
		this.own.api().awaitIdle();

		assertThat(updates("message") - messages).isEqualTo(1);
		assertThat(updates("callback") - callbacks).isEqualTo(1);
		assertThat(updates("document") - documents).isEqualTo(1);
		assertThat(meters().timer("birge.update.handling").count() - handled).isEqualTo(3);
	}

	private void flood(TestChat chat, int messages) {
		chat.remember();
		for (int i = 0; i < messages; i++) {
			this.own.api().enqueue(Updates.text(chat.user(), "hello " + i));
		}
	}

	private List<String> texts(TestChat chat) {
		return this.own.api().messagesTo(chat.id()).stream().map(SentMessage::text).toList();
	}

	private long answers(TestChat chat) {
		return texts(chat).stream().filter(chat.t("bot.not-understood")::equals).count();
	}

	private long notices(TestChat chat) {
		return texts(chat).stream().filter(chat.t("limits.slow-down")::equals).count();
	}

	private MeterRegistry meters() {
		return this.own.birge().bean(MeterRegistry.class);
	}

	private double updates(String kind) {
		return meters().counter("birge.updates", "kind", kind).count();
	}

}
