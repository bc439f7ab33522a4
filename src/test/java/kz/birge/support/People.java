package kz.birge.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Telegram users no other test has used, so tests sharing one bot never meet. */
public final class People {

	private static final AtomicLong NEXT = new AtomicLong(
			100_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 1000);

	private People() {
	}

	public static TgUser fresh(String firstName, String languageCode) {
		return new TgUser(NEXT.incrementAndGet(), firstName, null, null, languageCode);
	}

}
