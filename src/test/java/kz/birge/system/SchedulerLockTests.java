package kz.birge.system;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import kz.birge.support.BirgeInstance;
import kz.birge.support.FakeBotApi;
import kz.birge.support.OwnBirge;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.aop.support.AopUtils;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled work done once: two Birge instances on one database, a job called on both at
 * the same moment runs on one of them; and ShedLock's MongoDB lock works on the embedded
 * server (an upsert that meets a held lock fails on the unique {@code _id}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchedulerLockTests {

	private OwnBirge first;

	private FakeBotApi secondApi;

	private BirgeInstance second;

	@BeforeAll
	void start() throws IOException {
		this.first = OwnBirge.start(Map.of(), CountedJob.class, IndexCoverageTests.ScheduledJobs.class,
				ContextOf.class);
		// the second instance on the first one's database: its embedded server, or the
		// same MongoDB
		String uri = this.first.birge().bean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
		String database = this.first.birge().mongo().getDb().getName();
		this.secondApi = FakeBotApi.start(BirgeInstance.TOKEN);
		this.second = BirgeInstance.start(this.secondApi, Files.createTempDirectory("birge-second"), database,
				Map.of("birge.database.uri", uri), CountedJob.class);
	}

	@AfterAll
	void stop() {
		this.second.close();
		this.secondApi.close();
		this.first.close();
	}

	@Test
	void bothInstancesShareOneDatabase() {
		this.first.birge().mongo().getCollection("shared_probe").insertOne(new Document("_id", "hello"));
		assertThat(this.second.mongo().getCollection("shared_probe").countDocuments(new Document("_id", "hello")))
			.isEqualTo(1);
	}

	@Test
	void aJobCalledOnBothInstancesAtOnceRunsOnOne() throws Exception {
		CountedJob.RUNS.set(0);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> calls = List
				.of(this.first.birge().bean(CountedJob.class), this.second.bean(CountedJob.class))
				.stream()
				.<Future<?>>map((job) -> threads.submit(() -> {
					go.await();
					job.run();
					return null;
				}))
				.toList();
			go.countDown();
			for (Future<?> call : calls) {
				call.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(CountedJob.RUNS.get()).as("runs of the job on both instances").isEqualTo(1);

		// the lock is let go when the job is done: the next round runs again, on either
		this.second.bean(CountedJob.class).run();
		assertThat(CountedJob.RUNS.get()).isEqualTo(2);
	}

	@Test
	void aRealJobTakesOneLockOnEitherInstance() {
		// a real job, through its Spring proxy on each instance, one after the other: the
		// lock is released at once (lockAtLeastFor 0), so both run and one lock document
		// stands for the job
		this.first.birge().bean(Backups.class).makeDailyCopyIfDue();
		this.second.bean(Backups.class).makeDailyCopyIfDue();
		Document lock = this.first.birge()
			.mongo()
			.getCollection(SchedulerLockConfig.COLLECTION)
			.find(new Document("_id", "daily-backup"))
			.first();
		assertThat(lock).isNotNull();
		assertThat(lock.getString("lockedBy")).isNotBlank();
	}

	@Test
	void everyScheduledJobIsLockedByItsName() throws Exception {
		List<String> unlocked = new ArrayList<>();
		List<String> names = new ArrayList<>();
		ApplicationContext context = this.first.birge().bean(ContextOf.class).context;
		for (String bean : context.getBeanDefinitionNames()) {
			Class<?> type = AopUtils.getTargetClass(context.getBean(bean));
			for (Method method : type.getDeclaredMethods()) {
				if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
					SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
					if (lock == null) {
						unlocked.add(type.getSimpleName() + "." + method.getName());
					}
					else {
						names.add(lock.name());
					}
				}
			}
		}
		assertThat(unlocked).as("scheduled jobs without a lock").isEmpty();
		assertThat(names).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();

		// run through their Spring proxies, each job leaves its lock document behind
		this.first.birge().bean(IndexCoverageTests.ScheduledJobs.class).runEach();
		List<String> taken = this.first.birge()
			.mongo()
			.getCollection(SchedulerLockConfig.COLLECTION)
			.distinct("_id", String.class)
			.into(new ArrayList<>());
		assertThat(taken).containsAll(names);
	}

	@Test
	void aHeldLockIsRefusedOnTheEmbeddedServerAndTakenWhenLetGoOrRunOut() throws InterruptedException {
		LockProvider one = this.first.birge().bean(LockProvider.class);
		LockProvider other = this.second.bean(LockProvider.class);

		Optional<SimpleLock> held = one.lock(lock("probe", Duration.ofMinutes(1)));
		assertThat(held).isPresent();
		assertThat(other.lock(lock("probe", Duration.ofMinutes(1)))).as("the lock held elsewhere").isEmpty();
		assertThat(one.lock(lock("probe", Duration.ofMinutes(1)))).as("the lock held, asked again").isEmpty();
		assertThat(other.lock(lock("another", Duration.ofMinutes(1)))).as("another job's lock").isPresent();

		held.orElseThrow().unlock();
		Optional<SimpleLock> again = other.lock(lock("probe", Duration.ofMillis(200)));
		assertThat(again).as("the lock let go").isPresent();

		// an instance that died holding the lock holds it until lockAtMostFor
		Thread.sleep(400);
		assertThat(one.lock(lock("probe", Duration.ofMinutes(1)))).as("the lock run out").isPresent();
	}

	private static LockConfiguration lock(String name, Duration atMost) {
		return new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO);
	}

	/** A job that takes a while and counts its runs, on whichever instance. */
	static class CountedJob {

		static final AtomicInteger RUNS = new AtomicInteger();

		@SchedulerLock(name = "counted-job", lockAtMostFor = "PT1M", lockAtLeastFor = "PT0S")
		void run() throws InterruptedException {
			RUNS.incrementAndGet();
			Thread.sleep(1000);
		}

	}

	/** The application context of an instance, for the test to look through. */
	static class ContextOf {

		final ApplicationContext context;

		ContextOf(ApplicationContext context) {
			this.context = context;
		}

	}

}
