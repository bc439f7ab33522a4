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
 * dropped when it runs empty, so idle chats cost nothing.
 */
final class ChatExecutor {

	private static final Logger log = LoggerFactory.getLogger(ChatExecutor.class);

	private final ExecutorService pool;

	private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

	ChatExecutor(int threads) {
		AtomicInteger counter = new AtomicInteger();
		ThreadFactory factory = (runnable) -> {
			Thread thread = new Thread(runnable, "birge-chat-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		this.pool = Executors.newFixedThreadPool(threads, factory);
	}

	/**
	 * Queues a task behind the earlier tasks of the same chat. The task must not throw.
	 */
	void submit(long chatId, Runnable task) {
		CompletableFuture<Void> next = this.tails.compute(chatId, (id, tail) -> {
			CompletableFuture<Void> previous = (tail != null) ? tail : CompletableFuture.completedFuture(null);
			return previous.handleAsync((result, error) -> {
				try {
					task.run();
				}
				catch (Throwable ex) {
					// an Error past the dispatcher's own handling: log it, keep the
					// chat's queue going
					log.error("A task of chat {} failed", chatId, ex);
				}
				return null;
			}, this.pool);
		});
		// registered outside compute: a finished future runs this at once, and may not
		// touch the map inside compute
		next.whenComplete((result, error) -> this.tails.remove(chatId, next));
	}

	/** Waits for the queued tasks to finish, then stops the threads. */
	void shutdown(Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!this.tails.isEmpty() && System.nanoTime() < deadline) {
			CompletableFuture<?>[] pending = this.tails.values().toArray(CompletableFuture[]::new);
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
		if (!this.tails.isEmpty()) {
			log.warn("Stopping with {} chats still being handled", this.tails.size());
		}
		this.pool.shutdownNow();
	}

}
