package kz.birge.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chat's queue holds at most its bound; another chat is not held up by a busy one.
 */
class ChatExecutorTests {

	private static final long BUSY = 1;

	private static final long OTHER = 2;

	private final ChatExecutor chats = new ChatExecutor(2, 3);

	private final List<String> ran = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		this.chats.shutdown(Duration.ofSeconds(5));
	}

	@Test
	void aChatsQueueRefusesTasksPastItsBoundButNotItsNotice() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		assertThat(this.chats.submit(BUSY, () -> awaitThen(release, "first"))).isTrue();
		assertThat(this.chats.submit(BUSY, () -> this.ran.add("second"))).isTrue();
		assertThat(this.chats.submit(BUSY, () -> this.ran.add("third"))).isTrue();
		assertThat(this.chats.submit(BUSY, () -> this.ran.add("fourth"))).isFalse();
		this.chats.submitPastBound(BUSY, () -> this.ran.add("notice"));

		release.countDown();
		CountDownLatch done = new CountDownLatch(1);
		awaitQueued(BUSY, done);
		assertThat(this.ran).containsExactly("first", "second", "third", "notice");
	}

	@Test
	void anotherChatRunsWhileOneChatIsBusy() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		this.chats.submit(BUSY, () -> awaitThen(release, "busy"));
		CountDownLatch other = new CountDownLatch(1);
		this.chats.submit(OTHER, () -> {
			this.ran.add("other");
			other.countDown();
		});
		assertThat(other.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.ran).containsExactly("other");
		release.countDown();
	}

	@Test
	void aDrainedQueueTakesTasksAgain() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			this.chats.submit(BUSY, () -> this.ran.add("early"));
		}
		awaitQueued(BUSY, new CountDownLatch(1));
		for (int i = 0; i < 3; i++) {
			assertThat(this.chats.submit(BUSY, () -> this.ran.add("later"))).isTrue();
			awaitQueued(BUSY, new CountDownLatch(1));
		}
		assertThat(this.ran).containsExactly("early", "early", "early", "later", "later", "later");
	}

	/**
	 * Queues a marker past the bound and waits for it: the chat's earlier tasks are done.
	 */
	private void awaitQueued(long chatId, CountDownLatch done) throws InterruptedException {
		this.chats.submitPastBound(chatId, done::countDown);
		assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
	}

	private void awaitThen(CountDownLatch latch, String name) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.ran.add(name);
	}

}
