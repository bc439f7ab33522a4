package kz.birge.telegram;

import java.time.Duration;
import java.time.Instant;

import kz.birge.support.MutableClock;
import kz.birge.telegram.FloodGate.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flood limit per person: a burst, then one a refill period; one notice per episode.
 */
class FloodGateTests {

	private static final long AIGERIM = 101;

	private static final long BOLAT = 102;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T04:00:00Z"));

	private final FloodGate gate = new FloodGate(new LimitsProperties(3, Duration.ofSeconds(2), 50), this.clock);

	@Test
	void aBurstIsAdmittedThenOneNoticeThenQuiet() {
		assertThat(this.gate.check(AIGERIM)).isEqualTo(Verdict.ADMIT);
		assertThat(this.gate.check(AIGERIM)).isEqualTo(Verdict.ADMIT);
		assertThat(this.gate.check(AIGERIM)).isEqualTo(Verdict.ADMIT);
		assertThat(this.gate.check(AIGERIM)).isEqualTo(Verdict.REFUSE_WITH_NOTICE);
		assertThat(this.gate.check(AIGERIM)).isEqualTo(Verdict.REFUSE);
		assertThat(this.gate.overflow(AIGERIM)).isEqualTo(Verdict.REFUSE);
	}

	@Test
	void onePersonsFloodLeavesAnotherAlone() {
		for (int i = 0; i < 10; i++) {
			this.gate.check(AIGERIM);
		}
		assertThat(this.gate.check(BOLAT)).isEqualTo(Verdict.ADMIT);
	}

	@Test
	void theBucketRefillsWithTheClockAndANewEpisodeIsToldAgain() {
		for (int i = 0; i < 5; i++) {
			this.gate.check(AIGERIM);
		}
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.gate.check(AIGERIM)).isEqualTo(Verdict.ADMIT);
		assertThat(this.gate.check(AIGERIM)).isEqualTo(Verdict.REFUSE);

		this.clock.advance(Duration.ofSeconds(6));
		assertThat(this.gate.check(AIGERIM)).isEqualTo(Verdict.ADMIT);
		assertThat(this.gate.check(AIGERIM)).isEqualTo(Verdict.ADMIT);
		assertThat(this.gate.check(AIGERIM)).isEqualTo(Verdict.ADMIT);
		assertThat(this.gate.check(AIGERIM)).isEqualTo(Verdict.REFUSE_WITH_NOTICE);
	}

	@Test
	void anOverflowingQueueStartsAnEpisodeToo() {
		assertThat(this.gate.overflow(BOLAT)).isEqualTo(Verdict.REFUSE_WITH_NOTICE);
		assertThat(this.gate.overflow(BOLAT)).isEqualTo(Verdict.REFUSE);
	}

}
