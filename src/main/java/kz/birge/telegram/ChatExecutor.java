package kz.birge.telegram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks of different chats in parallel and the tasks of one chat strictly one after
 * another, in the order they were submitted. A chat's queue is a chain of futures that is
 * dropped when it runs empty, so idle chats cost nothing. A chat may have at most
 * {@code bound} tasks waiting or running; {@link #submit} refuses more, so one chat that
 * floods the bot cannot pile up work without end.
 */
final class ChatExecutor {

	private static final Logger log = LoggerFactory.getLogger(ChatExecutor.class);

	private final ExecutorService pool;

	private final int bound;

	private final ConcurrentHashMap<Long, Chain> chains = new ConcurrentHashMap<>();

	ChatExecutor(int threads, int bound) {
		AtomicInteger counter = new AtomicInteger();
		ThreadFactory factory = (runnable) -> {
			Thread thread = new Thread(runnable, "birge-chat-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		this.pool = Executors.newFixedThreadPool(threads, factory);
		this.bound = bound;
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
			current.tail = current.tail.handleAsync((result, error) -> {
				run(chatId, task);
				return null;
			}, this.pool);
			queued[0] = true;
			return current;
		});
		return queued[0];
	}

	private void run(long chatId, Runnable task) {
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
			this.chains.computeIfPresent(chatId, (id, chain) -> (--chain.pending == 0) ? null : chain);
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
		this.pool.shutdownNow();
	}

	/**
	 * One chat's queue: the last task's future and how many tasks are waiting or running.
	 * Read and written only inside the map's compute for the chat.
	 */
	private static final class Chain {

		private volatile CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

		private int pending;

	}

}
