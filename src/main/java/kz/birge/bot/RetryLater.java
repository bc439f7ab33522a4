package kz.birge.bot;

import java.time.Duration;

/**
 * Telegram asked to wait longer than a sender should block (a 429 with a long
 * retry_after): try again after {@link #after()}.
 */
public class RetryLater extends SendException {

	private final Duration after;

	public RetryLater(Duration after, String message, Throwable cause) {
		super(message, cause);
		this.after = after;
	}

	public Duration after() {
		return this.after;
	}

}
