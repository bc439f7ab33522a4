package kz.birge.bot;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers which update ids were handled, so that an update Telegram delivers twice (as
 * it does after a restart) is handled once. Old ids are forgotten after a week; Telegram
 * keeps updates for a day at most.
 * <p>
 * With {@code birge.cluster.enabled} another instance may be given the same update, so
 * each id is claimed by an insert with a unique {@code _id} before the update is handled.
 * One instance alone claims an id in memory (the last {@value #REMEMBERED} ids) and a
 * writer thread stores the ids claimed since its last round in one unordered insert every
 * {@link #FLUSH_EVERY}, and once more at shutdown, after the last update in flight and
 * before the MongoDB client closes. An id not in memory is looked up in the database only
 * if it is not above the highest id stored before this start or the highest one memory
 * let go of: Telegram's update ids increase, so a higher one cannot have been handled.
 * The writer reads the highest stored id first (a scan on the embedded store), off the
 * start; until it has, every id is looked up, as in a cluster. The trade-off: an update
 * handled in the last {@link #FLUSH_EVERY} before a crash may be handled again when
 * Telegram delivers it after the restart, as one whose handling the crash interrupted
 * may.
 */
@Component
class ProcessedUpdates implements SmartLifecycle {

	static final String COLLECTION = "processed_updates";

	/** How often the ids claimed in memory are written to the database. */
	static final Duration FLUSH_EVERY = Duration.ofMillis(150);

	/** How many of the latest ids one instance keeps in memory. */
	static final int REMEMBERED = 100_000;

	/**
	 * After the update handling (long polling and webhook, default phase) stops, before
	 * the MongoDB client closes (after every phase).
	 */
	private static final int PHASE = 0;

	private static final Logger log = LoggerFactory.getLogger(ProcessedUpdates.class);

	private static final Duration KEEP = Duration.ofDays(7);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final boolean cluster;

	/** The ids claimed in memory, oldest first; guarded by itself. */
	private final Map<Long, Boolean> recent = new LinkedHashMap<>(1024, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
			if (size() > REMEMBERED) {
				ProcessedUpdates.this.forgotten = Math.max(ProcessedUpdates.this.forgotten, eldest.getKey());
				return true;
			}
			return false;
		}

	};

	/** The ids claimed in memory and not yet written; guarded by {@link #recent}. */
	private List<Document> unwritten = new ArrayList<>();

	/**
	 * The highest id stored before this start, {@link Long#MAX_VALUE} until it is read;
	 * guarded by {@link #recent}.
	 */
	private long storedBefore = Long.MAX_VALUE;

	/** The highest id memory let go of; guarded by {@link #recent}. */
	private long forgotten = Long.MIN_VALUE;

	private ScheduledExecutorService writer;

	private volatile boolean running;

	ProcessedUpdates(MongoTemplate mongo, Clock clock, ClusterProperties cluster) {
		this.mongo = mongo;
		this.clock = clock;
		this.cluster = cluster.enabled();
	}

	/** True the first time an update id is seen, false ever after. */
	boolean claim(long updateId) {
		if (this.cluster) {
			return insert(updateId);
		}
		boolean lookUp;
		synchronized (this.recent) {
			if (this.recent.putIfAbsent(updateId, Boolean.TRUE) != null) {
				return false;
			}
			lookUp = updateId <= this.storedBefore || updateId <= this.forgotten;
			if (!lookUp) {
				this.unwritten.add(document(updateId));
			}
		}
		if (!lookUp) {
			return true;
		}
		try {
			return insert(updateId);
		}
		catch (RuntimeException ex) {
			synchronized (this.recent) {
				this.recent.remove(updateId);
			}
			throw ex;
		}
	}

	private boolean insert(long updateId) {
		try {
			this.mongo.insert(document(updateId), COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private Document document(long updateId) {
		return new Document("_id", updateId).append("at", this.clock.instant());
	}

	/** A round of the writer: the highest stored id until it is known, then a flush. */
	private void round() {
		try {
			readStoredBefore();
		}
		catch (RuntimeException ex) {
			log.warn("The highest handled update id not read; trying again", ex);
			return;
		}
		flush();
	}

	private void readStoredBefore() {
		synchronized (this.recent) {
			if (this.storedBefore != Long.MAX_VALUE) {
				return;
			}
		}
		Document highest = this.mongo.findOne(Query.query(Criteria.where("_id").gt(Long.MIN_VALUE))
			.with(Sort.by(Sort.Direction.DESC, "_id"))
			.limit(1), Document.class, COLLECTION);
		synchronized (this.recent) {
			this.storedBefore = (highest != null) ? ((Number) highest.get("_id")).longValue() : Long.MIN_VALUE;
		}
	}

	/** Whether the highest id stored before this start has been read. */
	boolean knowsStoredBefore() {
		synchronized (this.recent) {
			return this.storedBefore != Long.MAX_VALUE;
		}
	}

	/** Writes the ids claimed in memory since the last time; never throws. */
	void flush() {
		List<Document> batch;
		synchronized (this.recent) {
			if (this.unwritten.isEmpty()) {
				return;
			}
			batch = this.unwritten;
			this.unwritten = new ArrayList<>();
		}
		try {
			this.mongo.getCollection(COLLECTION).insertMany(batch, new InsertManyOptions().ordered(false));
		}
		catch (MongoBulkWriteException ex) {
			List<Document> failed = new ArrayList<>();
			for (BulkWriteError error : ex.getWriteErrors()) {
				if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
					failed.add(batch.get(error.getIndex()));
				}
			}
			again(failed, ex);
		}
		catch (MongoException ex) {
			again(batch, ex);
		}
	}

	private void again(List<Document> failed, MongoException ex) {
		if (failed.isEmpty()) {
			return;
		}
		log.warn("{} handled update ids not stored; trying again", failed.size(), ex);
		synchronized (this.recent) {
			failed.addAll(this.unwritten);
			this.unwritten = failed;
		}
	}

	@Override
	public void start() {
		if (!this.cluster) {
			this.writer = Executors.newSingleThreadScheduledExecutor((runnable) -> {
				Thread thread = new Thread(runnable, "birge-processed-updates");
				thread.setDaemon(true);
				return thread;
			});
			long every = FLUSH_EVERY.toMillis();
			this.writer.scheduleWithFixedDelay(this::round, 0, every, TimeUnit.MILLISECONDS);
		}
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.writer != null) {
			this.writer.shutdown();
			try {
				this.writer.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.writer = null;
			flush();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT1M")
	@SchedulerLock(name = "processed-updates-forget", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void forgetOld() {
		this.mongo.remove(Query.query(Criteria.where("at").lt(this.clock.instant().minus(KEEP))), COLLECTION);
	}

}
