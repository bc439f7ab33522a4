package kz.birge.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Telegram posts updates in webhook mode ({@code birge.webhook.url} set). A post
 * without the secret token Telegram was given is refused with 401 and not looked at; an
 * update is queued like one from long polling and answered at once, before it is handled
 * (with several instances, once its chat's lease is this instance's: see
 * {@link ChatExecutor#awaitLease}). While Birge starts or stops it answers 503, and
 * Telegram posts the update again later. Without webhook mode the path is not served
 * (404).
 */
@RestController
class TelegramWebhook {

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

	private final WebhookProperties webhook;

	private final TelegramPolling updates;

	private final ObjectMapper json = new ObjectMapper();

	private final byte[] secret;

	TelegramWebhook(WebhookProperties webhook, TelegramPolling updates) {
		this.webhook = webhook;
		this.updates = updates;
		this.secret = webhook.secret().getBytes(StandardCharsets.UTF_8);
	}

	@PostMapping("${birge.webhook.path:/telegram/webhook}")
	ResponseEntity<Void> post(@RequestHeader(name = SECRET_HEADER, required = false) String token,
			@RequestBody(required = false) byte[] body) {
		if (!this.webhook.enabled()) {
			return ResponseEntity.notFound().build();
		}
		if (!secretMatches(token)) {
			log.info("A post to the webhook without the right secret token; refused");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		Update update;
		try {
			update = this.json.readValue((body != null) ? body : new byte[0], Update.class);
		}
		catch (IOException ex) {
			log.warn("A post to the webhook is not an update: {}", ex.getMessage());
			return ResponseEntity.badRequest().build();
		}
		if (!this.updates.take(update)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
		}
		return ResponseEntity.ok().build();
	}

	/** Compared in constant time, so that the answer's timing tells nothing of it. */
	private boolean secretMatches(String token) {
		byte[] given = (token != null) ? token.getBytes(StandardCharsets.UTF_8) : new byte[0];
		return MessageDigest.isEqual(given, this.secret);
	}

}
