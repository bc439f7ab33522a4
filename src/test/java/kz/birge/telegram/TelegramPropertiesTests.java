package kz.birge.telegram;

import java.net.URI;

import kz.birge.bot.Incoming;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bot's token, the webhook secret and people's phones never reach a log through a
 * toString.
 */
class TelegramPropertiesTests {

	@Test
	void theTokenIsNotPrinted() {
		TelegramProperties properties = new TelegramProperties("7000000001:SECRET-token-part",
				URI.create("https://api.telegram.org"), 16);

		assertThat(properties.toString()).doesNotContain("7000000001")
			.doesNotContain("SECRET-token-part")
			.contains("https://api.telegram.org");
	}

	@Test
	void theWebhookSecretIsNotPrintedAndIsRandomWhenNotGiven() {
		WebhookProperties given = new WebhookProperties("https://birge.example.org/hook", "given_Secret-1", "/hook");
		assertThat(given.toString()).doesNotContain("given_Secret-1").contains("https://birge.example.org/hook");
		WebhookProperties random = new WebhookProperties("https://birge.example.org/hook", " ", "/hook");
		WebhookProperties another = new WebhookProperties("https://birge.example.org/hook", null, "/hook");
		assertThat(random.secret()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(another.secret());
		assertThat(new WebhookProperties("", null, "/hook").enabled()).isFalse();
	}

	@Test
	void aWebhookSecretTelegramWouldRefuseStopsTheStart() {
		assertThatThrownBy(() -> new WebhookProperties("https://birge.example.org/hook", "has space", "/hook"))
			.hasMessageContaining("BIRGE_WEBHOOK_SECRET");
		assertThatThrownBy(() -> new WebhookProperties("https://birge.example.org/hook", "x".repeat(257), "/hook"))
			.hasMessageContaining("BIRGE_WEBHOOK_SECRET");
	}

	@Test
	void aSharedContactDoesNotPrintItsPhone() {
		assertThat(new Incoming.Contact("+77017654321", 42).toString()).doesNotContain("77017654321");
	}

}
