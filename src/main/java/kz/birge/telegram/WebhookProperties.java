package kz.birge.telegram;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook mode: when {@code url} is set, Telegram posts updates to it instead of Birge
 * long-polling for them.
 *
 * @param url the public HTTPS address Telegram posts to (BIRGE_WEBHOOK_URL); a reverse
 * proxy forwards it to {@code path} on Birge's HTTP port. Unset or blank: long polling
 * @param secret the token Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}
 * (BIRGE_WEBHOOK_SECRET), 1-256 of A-Z a-z 0-9 _ -; unset: a random one at each start
 * @param path where Birge's HTTP server takes the updates
 */
@ConfigurationProperties("birge.webhook")
record WebhookProperties(String url, String secret, @DefaultValue("/telegram/webhook") String path) {

	private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

	WebhookProperties {
		url = blankToNull(url);
		secret = blankToNull(secret);
		if (secret != null && !SECRET.matcher(secret).matches()) {
			throw new IllegalStateException(
					"BIRGE_WEBHOOK_SECRET must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -");
		}
		if (secret == null) {
			secret = randomSecret();
		}
	}

	boolean enabled() {
		return this.url != null;
	}

	/** Never prints the secret. */
	@Override
	public String toString() {
		return "WebhookProperties[url=" + this.url + ", secret=(hidden), path=" + this.path + "]";
	}

	/** 256 random bits, base64url without padding: 43 allowed characters. */
	private static String randomSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
