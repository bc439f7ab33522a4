package kz.birge.telegram;

import java.net.URI;

import kz.birge.bot.Incoming;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot's token and people's phones never reach a log through a toString. */
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
	void aSharedContactDoesNotPrintItsPhone() {
		assertThat(new Incoming.Contact("+77017654321", 42).toString()).doesNotContain("77017654321");
	}

}
