package kz.birge.telegram;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Decides, per person, whether an update is handled: a token bucket (Bucket4j) of
 * {@link LimitsProperties#burst()} tokens, one back every
 * {@link LimitsProperties#refill()}. A refused update starts a flood episode, which ends
 * once the person has been calm long enough for the bucket to be full again; each episode
 * earns one notice. Time comes from the bot's {@link Clock}, so tests move it.
 */
final class FloodGate {

	/**
	 * Above this many people tracked, those whose bucket is full again are forgotten...
	 */
	private static final int SWEEP_ABOVE = 10_000;

	/**
	 * ...looking once in this many updates, so a crowd does not make every update slow.
	 */
	private static final int SWEEP_EVERY = 1_000;

	/** What to do with one update. */
	enum Verdict {

		/** Handle it. */
		ADMIT,

		/** Drop it and tell the person to slow down: the first refusal of an episode. */
		REFUSE_WITH_NOTICE,

		/** Drop it quietly: the person was told in this episode already. */
		REFUSE

	}

	private final LimitsProperties limits;

	private final TimeMeter time;

	private final ConcurrentHashMap<Long, Sender> senders = new ConcurrentHashMap<>();

	private final AtomicLong checks = new AtomicLong();

	FloodGate(LimitsProperties limits, Clock clock) {
		this.limits = limits;
		this.time = new ClockTime(clock);
	}

	/** Takes one token from this person's bucket. */
	Verdict check(long userId) {
		sweep();
		Sender sender = this.senders.computeIfAbsent(userId, (id) -> new Sender(bucket()));
		synchronized (sender) {
			if (sender.calm()) {
				sender.told = false;
			}
			if (sender.bucket.tryConsume(1)) {
				return Verdict.ADMIT;
			}
			return refuse(sender);
		}
	}

	/**
	 * An update of this person that was admitted but found no room in the chat's queue:
	 * part of a flood episode all the same.
	 */
	Verdict overflow(long userId) {
		Sender sender = this.senders.computeIfAbsent(userId, (id) -> new Sender(bucket()));
		synchronized (sender) {
			return refuse(sender);
		}
	}

	private static Verdict refuse(Sender sender) {
		if (sender.told) {
			return Verdict.REFUSE;
		}
		sender.told = true;
		return Verdict.REFUSE_WITH_NOTICE;
	}

	private Bucket bucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.limits.burst()).refillGreedy(1, this.limits.refill()))
			.withCustomTimePrecision(this.time)
			.build();
	}

	private void sweep() {
		if (this.checks.incrementAndGet() % SWEEP_EVERY == 0 && this.senders.size() > SWEEP_ABOVE) {
			this.senders.values().removeIf((sender) -> {
				synchronized (sender) {
					return sender.calm();
				}
			});
		}
	}

	/** One person's bucket and whether they were told in the current episode. */
	private final class Sender {

		private final Bucket bucket;

		private boolean told;

		Sender(Bucket bucket) {
			this.bucket = bucket;
		}

		boolean calm() {
			return this.bucket.getAvailableTokens() >= FloodGate.this.limits.burst();
		}

	}

	/** Bucket4j's time read from the bot's clock. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
