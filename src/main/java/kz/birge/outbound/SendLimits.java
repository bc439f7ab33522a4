package kz.birge.outbound;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.stereotype.Component;

/**
 * Telegram's overall limit and its pauses, shared by every sender of the process: at most
 * {@code perSecond} messages in any second (answers may use all of it, the queue its
 * share), and after a 429 nobody sends until its {@code retry_after} has passed. A
 * sliding window of the last sends, with a margin, so that the limit holds in every
 * second Telegram may measure, not only on average. Real time, not the bot's clock: it is
 * Telegram's rate.
 */
@Component
public class SendLimits {

	/** Added to the second, for requests that reach Telegram a little apart. */
	private static final long MARGIN_NANOS = Duration.ofMillis(100).toNanos();

	private static final long WINDOW_NANOS = Duration.ofSeconds(1).toNanos() + MARGIN_NANOS;

	private final int all;

	private final int queue;

	private final Duration longestWait;

	private final Deque<Long> sent = new ArrayDeque<>();

	private long pausedUntil = System.nanoTime();

	SendLimits(OutboundProperties properties) {
		this.all = properties.perSecond();
		this.queue = properties.queuePerSecond();
		this.longestWait = properties.longestWait();
	}

	/**
	 * Waits for a slot to send one message. A queued message ({@code background}) never
	 * waits out a long pause: it gets the time to wait instead of a slot.
	 * @return zero when the caller may send now, else how long the pause still lasts
	 */
	public Duration acquire(boolean background) throws InterruptedException {
		int limit = background ? this.queue : this.all;
		synchronized (this) {
			while (true) {
				long now = System.nanoTime();
				if (this.pausedUntil - now > 0) {
					long pause = this.pausedUntil - now;
					if (background && pause > Duration.ofSeconds(1).toNanos()) {
						return Duration.ofNanos(pause);
					}
					waitNanos(pause);
					continue;
				}
				while (!this.sent.isEmpty() && now - this.sent.peekFirst() >= WINDOW_NANOS) {
					this.sent.removeFirst();
				}
				if (this.sent.size() < limit) {
					this.sent.addLast(now);
					return Duration.ZERO;
				}
				// the oldest of the last sends leaves the window first
				int over = this.sent.size() - limit;
				long oldest = this.sent.stream().skip(over).findFirst().orElse(now);
				waitNanos(Math.max(1, oldest + WINDOW_NANOS - now));
			}
		}
	}

	/**
	 * Waits out a pause without taking a slot, for calls that are not messages (a
	 * button's answer, a file's path). A queued message's call gets the time left instead
	 * of a long wait.
	 * @return zero when the caller may call now, else how long the pause still lasts
	 */
	public Duration awaitPause(boolean background) throws InterruptedException {
		synchronized (this) {
			while (true) {
				long pause = this.pausedUntil - System.nanoTime();
				if (pause <= 0) {
					return Duration.ZERO;
				}
				if (background && pause > Duration.ofSeconds(1).toNanos()) {
					return Duration.ofNanos(pause);
				}
				waitNanos(pause);
			}
		}
	}

	/** Telegram said to wait: every sender waits with it. */
	public synchronized void pause(Duration retryAfter) {
		long until = System.nanoTime() + retryAfter.toNanos();
		if (until - this.pausedUntil > 0) {
			this.pausedUntil = until;
		}
		notifyAll();
	}

	/** The pause still ahead, zero when none. */
	public synchronized Duration pausedFor() {
		return Duration.ofNanos(Math.max(0, this.pausedUntil - System.nanoTime()));
	}

	/** How long an answer may wait out a 429 before it gives up. */
	public Duration longestWait() {
		return this.longestWait;
	}

	private void waitNanos(long nanos) throws InterruptedException {
		long millis = Math.max(1, nanos / 1_000_000);
		wait(millis);
	}

}
