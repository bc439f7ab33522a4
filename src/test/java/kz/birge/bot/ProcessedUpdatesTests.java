package kz.birge.bot;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Update ids claimed once: in memory and written in batches by one instance alone, by a
 * synchronous insert in a cluster. (Birge restarted on its data dir, with an update
 * delivered again, is in RestartTests.)
 */
class ProcessedUpdatesTests {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client;

	private final MongoTemplate mongo;

	private final List<ProcessedUpdates> started = new ArrayList<>();

	ProcessedUpdatesTests() {
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.mongo = new MongoTemplate(this.client, "processed");
	}

	@AfterEach
	void stop() {
		this.started.forEach(ProcessedUpdates::stop);
		this.client.close();
		this.server.shutdown();
	}

	/** An instance started, and past reading the highest stored id when alone. */
	private ProcessedUpdates start(boolean cluster) {
		ProcessedUpdates processed = new ProcessedUpdates(this.mongo, Clock.systemUTC(),
				new ClusterProperties(cluster, Duration.ofSeconds(10), Duration.ofSeconds(1)));
		processed.start();
		this.started.add(processed);
		long begun = System.nanoTime();
		while (!cluster && !processed.knowsStoredBefore()
				&& System.nanoTime() - begun < Duration.ofSeconds(5).toNanos()) {
			Thread.onSpinWait();
		}
		return processed;
	}

	@Test
	void untilTheHighestStoredIdIsReadEachClaimIsStoredBeforeItIsAnswered() {
		this.mongo.getCollection(ProcessedUpdates.COLLECTION).insertOne(new Document("_id", 30L));
		ProcessedUpdates processed = new ProcessedUpdates(this.mongo, Clock.systemUTC(),
				new ClusterProperties(false, Duration.ofSeconds(10), Duration.ofSeconds(1)));
		// not started: no writer has read it
		assertThat(processed.claim(30)).isFalse();
		assertThat(processed.claim(31)).isTrue();
		assertThat(stored(31)).isTrue();
	}

	private boolean stored(long updateId) {
		return this.mongo.getCollection(ProcessedUpdates.COLLECTION).countDocuments(new Document("_id", updateId)) == 1;
	}

	@Test
	void anIdIsClaimedOnce() {
		ProcessedUpdates processed = start(false);
		assertThat(processed.claim(7)).isTrue();
		assertThat(processed.claim(7)).isFalse();
		assertThat(processed.claim(8)).isTrue();
	}

	@Test
	void claimedIdsReachTheDatabaseWithinTheFlushInterval() throws InterruptedException {
		ProcessedUpdates processed = start(false);
		long begun = System.nanoTime();
		for (long id = 100; id < 110; id++) {
			assertThat(processed.claim(id)).isTrue();
		}
		while (!(stored(100) && stored(109)) && System.nanoTime() - begun < Duration.ofSeconds(5).toNanos()) {
			Thread.sleep(10);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - begun);
		assertThat(this.mongo.getCollection(ProcessedUpdates.COLLECTION).countDocuments()).isEqualTo(10);
		// one interval, and some slack for a busy machine
		assertThat(took).isLessThan(ProcessedUpdates.FLUSH_EVERY.plusMillis(500));
	}

	@Test
	void stoppingWritesWhatIsLeftAndAnIdClaimedBeforeARestartIsNotClaimedAfterIt() {
		ProcessedUpdates first = start(false);
		assertThat(first.claim(41)).isTrue();
		assertThat(first.claim(42)).isTrue();
		first.stop();
		assertThat(stored(41)).isTrue();
		assertThat(stored(42)).isTrue();

		ProcessedUpdates second = start(false);
		assertThat(second.claim(41)).isFalse();
		assertThat(second.claim(42)).isFalse();
		assertThat(second.claim(43)).isTrue();
		assertThat(second.claim(42)).isFalse();
	}

	@Test
	void anOlderIdNeverStoredIsClaimedAfterARestart() {
		ProcessedUpdates first = start(false);
		assertThat(first.claim(50)).isTrue();
		first.stop();

		ProcessedUpdates second = start(false);
		// looked up in the database, which does not have it
		assertThat(second.claim(49)).isTrue();
		assertThat(stored(49)).isTrue();
		assertThat(second.claim(49)).isFalse();
	}

	@Test
	void aWrittenIdIsNotWrittenAgainAndDuplicatesDoNotStopTheBatch() {
		ProcessedUpdates processed = start(false);
		this.mongo.getCollection(ProcessedUpdates.COLLECTION).insertOne(new Document("_id", 61L));
		processed.claim(60);
		processed.claim(61);
		processed.claim(62);
		processed.flush();
		assertThat(stored(60)).isTrue();
		assertThat(stored(62)).isTrue();
	}

	@Test
	void inAClusterEachClaimIsStoredBeforeItIsAnswered() {
		ProcessedUpdates one = start(true);
		ProcessedUpdates other = start(true);
		assertThat(one.claim(70)).isTrue();
		assertThat(stored(70)).isTrue();
		assertThat(other.claim(70)).isFalse();
		assertThat(one.claim(70)).isFalse();
	}

}
