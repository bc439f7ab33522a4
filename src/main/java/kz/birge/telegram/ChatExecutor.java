package kz.birge.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import kz.birge.bot.ChatLeases;
import kz.birge.bot.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks of different chats in parallel and the tasks of one chat strictly one after
 * another, in the order they were submitted. A chat's queue is a chain of futures that is
 * dropped when it runs empty, so idle chats cost nothing. A chat may have at most
 * {@code bound} tasks waiting or running; {@link #submit} refuses more, so one chat that
 * floods the bot cannot pile up work without end.
 * <p>
 * With several instances on one database ({@link ChatLeases#enabled}), a chat's queue
 * first takes the chat's lease, so that no other instance handles the same chat at the
 * same time; it keeps the lease, renewed in the background, while the queue has work, and
 * lets it go when the queue runs empty. A chat whose lease another instance holds waits
 * for it without holding a thread: the queue tries again later, backing off from
 * {@value #FIRST_BACKOFF_MS} ms to {@value #MAX_BACKOFF_MS} ms, for two lease times at
 * most (the holder died without letting go: its lease runs out in one lease time) and
 * then, a warning logged, handles the update anyway rather than lose it.
 */
final class ChatExecutor {

	private static final Logger log = LoggerFactory.getLogger(ChatExecutor.class);

	static final long FIRST_BACKOFF_MS = 5;

	static final long MAX_BACKOFF_MS = 200;

	private final ExecutorService pool;

	private final int bound;

	private final ChatLeases leases;

	private final ScheduledExecutorService timer;

	private final ConcurrentHashMap<Long, Chain> chains = new ConcurrentHashMap<>();

	ChatExecutor(int threads, int bound) {
		this(threads, bound, null);
	}

	ChatExecutor(int threads, int bound, ChatLeases leases) {
		AtomicInteger counter = new AtomicInteger();
		ThreadFactory factory = (runnable) -> {
			Thread thread = new Thread(runnable, "birge-chat-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		this.pool = Executors.newFixedThreadPool(threads, factory);
		this.bound = bound;
		this.leases = (leases != null && leases.enabled()) ? leases : null;
		if (this.leases != null) {
			this.timer = Executors.newSingleThreadScheduledExecutor((runnable) -> {
				Thread thread = new Thread(runnable, "birge-chat-leases");
				thread.setDaemon(true);
				return thread;
			});
			long every = Math.max(100, this.leases.leaseTime().toMillis() / 3);
			this.timer.scheduleWithFixedDelay(this::renewHeld, every, every, TimeUnit.MILLISECONDS);
		}
		else {
			this.timer = null;
		}
	}

	/**
	 * Queues a task behind the earlier tasks of the same chat, unless the chat already
	 * has {@code bound} tasks queued; returns whether it was queued. The task must not
	 * throw.
	 */
	boolean submit(long chatId, Runnable task) {
		return enqueue(chatId, task, this.bound);
	}

	/**
	 * Queues a task even when the chat's queue is full: for the one notice that tells a
	 * person their messages are being dropped.
	 */
	void submitPastBound(long chatId, Runnable task) {
		enqueue(chatId, task, Integer.MAX_VALUE);
	}

	private boolean enqueue(long chatId, Runnable task, int limit) {
		boolean[] queued = { false };
		this.chains.compute(chatId, (id, chain) -> {
			Chain current = (chain != null) ? chain : new Chain();
			if (current.pending >= limit) {
				return current;
			}
			current.pending++;
			if (this.leases == null) {
				current.tail = current.tail.handleAsync((result, error) -> {
					run(chatId, current, task);
					return null;
				}, this.pool);
			}
			else {
				current.tail = current.tail.handle((result, error) -> null)
					.thenComposeAsync((ignored) -> leased(chatId, current, task), this.pool);
			}
			queued[0] = true;
			return current;
		});
		return queued[0];
	}

	/** Runs the task once this instance holds the chat's lease. */
	private CompletableFuture<Void> leased(long chatId, Chain chain, Runnable task) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		attempt(chatId, chain, task, done, System.nanoTime(), FIRST_BACKOFF_MS);
		return done;
	}

	private void attempt(long chatId, Chain chain, Runnable task, CompletableFuture<Void> done, long since,
			long backoff) {
		try {
			// taken again before every task: it renews the lease and sees whether the
			// chat's person was changed from elsewhere meanwhile
			Optional<Lease> lease = take(chatId);
			if (lease.isEmpty()) {
				long waited = System.nanoTime() - since;
				if (waited < 2 * this.leases.leaseTime().toNanos()) {
					this.timer.schedule(() -> this.pool.execute(
							() -> attempt(chatId, chain, task, done, since, Math.min(MAX_BACKOFF_MS, backoff * 2))),
							backoff, TimeUnit.MILLISECONDS);
					return;
				}
				log.warn("Chat {} is held by another instance for {} ms; its update is handled anyway", chatId,
						TimeUnit.NANOSECONDS.toMillis(waited));
			}
			chain.lease = lease.orElse(null);
			chain.held.complete(null);
			run(chatId, chain, task);
			done.complete(null);
		}
		catch (Throwable ex) {
			log.error("A task of chat {} could not run", chatId, ex);
			done.complete(null);
		}
	}

	private Optional<Lease> take(long chatId) {
		try {
			return this.leases.takeChat(chatId);
		}
		catch (RuntimeException ex) {
			log.warn("Could not take the lease of chat {}: {}", chatId, ex.getMessage());
			return Optional.empty();
		}
	}

	private void run(long chatId, Chain chain, Runnable task) {
		boolean emptied = false;
		try {
			task.run();
		}
		catch (Throwable ex) {
			// an Error past the dispatcher's own handling: log it, keep the chat's queue
			// going
			log.error("A task of chat {} failed", chatId, ex);
		}
		finally {
			// the chain of an idle chat is dropped; a pool thread is never inside the
			// submitting thread's compute, so this only waits for it
			boolean[] dropped = { false };
			this.chains.computeIfPresent(chatId, (id, current) -> {
				if (--current.pending == 0) {
					dropped[0] = true;
					return null;
				}
				return current;
			});
			emptied = dropped[0];
		}
		Lease lease = chain.lease;
		if (emptied && lease != null) {
			// a later chain of the chat takes the lease with a token of its own, which
			// this letting go does not touch
			chain.lease = null;
			this.leases.releaseChat(lease);
		}
	}

	/**
	 * Waits until the chat's queue holds the chat's lease, at most {@code patience}: once
	 * it does, no other instance handles the chat until the queue has handled everything
	 * in it. A webhook answers Telegram only then, so that an update delivered after it
	 * to another instance waits for this one.
	 */
	void awaitLease(long chatId, Duration patience) {
		if (this.leases == null) {
			return;
		}
		Chain chain = this.chains.get(chatId);
		if (chain == null) {
			return;
		}
		try {
			chain.held.get(patience.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			// not yet: Telegram is answered anyway
		}
	}

	/** Renews the leases of the chats whose queues have work. */
	private void renewHeld() {
		try {
			List<Chain> held = this.chains.values().stream().filter((chain) -> chain.lease != null).toList();
			if (held.isEmpty()) {
				return;
			}
			long now = System.nanoTime();
			List<Long> ids = held.stream().map((chain) -> (Long) chain.lease.id()).toList();
			long still = this.leases.renewChats(ids);
			for (Chain chain : held) {
				Lease lease = chain.lease;
				if (lease != null) {
					chain.lease = lease.renewed(now);
				}
			}
			if (still < ids.size()) {
				// let go meanwhile, or run out and taken elsewhere: the next task takes
				// it
				// again
				log.debug("{} of {} chat leases were no longer this instance's when renewed", ids.size() - still,
						ids.size());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the chat leases: {}", ex.getMessage());
		}
	}

	/** Waits for the queued tasks to finish, then stops the threads. */
	void shutdown(Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!this.chains.isEmpty() && System.nanoTime() < deadline) {
			CompletableFuture<?>[] pending = this.chains.values()
				.stream()
				.map((chain) -> chain.tail)
				.toArray(CompletableFuture[]::new);
			try {
				CompletableFuture.allOf(pending).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (Exception ex) {
				// a timeout or a failed task: the loop checks again
			}
		}
		if (!this.chains.isEmpty()) {
			log.warn("Stopping with {} chats still being handled", this.chains.size());
		}
		if (this.timer != null) {
			this.timer.shutdownNow();
		}
		this.pool.shutdownNow();
	}

	/**
	 * One chat's queue: the last task's future and how many tasks are waiting or running
	 * (read and written only inside the map's compute for the chat), and the chat's lease
	 * while the queue holds it.
	 */
	private static final class Chain {

		private volatile CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

		private int pending;

		private volatile Lease lease;

		/** Completed once the queue first holds the chat's lease. */
		private final CompletableFuture<Void> held = new CompletableFuture<>();

	}

}
