package kz.birge.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import kz.birge.bot.ChatBlocked;
import kz.birge.bot.Outbox;
import kz.birge.bot.Outgoing;
import kz.birge.bot.RetryLater;
import kz.birge.bot.SendException;
import kz.birge.bot.Sender;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one queue of everything the bot sends on its own. A message is a document of the
 * {@code outbound} collection until Telegram took all of its parts: a worker claims it
 * with a lease (findAndModify), sends its next part, and only then records that part as
 * sent; a message whose lease ran out (the process stopped while sending) is claimed
 * again. Workers keep to one message a second per chat here and to the overall rate in
 * {@link SendLimits}; a 429 puts the message back for when the pause ends, a 403 makes
 * the person unreachable and drops what was queued for them, another failure is retried a
 * few times, further apart each time. Messages are counted per tag (a broadcast's
 * progress) in {@code outbound_tags}.
 * <p>
 * Times here are real time, not the bot's clock: they measure Telegram's pace.
 */
@Component
public class OutboundQueue implements Outbox, SmartLifecycle {

	static final String COLLECTION = "outbound";

	static final String TAGS = "outbound_tags";

	private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);

	private static final Duration IDLE_POLL = Duration.ofMillis(500);

	/** The longest an idle worker sleeps without looking (another process may queue). */
	private static final Duration IDLE_LONGEST = Duration.ofSeconds(30);

	/** How many due messages one look-up finds for the workers to lease. */
	private static final int CLAIM_BATCH = 32;

	private static final String QUEUED = "QUEUED";

	private static final String SENDING = "SENDING";

	private final MongoTemplate mongo;

	private final Sender sender;

	private final SendLimits limits;

	private final Reachability reachability;

	private final OutboundProperties properties;

	private final Clock wall = Clock.systemUTC();

	/** Per chat, the System.nanoTime before which nothing more goes there. */
	private final Map<Long, Long> chatSlots = new ConcurrentHashMap<>();

	private final Object signal = new Object();

	/** Ids of due messages looked up together, to be leased one by one. */
	private final Queue<Object> candidates = new ConcurrentLinkedQueue<>();

	private final List<Thread> workers = new ArrayList<>();

	private volatile boolean running;

	OutboundQueue(MongoTemplate mongo, Sender sender, SendLimits limits, Reachability reachability,
			OutboundProperties properties, MeterRegistry registry) {
		this.mongo = mongo;
		this.sender = sender;
		this.limits = limits;
		this.reachability = reachability;
		this.properties = properties;
		Gauge.builder("birge.outbound.depth", this, OutboundQueue::depth)
			.description("Messages queued and not yet taken by Telegram")
			.register(registry);
	}

	// ------------------------------------------------------------------ queueing

	@Override
	public boolean post(Outgoing message) {
		if (!this.reachability.reachable(message.userId())) {
			return false;
		}
		List<Document> parts = message.parts().stream().map(OutgoingCodec::part).toList();
		Instant now = this.wall.instant();
		this.mongo.insert(new Document("chatId", message.chatId()).append("userId", message.userId())
			.append("tag", message.tag())
			.append("parts", parts)
			.append("next", 0)
			.append("state", QUEUED)
			.append("readyAt", now)
			.append("createdAt", now)
			.append("attempts", 0), COLLECTION);
		count(message.tag(), "queued");
		synchronized (this.signal) {
			this.signal.notifyAll();
		}
		return true;
	}

	@Override
	public boolean reachable(long userId) {
		return this.reachability.reachable(userId);
	}

	/** Messages not yet (wholly) taken by Telegram. */
	public long depth() {
		return this.mongo.count(Query.query(Criteria.where("state").in(QUEUED, SENDING)), COLLECTION);
	}

	/** How long the oldest message that is due has waited; zero when none. */
	public Duration oldestOverdue() {
		Instant now = this.wall.instant();
		Query due = Query.query(Criteria.where("state").in(QUEUED, SENDING).and("readyAt").lte(now))
			.with(Sort.by("readyAt"))
			.limit(1);
		Document oldest = this.mongo.findOne(due, Document.class, COLLECTION);
		return (oldest != null) ? Duration.between(oldest.getDate("readyAt").toInstant(), now) : Duration.ZERO;
	}

	/** How the messages under one tag fared so far. */
	public Progress progress(String tag) {
		Document counts = this.mongo.findById(tag, Document.class, TAGS);
		if (counts == null) {
			return new Progress(0, 0, 0);
		}
		long queued = number(counts, "queued");
		long sent = number(counts, "sent");
		long failed = number(counts, "failed");
		return new Progress(sent, failed, Math.max(0, queued - sent - failed));
	}

	/**
	 * Counts of the messages under one tag.
	 *
	 * @param sent taken by Telegram
	 * @param failed given up (blocked, or refused every time)
	 * @param left still queued
	 */
	public record Progress(long sent, long failed, long left) {
	}

	private static long number(Document doc, String field) {
		Object value = doc.get(field);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	private void count(String tag, String field) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(tag)),
				new Update().inc(field, 1).set("touchedAt", Date.from(this.wall.instant())), TAGS);
	}

	/** A person blocked the bot: what was queued for them is dropped. */
	@EventListener
	void onUnreachable(PersonUnreachable unreachable) {
		Query theirs = Query.query(Criteria.where("userId").is(unreachable.userId()).and("state").is(QUEUED));
		for (Document dropped : this.mongo.findAllAndRemove(theirs, Document.class, COLLECTION)) {
			count(dropped.getString("tag"), "failed");
		}
	}

	/** Forgets the counts of tags nobody asked about for long. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
	@SchedulerLock(name = "outbound-tags-forget", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void forgetOldTags() {
		Instant before = this.wall.instant().minus(this.properties.keep());
		this.mongo.remove(Query.query(Criteria.where("touchedAt").lt(before)), TAGS);
	}

	// ------------------------------------------------------------------ draining

	@Override
	public void start() {
		this.running = true;
		for (int i = 0; i < this.properties.workers(); i++) {
			Thread worker = new Thread(this::drain, "birge-outbound-" + (i + 1));
			worker.setDaemon(true);
			this.workers.add(worker);
			worker.start();
		}
	}

	@Override
	public void stop() {
		this.running = false;
		synchronized (this.signal) {
			this.signal.notifyAll();
		}
		for (Thread worker : this.workers) {
			try {
				worker.join(Duration.ofSeconds(30).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		this.workers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void drain() {
		while (this.running) {
			try {
				Duration paused = this.limits.pausedFor();
				Optional<Document> claimed = paused.isZero() ? claim() : Optional.empty();
				if (claimed.isPresent()) {
					deliver(claimed.get());
				}
				else {
					idle(paused.isZero() ? untilNextDue() : paused);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("The outbound queue stumbled: {}", ex.toString());
				try {
					idle(IDLE_POLL);
				}
				catch (InterruptedException stop) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void idle(Duration duration) throws InterruptedException {
		synchronized (this.signal) {
			if (this.running) {
				this.signal.wait(Math.max(1, Math.min(duration.toMillis(), IDLE_LONGEST.toMillis())));
			}
		}
	}

	/**
	 * How long until a message is due (one put back for later, or one whose lease runs
	 * out); a new message wakes the workers before that.
	 */
	private Duration untilNextDue() {
		Instant now = this.wall.instant();
		Document queued = this.mongo.findOne(
				Query.query(Criteria.where("state").is(QUEUED)).with(Sort.by("readyAt")).limit(1), Document.class,
				COLLECTION);
		Document sending = this.mongo.findOne(
				Query.query(Criteria.where("state").is(SENDING)).with(Sort.by("leaseUntil")).limit(1), Document.class,
				COLLECTION);
		Duration wait = IDLE_LONGEST;
		if (queued != null) {
			wait = min(wait, Duration.between(now, queued.getDate("readyAt").toInstant()));
		}
		if (sending != null) {
			wait = min(wait, Duration.between(now, sending.getDate("leaseUntil").toInstant()));
		}
		return wait.isNegative() ? Duration.ofMillis(1) : wait.plusMillis(1);
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	/**
	 * The next due message, leased to this worker: one queued and ready, or one whose
	 * lease ran out. The due messages are looked up a batch at a time, oldest first (on
	 * the embedded store a query reads the whole collection), and each is then leased by
	 * its id with the same condition, so that a message another worker or process took
	 * meanwhile is passed over.
	 */
	private Optional<Document> claim() {
		while (true) {
			Object id = this.candidates.poll();
			if (id == null) {
				synchronized (this.candidates) {
					if (this.candidates.isEmpty()) {
						List<Object> due = this.mongo
							.find(due(this.wall.instant()).limit(CLAIM_BATCH), Document.class, COLLECTION)
							.stream()
							.map((doc) -> doc.get("_id"))
							.toList();
						if (due.isEmpty()) {
							return Optional.empty();
						}
						this.candidates.addAll(due);
					}
				}
				continue;
			}
			Instant now = this.wall.instant();
			Query mine = due(now);
			mine.addCriteria(Criteria.where("_id").is(id));
			Update lease = Update.update("state", SENDING)
				.set("lease", UUID.randomUUID().toString())
				.set("leaseUntil", now.plus(this.properties.lease()))
				.inc("attempts", 1);
			Document claimed = this.mongo.findAndModify(mine, lease, FindAndModifyOptions.options().returnNew(true),
					Document.class, COLLECTION);
			if (claimed != null) {
				return Optional.of(claimed);
			}
		}
	}

	private static Query due(Instant now) {
		return Query.query(new Criteria().orOperator(Criteria.where("state").is(QUEUED).and("readyAt").lte(now),
				Criteria.where("state").is(SENDING).and("leaseUntil").lt(now)))
			.with(Sort.by("readyAt", "_id"));
	}

	private void deliver(Document message) throws InterruptedException {
		long chatId = ((Number) message.get("chatId")).longValue();
		long userId = ((Number) message.get("userId")).longValue();
		long wait = reserveChat(chatId);
		if (wait > 0) {
			putBack(message, Duration.ofNanos(wait), false);
			return;
		}
		List<Document> parts = message.getList("parts", Document.class);
		int next = message.getInteger("next", 0);
		try {
			OutgoingCodec.send(this.sender.background(), chatId, parts.get(next));
		}
		catch (ChatBlocked ex) {
			finish(message, "failed", "blocked");
			this.reachability.blocked(userId, chatId);
			return;
		}
		catch (RetryLater ex) {
			putBack(message, ex.after(), false);
			return;
		}
		catch (SendException ex) {
			int attempts = message.getInteger("attempts", 1);
			if (attempts >= this.properties.attempts()) {
				log.warn("A message to chat {} was given up after {} attempts: {}", chatId, attempts, ex.getMessage());
				finish(message, "failed", ex.getMessage());
			}
			else {
				putBack(message, Duration.ofSeconds(1L << Math.min(attempts, 8)), true);
			}
			return;
		}
		if (next + 1 >= parts.size()) {
			finish(message, "sent", "");
		}
		else {
			// the next part waits for its turn in this chat
			Update partSent = Update.update("next", next + 1)
				.set("state", QUEUED)
				.set("readyAt", this.wall.instant().plus(this.properties.perChat()))
				.set("attempts", 0)
				.unset("lease");
			this.mongo.updateFirst(leased(message), partSent, COLLECTION);
		}
	}

	/**
	 * Takes the chat's next slot; zero when it was free, else the nanoseconds to wait.
	 */
	private long reserveChat(long chatId) {
		long now = System.nanoTime();
		long gap = this.properties.perChat().toNanos();
		long[] wait = new long[1];
		this.chatSlots.compute(chatId, (id, until) -> {
			if (until == null || now - until >= 0) {
				return now + gap;
			}
			wait[0] = until - now;
			return until;
		});
		if (this.chatSlots.size() > 100_000) {
			this.chatSlots.values().removeIf((until) -> now - until > 0);
		}
		return wait[0];
	}

	private void putBack(Document message, Duration after, boolean counts) {
		Update back = Update.update("state", QUEUED).set("readyAt", this.wall.instant().plus(after)).unset("lease");
		if (!counts) {
			back.inc("attempts", -1);
		}
		this.mongo.updateFirst(leased(message), back, COLLECTION);
	}

	/**
	 * Done with a message: sent wholly, or given up. Only the lease holder may say so.
	 */
	private void finish(Document message, String outcome, String reason) {
		Document removed = this.mongo.findAndRemove(leased(message), Document.class, COLLECTION);
		if (removed == null) {
			return;
		}
		if (!reason.isEmpty() && outcome.equals("failed")) {
			log.debug("Message {} failed: {}", message.get("_id"), reason);
		}
		count(message.getString("tag"), outcome);
	}

	private static Query leased(Document message) {
		return Query.query(Criteria.where("_id").is(message.get("_id")).and("lease").is(message.getString("lease")));
	}

}
