package kz.birge.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import kz.birge.support.FakeBotApi;

/**
 * Listens to the fake Bot API for the benchmark's single moments: the first getUpdates
 * (cold start), one chat's answers (the report), and the count of messages that reached a
 * set of chats (the reminders).
 */
final class ChatWatch implements FakeBotApi.CallListener {

	/** One call the bot made, when the fake answered it (System.nanoTime). */
	record Call(String method, long chatId, int messageId, boolean ok, long at) {
	}

	private final long chatId;

	private final Set<Long> counted;

	private final List<Call> calls = new ArrayList<>();

	private long firstPoll;

	private long countedMessages;

	private long firstCounted;

	private long lastCounted;

	/**
	 * Watches the calls about {@code chatId} and counts successful sendMessage calls to
	 * {@code counted}.
	 */
	ChatWatch(long chatId, Set<Long> counted) {
		this.chatId = chatId;
		this.counted = counted;
	}

	@Override
	public synchronized void called(String method, long chat, int messageId, String callbackQueryId, boolean ok) {
		long now = System.nanoTime();
		if (method.equals("getUpdates") && this.firstPoll == 0) {
			this.firstPoll = now;
		}
		if (chat == this.chatId && chat != 0) {
			this.calls.add(new Call(method, chat, messageId, ok, now));
		}
		if (ok && method.equals("sendMessage") && this.counted.contains(chat)) {
			if (this.countedMessages == 0) {
				this.firstCounted = now;
			}
			this.countedMessages++;
			this.lastCounted = now;
		}
		notifyAll();
	}

	/** When the first getUpdates arrived (System.nanoTime), waiting for it. */
	synchronized long firstPoll(Duration patience) throws InterruptedException {
		await(patience, () -> this.firstPoll != 0);
		return this.firstPoll;
	}

	/** Forgets the watched chat's calls so far. */
	synchronized void clear() {
		this.calls.clear();
	}

	/** The first call about the watched chat since {@link #clear} that matches. */
	synchronized Call await(Duration patience, Predicate<Call> condition) throws InterruptedException {
		await(patience, () -> this.calls.stream().anyMatch(condition));
		return this.calls.stream()
			.filter(condition)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No matching call within " + patience + ": " + this.calls));
	}

	/** The {@code n}th call (1 for the first) since {@link #clear} that matches. */
	synchronized Call await(Duration patience, Predicate<Call> condition, int n) throws InterruptedException {
		await(patience, () -> this.calls.stream().filter(condition).count() >= n);
		return this.calls.stream()
			.filter(condition)
			.skip(n - 1)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No call " + n + " within " + patience + ": " + this.calls));
	}

	/**
	 * Waits until {@code count} messages reached the counted chats; false on time out.
	 */
	synchronized boolean awaitCounted(long count, Duration patience) throws InterruptedException {
		await(patience, () -> this.countedMessages >= count);
		return this.countedMessages >= count;
	}

	synchronized long countedMessages() {
		return this.countedMessages;
	}

	synchronized long firstCounted() {
		return this.firstCounted;
	}

	synchronized long lastCounted() {
		return this.lastCounted;
	}

	private void await(Duration patience, BooleanSupplier done) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!done.getAsBoolean()) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return;
			}
			wait(Math.max(1, left / 1_000_000));
		}
	}

}
