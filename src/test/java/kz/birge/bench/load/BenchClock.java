package kz.birge.bench.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import kz.birge.support.TestClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The bot's clock in the load benchmark: it starts at a fixed moment (a Wednesday morning
 * in Almaty, outside quiet hours, whatever the real time) and runs at the speed of real
 * time, so that flood buckets refill and sign-ups close as they would; the benchmark
 * moves it forward to make reminders due.
 */
final class BenchClock extends TestClock {

	/** Wednesday 9 December 2026, 10:00 in Almaty. */
	static final Instant START = Instant.parse("2026-12-09T05:00:00Z");

	/** The one clock of the Birge started with {@link Config}. */
	static final BenchClock CLOCK = new BenchClock();

	private final long startNanos = System.nanoTime();

	private final AtomicLong shiftNanos = new AtomicLong();

	private BenchClock() {
	}

	void advance(Duration duration) {
		this.shiftNanos.addAndGet(duration.toNanos());
	}

	@Override
	public Instant instant() {
		return START.plusNanos(System.nanoTime() - this.startNanos + this.shiftNanos.get());
	}

	/** Puts the benchmark's clock in place of the system clock. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		Clock benchClock() {
			return CLOCK;
		}

	}

}
