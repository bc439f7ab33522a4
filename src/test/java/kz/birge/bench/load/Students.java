package kz.birge.bench.load;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.birge.support.FakeBotApi;
import kz.birge.support.TgUser;
import kz.birge.support.Updates;

/**
 * Simulated students driving a bot through the fake Bot API. Each goes round the same
 * cycle: /events, the next page, an activity's card, sign up, /my, cancel the sign-up,
 * /profile (the taps are on the bot's /events message, with Birge's callback data). An
 * update counts as answered at the bot's first message to the chat for a typed command
 * (sendMessage, sendDocument...), and at the answer to that very callback query for a
 * tap; the time between is its latency. Birge handles one chat's updates in order, so a
 * late edit of the previous update is never taken for the answer to the next.
 */
final class Students implements FakeBotApi.CallListener {

	private static final Set<String> SENDS = Set.of("sendMessage", "sendDocument", "sendPhoto", "sendMediaGroup");

	private static final int STEPS = 7;

	private final FakeBotApi api;

	private final List<Student> all = new ArrayList<>();

	private final Map<Long, Student> byChat = new HashMap<>();

	private final List<String> occurrences;

	private final ExecutorService senders = Executors.newFixedThreadPool(2, (runnable) -> {
		Thread thread = new Thread(runnable, "students");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicLong answered = new AtomicLong();

	private final AtomicLong refused = new AtomicLong();

	/** Bot API calls other than getUpdates while recording. */
	private final AtomicLong calls = new AtomicLong();

	private volatile Latencies recording;

	/** Closed loop: a student sends the next update as soon as the last is answered. */
	private volatile boolean chaining;

	Students(FakeBotApi api, List<TgUser> users, List<String> occurrences) {
		this.api = api;
		this.occurrences = List.copyOf(occurrences);
		for (int i = 0; i < users.size(); i++) {
			Student student = new Student(users.get(i), new Random(i));
			this.all.add(student);
			this.byChat.put(users.get(i).id(), student);
		}
	}

	@Override
	public void called(String method, long chatId, int messageId, String callbackQueryId, boolean ok) {
		if (!ok) {
			this.refused.incrementAndGet();
		}
		if (this.recording != null && !"getUpdates".equals(method)) {
			this.calls.incrementAndGet();
		}
		Student student = this.byChat.get(chatId);
		if (student == null || !student.answeredBy(method, messageId, callbackQueryId)) {
			return;
		}
		long latency = System.nanoTime() - student.sentAt;
		Latencies latencies = this.recording;
		if (latencies != null) {
			latencies.add(latency);
		}
		this.answered.incrementAndGet();
		if (this.chaining) {
			this.senders.execute(student::sendNext);
		}
	}

	/**
	 * Every student sends, waits for the answer and sends again; measured for
	 * {@code measure} once the JVM is warm: after {@code warmUp}, and then for as long as
	 * the JIT compilers still spend more than a twentieth of the time compiling (up to
	 * {@code longest}). A big application's mixed workload keeps both compilers of a
	 * 2-core machine busy for minutes; a window measured then measures the compilers.
	 */
	Map<String, Object> closedLoop(Duration warmUp, Duration longest, Duration measure) throws InterruptedException {
		this.chaining = true;
		long warming = System.nanoTime();
		this.all.forEach((student) -> this.senders.execute(student::sendNext));
		Thread.sleep(warmUp.toMillis());
		long step = 5_000;
		while (System.nanoTime() - warming < longest.toNanos()) {
			long compiled = compilationMillis();
			Thread.sleep(step);
			if (compilationMillis() - compiled < step / 20) {
				break;
			}
		}
		long warmedUp = System.nanoTime() - warming;
		Latencies latencies = new Latencies();
		long refusedBefore = this.refused.get();
		long before = this.answered.get();
		long callsBefore = this.calls.get();
		long compiling = compilationMillis();
		long collecting = collectionMillis();
		long start = System.nanoTime();
		this.recording = latencies;
		Thread.sleep(measure.toMillis());
		this.recording = null;
		long count = this.answered.get() - before;
		long called = this.calls.get() - callsBefore;
		long elapsed = System.nanoTime() - start;
		compiling = compilationMillis() - compiling;
		collecting = collectionMillis() - collecting;
		this.chaining = false;
		awaitAllAnswered();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("students", this.all.size());
		result.put("warmUpSeconds", round(warmedUp / 1e9));
		result.put("seconds", round(elapsed / 1e9));
		result.put("updatesPerSecond", round(count / (elapsed / 1e9)));
		result.putAll(latencies.summary());
		result.put("refusedCalls", this.refused.get() - refusedBefore);
		result.put("botApiCallsPerUpdate", (count > 0) ? Math.round(100.0 * called / count) / 100.0 : 0);
		// a window still spent compiling measures the JIT, not the bot
		result.put("jitCompilingMs", compiling);
		result.put("gcMs", collecting);
		return result;
	}

	/** Time the JIT compilers have spent, all threads together. */
	private static long compilationMillis() {
		return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
	}

	private static long collectionMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	/**
	 * Updates at a fixed rate whatever the answers, each from a student whose last update
	 * was answered; measured after {@code warmUp} for {@code measure}.
	 */
	Map<String, Object> openLoop(int perSecond, Duration warmUp, Duration measure) throws InterruptedException {
		this.chaining = false;
		awaitAllAnswered();
		Latencies latencies = new Latencies();
		long start = System.nanoTime();
		long measureFrom = start + warmUp.toNanos();
		long end = measureFrom + measure.toNanos();
		long sent = 0;
		long sentMeasured = 0;
		long busy = 0;
		int next = 0;
		long refusedBefore = this.refused.get();
		while (true) {
			long now = System.nanoTime();
			if (now >= end) {
				break;
			}
			if (this.recording == null && now >= measureFrom) {
				this.recording = latencies;
			}
			long due = (now - start) * perSecond / 1_000_000_000L;
			while (sent < due) {
				Student idle = null;
				for (int i = 0; i < this.all.size() && idle == null; i++) {
					Student candidate = this.all.get(next);
					next = (next + 1) % this.all.size();
					if (!candidate.waiting()) {
						idle = candidate;
					}
				}
				sent++;
				if (idle == null) {
					busy++;
					continue;
				}
				idle.sendNext();
				if (now >= measureFrom) {
					sentMeasured++;
				}
			}
			Thread.sleep(1);
		}
		this.recording = null;
		awaitAllAnswered();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("updatesPerSecond", perSecond);
		result.put("seconds", round(measure.toNanos() / 1e9));
		result.put("sent", sentMeasured);
		result.put("skippedAllBusy", busy);
		result.putAll(latencies.summary());
		result.put("refusedCalls", this.refused.get() - refusedBefore);
		return result;
	}

	/** Waits (up to 60 s) until no student waits for an answer. */
	void awaitAllAnswered() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (this.all.stream().anyMatch(Student::waiting)) {
			if (System.nanoTime() > deadline) {
				long waiting = this.all.stream().filter(Student::waiting).count();
				System.out.println("  (" + waiting + " students still wait for an answer; going on)");
				this.all.forEach(Student::giveUp);
				return;
			}
			Thread.sleep(10);
		}
	}

	void close() {
		this.senders.shutdownNow();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** One student's place in the cycle and the update they wait an answer for. */
	private final class Student {

		private final TgUser user;

		private final Random random;

		private int step;

		/** The bot's answer to /events, whose buttons the student taps. */
		private int menu;

		private String occurrence;

		private boolean waiting;

		private boolean waitingText;

		private String waitingQuery;

		private volatile long sentAt;

		Student(TgUser user, Random random) {
			this.user = user;
			this.random = random;
		}

		synchronized boolean waiting() {
			return this.waiting;
		}

		synchronized void giveUp() {
			this.waiting = false;
		}

		/** Whether this call answers the update the student waits for. */
		synchronized boolean answeredBy(String method, int messageId, String queryId) {
			if (!this.waiting) {
				return false;
			}
			boolean answer = this.waitingText ? SENDS.contains(method)
					: "answerCallbackQuery".equals(method) && this.waitingQuery.equals(queryId);
			if (!answer) {
				return false;
			}
			if (this.waitingText && this.step == 1 && messageId > 0) {
				this.menu = messageId;
			}
			this.waiting = false;
			return true;
		}

		void sendNext() {
			ObjectNode update;
			synchronized (this) {
				if (this.waiting) {
					return;
				}
				if (this.menu == 0) {
					this.step = 0;
				}
				update = switch (this.step) {
					case 0 -> Updates.text(this.user, "/events");
					case 1 -> Updates.callback(this.user, this.menu, "ep:1");
					case 2 -> {
						this.occurrence = Students.this.occurrences
							.get(this.random.nextInt(Students.this.occurrences.size()));
						yield Updates.callback(this.user, this.menu, "eo:" + this.occurrence + ":1");
					}
					case 3 -> Updates.callback(this.user, this.menu, "sup:" + this.occurrence + ":1");
					case 4 -> Updates.text(this.user, "/my");
					case 5 -> Updates.callback(this.user, this.menu, "sxp:" + this.occurrence + ":1");
					default -> Updates.text(this.user, "/profile");
				};
				this.step = (this.step + 1) % STEPS;
				this.waiting = true;
				this.waitingText = update.has("message");
				this.waitingQuery = this.waitingText ? null : update.path("callback_query").path("id").asText();
				this.sentAt = System.nanoTime();
			}
			Students.this.api.enqueue(update);
		}

	}

}
