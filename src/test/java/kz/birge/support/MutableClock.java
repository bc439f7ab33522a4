package kz.birge.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test sets and moves, so that reminders and deadlines come without waiting.
 */
public final class MutableClock extends TestClock {

	private final AtomicReference<Instant> now;

	public MutableClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	public void set(Instant instant) {
		this.now.set(instant);
	}

	public void advance(Duration duration) {
		this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	/** Puts one shared clock in place of the system clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		/** The clock of the Birge started with this configuration. */
		public static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T04:00:00Z"));

		@Bean
		@Primary
		Clock mutableClock() {
			return CLOCK;
		}

	}

}
