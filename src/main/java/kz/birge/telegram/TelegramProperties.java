package kz.birge.telegram;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Birge reaches Telegram.
 *
 * @param token the bot's token from @BotFather (TELEGRAM_BOT_TOKEN)
 * @param apiUrl the Bot API server (TELEGRAM_API_URL): Telegram's own, a self-hosted one,
 * or a test fake
 * @param workers threads that handle updates
 */
@ConfigurationProperties("telegram")
public record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
		@DefaultValue("16") int workers) {

	public static final String MISSING_TOKEN = "TELEGRAM_BOT_TOKEN is not set: open @BotFather in Telegram, send /newbot, "
			+ "and start Birge with the token it gives (TELEGRAM_BOT_TOKEN=123456:ABC... ./mvnw spring-boot:run).";

	public TelegramProperties {
		if (token == null || token.isBlank()) {
			throw new IllegalStateException(MISSING_TOKEN);
		}
	}

	public static boolean tokenMissing(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** Never prints the token: only whether there is one. */
	@Override
	public String toString() {
		return "TelegramProperties[token=" + ((this.token != null) ? "(hidden)" : "null") + ", apiUrl=" + this.apiUrl
				+ ", workers=" + this.workers + "]";
	}

	int port() {
		if (this.apiUrl.getPort() > 0) {
			return this.apiUrl.getPort();
		}
		return "http".equals(this.apiUrl.getScheme()) ? 80 : 443;
	}

	/** Base of file downloads: {@code <api>/file/bot<token>/}. */
	String fileBase() {
		String base = this.apiUrl.toString().replaceAll("/+$", "");
		return base + "/file/bot" + this.token + "/";
	}

}
