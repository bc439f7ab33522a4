package kz.birge.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Listing;
import kz.birge.indicators.Recount;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.SignUpResult;
import kz.birge.support.BirgeInstance;
import kz.birge.support.FakeBotApi;
import kz.birge.support.SentMessage;
import kz.birge.support.TgUser;
import kz.birge.support.Updates;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Birge held against its ceiling, a bare TelegramBots echo bot, on one fake Bot API on
 * the same machine, one after the other in one run; not a test. Run it with
 * {@code ./mvnw -Pload verify} (see the README's Benchmarks section): it prints each
 * figure with the target the issue sets and writes them all, with the machine, to
 * {@code target/load/results.json}.
 * <ol>
 * <li>Birge starts (cold start: from starting the Spring context to its first
 * getUpdates); 500 students registered in bulk; a closed loop (each student sends, waits
 * for the answer, sends again) and an open loop at a fixed rate.</li>
 * <li>The echo bot: the same students, the same loops.</li>
 * <li>Birge again, with its default limits: 3,000 reminders through its own reminder
 * round and outbound queue, the fake answering 429 past 30 messages a second; a campaign
 * report over 200 activities and 100,000 attendance records, asked for through the
 * bot.</li>
 * </ol>
 * It runs on the embedded store, or on the MongoDB of MONGODB_URI (a database of its own,
 * dropped afterwards).
 */
public final class LoadBenchmark {

	private static final int STUDENTS = 500;

	private static final int ACTIVITIES = 40;

	private static final Duration CLOSED_WARM_UP = Duration.ofSeconds(10);

	/**
	 * The longest warm-up: until the JIT compilers are quiet, or this (8 minutes unless
	 * {@code -Dload.warmUpMost=PT15M}).
	 */
	private static final Duration CLOSED_WARM_UP_MOST = Duration.parse(System.getProperty("load.warmUpMost", "PT8M"));

	private static final Duration CLOSED = Duration.ofSeconds(15);

	private static final int OPEN_RATE = 200;

	private static final Duration OPEN_WARM_UP = Duration.ofSeconds(2);

	private static final Duration OPEN = Duration.ofSeconds(20);

	private static final int REMINDERS = 3_000;

	private static final Duration SETTLE = Duration.ofSeconds(5);

	private static final int TELEGRAM_RATE = 30;

	private static final long FIRST_STUDENT = 500_000_000L;

	private static final long FIRST_REMINDED = 700_000_000L;

	/** Birge's default number of update workers; the echo bot gets as many threads. */
	private static final int WORKERS = 16;

	private final Map<String, Object> results = new LinkedHashMap<>();

	private final List<String> verdicts = new ArrayList<>();

	private final FakeBotApi api = FakeBotApi.start(BirgeInstance.TOKEN);

	private LoadBenchmark() {
		this.api.keepHistory(false);
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of((args.length > 0) ? args[0] : "target/load");
		LoadBenchmark benchmark = new LoadBenchmark();
		long start = System.nanoTime();
		try {
			benchmark.run();
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		finally {
			benchmark.api.close();
		}
		benchmark.results.put("runSeconds", Math.round((System.nanoTime() - start) / 1e9));
		benchmark.results.put("verdicts", benchmark.verdicts);
		Files.createDirectories(out);
		Path file = out.resolve("results.json");
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), benchmark.results);
		System.out.println();
		benchmark.verdicts.forEach(System.out::println);
		System.out.println("Written to " + file.toAbsolutePath());
		System.exit(0);
	}

	private void run() throws Exception {
		this.results.put("machine", machine());
		this.results.put("settings",
				Map.of("students", STUDENTS, "closedLoopSeconds", CLOSED.toSeconds(), "openLoopRate", OPEN_RATE,
						"openLoopSeconds", OPEN.toSeconds(), "workers", WORKERS, "activities", ACTIVITIES,
						"closedWarmUpMostSeconds", CLOSED_WARM_UP_MOST.toSeconds()));
		double baseline = heapAfterGcMb();
		List<TgUser> people = LoadSeeds.people(FIRST_STUDENT, STUDENTS);

		// ---- Birge under load: answers unthrottled, as the echo bot's are
		System.out.println("== Birge: cold start, " + STUDENTS + " students");
		ChatWatch start = new ChatWatch(0, Set.of());
		this.api.listen(start);
		long starting = System.nanoTime();
		BirgeInstance birge = startBirge(Map.of("birge.outbound.per-second", "100000"));
		long ready = System.nanoTime();
		long firstPoll = start.firstPoll(Duration.ofSeconds(30));
		Map<String, Object> coldStart = new LinkedHashMap<>();
		coldStart.put("toFirstPollMs", Latencies.millis(firstPoll - starting));
		coldStart.put("contextStartedMs", Latencies.millis(ready - starting));
		this.results.put("coldStart", coldStart);
		System.out.println("  cold start to the first getUpdates: " + coldStart.get("toFirstPollMs") + " ms");
		List<String> occurrences;
		Map<String, Object> birgeClosed;
		Map<String, Object> birgeOpen;
		try {
			LoadSeeds seeds = new LoadSeeds(birge);
			seeds.school();
			seeds.students(people);
			occurrences = seeds.comingActivities(ACTIVITIES,
					LocalDate.ofInstant(BenchClock.CLOCK.instant(), LoadSeeds.ALMATY).plusDays(2));
			Students students = new Students(this.api, people, occurrences);
			this.api.listen(students);
			System.out.println("== Birge: closed loop");
			birgeClosed = students.closedLoop(CLOSED_WARM_UP, CLOSED_WARM_UP_MOST, CLOSED);
			birgeClosed.put("signUpsStored", birge.mongo().count(new Query(), Registration.class));
			System.out.println("  " + birgeClosed);
			printChat(people.get(0).id());
			System.out.println("== Birge: open loop at " + OPEN_RATE + " updates a second");
			birgeOpen = students.openLoop(OPEN_RATE, OPEN_WARM_UP, OPEN);
			System.out.println("  " + birgeOpen);
			students.close();
			this.api.listen(null);
			double heap = heapAfterGcMb();
			Map<String, Object> memory = new LinkedHashMap<>();
			memory.put("heapUsedAfterLoadMb", heap);
			memory.put("heapUsedBeforeBirgeMb", baseline);
			memory.put("note", "one JVM: Birge with its embedded store, the fake Bot API (keeping no history) "
					+ "and the students; heap used after a full GC");
			this.results.put("memory", memory);
			System.out.println("  heap used after the load (after GC): " + heap + " MB (" + baseline
					+ " MB before Birge started)");
		}
		finally {
			stopBirge(birge);
		}

		// ---- the echo bot, the same students
		System.out.println("== Echo bot (TelegramBots long polling, " + WORKERS + " threads)");
		Map<String, Object> open = new LinkedHashMap<>();
		open.put("birge", birgeOpen);
		Map<String, Object> echoClosed = echo(false, people, occurrences, open);
		// ---- the echo bot making Birge's calls: the rest is Birge's own work
		System.out.println("== Echo bot answering a tap as Birge does: an edit, then answerCallbackQuery");
		Map<String, Object> editingClosed = echo(true, people, occurrences, null);
		Map<String, Object> closed = new LinkedHashMap<>();
		closed.put("birge", birgeClosed);
		closed.put("echo", echoClosed);
		closed.put("echoEditing", editingClosed);
		closed.put("birgeShareOfEchoPercent", share(birgeClosed, echoClosed));
		closed.put("birgeShareOfEchoEditingPercent", share(birgeClosed, editingClosed));
		this.results.put("closedLoop", closed);
		this.results.put("openLoop", open);

		// ---- Birge with its default limits: reminders and a report
		System.out.println("== Birge: " + REMINDERS + " reminders, then a report over 100,000 records");
		BirgeInstance defaults = startBirge(Map.of());
		try {
			LoadSeeds seeds = new LoadSeeds(defaults);
			seeds.school();
			this.results.put("outbound", reminders(defaults, seeds));
			System.out.println("  " + this.results.get("outbound"));
			this.results.put("report", report(defaults, seeds));
			System.out.println("  " + this.results.get("report"));
			Map<String, Object> memory = asMap(this.results.get("memory"));
			memory.put("heapUsedAfterRemindersAndReportMb", heapAfterGcMb());
		}
		finally {
			stopBirge(defaults);
		}
		judge();
	}

	/**
	 * The echo bot under the same students: its closed loop, and its open loop into
	 * {@code open} when given.
	 */
	private Map<String, Object> echo(boolean editing, List<TgUser> people, List<String> occurrences,
			Map<String, Object> open) throws Exception {
		this.api.reset();
		EchoBot echo = new EchoBot(this.api.url(), BirgeInstance.TOKEN, WORKERS, editing);
		try {
			Students students = new Students(this.api, people, occurrences);
			this.api.listen(students);
			Map<String, Object> closed = students.closedLoop(CLOSED_WARM_UP, CLOSED_WARM_UP_MOST, CLOSED);
			System.out.println("  closed loop: " + closed);
			if (open != null) {
				open.put("echo", students.openLoop(OPEN_RATE, OPEN_WARM_UP, OPEN));
				System.out.println("  open loop: " + open.get("echo"));
			}
			closed.put("failures", echo.failures());
			students.close();
			this.api.listen(null);
			return closed;
		}
		finally {
			echo.stop();
			this.api.reset();
		}
	}

	private static double share(Map<String, Object> bot, Map<String, Object> ceiling) {
		double share = 100.0 * ((Number) bot.get("updatesPerSecond")).doubleValue()
				/ ((Number) ceiling.get("updatesPerSecond")).doubleValue();
		return Math.round(share * 10) / 10.0;
	}

	// ------------------------------------------------------------------ outbound

	/**
	 * {@value #REMINDERS} students signed up for an activity at 14:00 today; the clock
	 * moves to two hours before it and the reminders' round runs once, as its scheduler
	 * would; the messages go through the outbound queue to a fake that answers 429 past
	 * {@value #TELEGRAM_RATE} a second.
	 */
	private Map<String, Object> reminders(BirgeInstance birge, LoadSeeds seeds) throws Exception {
		Instant now = BenchClock.CLOCK.instant();
		Instant start = LocalDate.ofInstant(now, LoadSeeds.ALMATY).atTime(14, 0).atZone(LoadSeeds.ALMATY).toInstant();
		Activities activities = birge.bean(Activities.class);
		Activity activity = activities.create(new Activities.NewActivity(LoadSeeds.SCHOOL, "Ағаш отырғызу",
				Optional.empty(), start, start.plus(Duration.ofHours(2)), false, Optional.of("Мектеп ауласы"),
				new Audience(List.of(new GradeRange(5, 9)), Set.of(Category.STUDENTS)), Optional.empty(),
				"Мектеп жоспары"));
		String occurrence = activities.occurrences(activity.id()).get(0).id();
		List<TgUser> people = LoadSeeds.people(FIRST_REMINDED, REMINDERS);
		seeds.students(people);
		Listing listing = birge.bean(Catalogue.class).listing(occurrence).orElseThrow();
		Registrations registrations = birge.bean(Registrations.class);
		long signing = System.nanoTime();
		int confirmed = 0;
		for (TgUser person : people) {
			if (registrations.signUp(listing, person.id(), person.id()).outcome() == SignUpResult.Outcome.CONFIRMED) {
				confirmed++;
			}
		}
		double signUpSeconds = (System.nanoTime() - signing) / 1e9;
		System.out
			.println("  " + confirmed + " signed up in " + round1(signUpSeconds) + " s; the reminders' round runs");
		Set<Long> chats = new HashSet<>();
		people.forEach((person) -> chats.add(person.id()));
		ChatWatch watch = new ChatWatch(0, chats);
		this.api.listen(watch);
		this.api.limitRate(TELEGRAM_RATE);
		int throttledBefore = this.api.throttledCount();
		BenchClock.CLOCK.advance(Duration.between(BenchClock.CLOCK.instant(),
				start.minus(Duration.ofHours(2)).plus(Duration.ofMinutes(1))));
		long round = System.nanoTime();
		runScheduled(birge, "kz.birge.events.Reminders", "send");
		long queued = System.nanoTime();
		boolean all = watch.awaitCounted(confirmed, Duration.ofMinutes(4));
		long last = watch.lastCounted();
		this.api.limitRate(0);
		this.api.listen(null);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("signedUp", confirmed);
		result.put("signUpSeconds", round1(signUpSeconds));
		result.put("delivered", watch.countedMessages());
		result.put("allDelivered", all);
		result.put("roundQueuedSeconds", round1((queued - round) / 1e9));
		result.put("seconds", round1((last - round) / 1e9));
		result.put("messagesPerSecond", round1(watch.countedMessages() / ((last - round) / 1e9)));
		result.put("drainMessagesPerSecond",
				round1((watch.countedMessages() - 1) / ((last - watch.firstCounted()) / 1e9)));
		result.put("throttled429", this.api.throttledCount() - throttledBefore);
		result.put("fakeLimitPerSecond", TELEGRAM_RATE);
		return result;
	}

	// ------------------------------------------------------------------ report

	/**
	 * A coordinator asks for the report of a campaign of 200 activities held five times
	 * each, with 100,000 attendances (written in bulk, with the counters Birge keeps):
	 * the time from the tap to the summary message, to the .xlsx and to the plan in the
	 * department's form (after the chart), once cold and three times warm. Each tap waits
	 * for the whole answer to the last, as a coordinator would: one chat's updates are
	 * handled in order, so a tap sent before would wait behind the last one's form.
	 */
	private Map<String, Object> report(BirgeInstance birge, LoadSeeds seeds) throws Exception {
		long seeding = System.nanoTime();
		String campaignId = seeds.campaignWithAttendance(200, 5, 100_000, 20_000);
		double seedSeconds = (System.nanoTime() - seeding) / 1e9;
		System.out.println("  campaign written in " + round1(seedSeconds) + " s; the coordinator asks for its report");
		// /recount agreed with these counters when this was written (it reads all 100,000
		// records: about 20 s on the embedded store); set load.recount=true to check
		// again
		// 300,000 documents (records and their counters) went in within seconds: the
		// store's
		// background writer is given a moment to write them out, so that the cold report
		// measures a cold report, not a store still busy with a bulk load no school makes
		System.gc();
		Thread.sleep(SETTLE.toMillis());
		boolean recount = Boolean.getBoolean("load.recount");
		long checking = System.nanoTime();
		Boolean agree = recount ? birge.bean(Recount.class).check(campaignId).isEmpty() : null;
		double recountMs = Latencies.millis(System.nanoTime() - checking);
		ChatWatch watch = new ChatWatch(BirgeInstance.ADMIN_ID, Set.of());
		this.api.listen(watch);
		TgUser admin = new TgUser(BirgeInstance.ADMIN_ID, "Aliya", "Serikova", null, "kk");
		this.api.enqueue(Updates.text(admin, "/report"));
		int choice = watch.await(Duration.ofSeconds(30), (call) -> call.method().equals("sendMessage")).messageId();
		List<Double> summaries = new ArrayList<>();
		List<Double> files = new ArrayList<>();
		List<Double> forms = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			watch.clear();
			long tap = System.nanoTime();
			this.api.enqueue(Updates.callback(admin, choice, "rp:" + campaignId));
			Duration patience = Duration.ofSeconds(60);
			long summary = watch.await(patience, (call) -> call.method().equals("sendMessage")).at();
			long xlsx = watch.await(patience, (call) -> call.method().equals("sendDocument")).at();
			// the chart, then the plan in the department's form
			long form = watch.await(patience, (call) -> call.method().equals("sendDocument"), 3).at();
			watch.await(patience, (call) -> call.method().equals("answerCallbackQuery"));
			summaries.add(Latencies.millis(summary - tap));
			files.add(Latencies.millis(xlsx - tap));
			forms.add(Latencies.millis(form - tap));
		}
		this.api.listen(null);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("activities", 200);
		result.put("occurrences", 1000);
		result.put("attendanceRecords", 100_000);
		result.put("seedSeconds", round1(seedSeconds));
		if (recount) {
			result.put("countersAgreeWithRecords", agree);
			result.put("recountCheckMs", recountMs);
		}
		result.put("coldSummaryMs", summaries.get(0));
		result.put("coldXlsxMs", files.get(0));
		result.put("summaryMs", median(summaries.subList(1, summaries.size())));
		result.put("xlsxMs", median(files.subList(1, files.size())));
		result.put("planFormMs", median(forms.subList(1, forms.size())));
		result.put("runsSummaryMs", summaries);
		result.put("runsXlsxMs", files);
		result.put("runsPlanFormMs", forms);
		result.put("sampleSummary",
				this.api.message(BirgeInstance.ADMIN_ID, choice + 1)
					.map(SentMessage::text)
					.map((text) -> text.substring(0, Math.min(300, text.length())))
					.orElse(""));
		return result;
	}

	// ------------------------------------------------------------------ verdicts

	private void judge() {
		Map<String, Object> closed = asMap(this.results.get("closedLoop"));
		double share = ((Number) closed.get("birgeShareOfEchoPercent")).doubleValue();
		verdict(share >= 70,
				"closed loop: Birge " + number(asMap(closed.get("birge")), "updatesPerSecond") + " updates/s = " + share
						+ "% of the echo bot's " + number(asMap(closed.get("echo")), "updatesPerSecond")
						+ " (target >= 70%)");
		this.verdicts.add("INFO closed loop: Birge " + closed.get("birgeShareOfEchoEditingPercent")
				+ "% of the echo bot answering a tap as Birge does (an edit, then the answer): "
				+ number(asMap(closed.get("echoEditing")), "updatesPerSecond") + " updates/s; Bot API calls an update: "
				+ number(asMap(closed.get("birge")), "botApiCallsPerUpdate") + " Birge, "
				+ number(asMap(closed.get("echo")), "botApiCallsPerUpdate") + " echo, "
				+ number(asMap(closed.get("echoEditing")), "botApiCallsPerUpdate") + " echo editing");
		Map<String, Object> open = asMap(asMap(this.results.get("openLoop")).get("birge"));
		verdict(number(open, "p99Ms") < 50,
				"open loop at " + OPEN_RATE + " updates/s: Birge p99 " + number(open, "p99Ms") + " ms, p50 "
						+ number(open, "p50Ms") + " ms, max " + number(open, "maxMs") + " ms (target p99 < 50 ms)");
		Map<String, Object> outbound = asMap(this.results.get("outbound"));
		verdict(number(outbound, "messagesPerSecond") >= 25 && number(outbound, "throttled429") == 0
				&& Boolean.TRUE.equals(outbound.get("allDelivered")),
				REMINDERS + " reminders: " + number(outbound, "messagesPerSecond") + " messages/s, "
						+ number(outbound, "throttled429") + " answered 429 (target >= 25/s, no 429)");
		Map<String, Object> report = asMap(this.results.get("report"));
		verdict(number(report, "summaryMs") < 200, "report over 100,000 records: summary in "
				+ number(report, "summaryMs") + " ms (cold " + number(report, "coldSummaryMs") + ") (target < 200 ms)");
		verdict(number(report, "xlsxMs") < 2000, "report over 100,000 records: xlsx in " + number(report, "xlsxMs")
				+ " ms (cold " + number(report, "coldXlsxMs") + ") (target < 2 s)");
		Map<String, Object> memory = asMap(this.results.get("memory"));
		verdict(number(memory, "heapUsedAfterLoadMb") < 256,
				"heap used after the load: " + number(memory, "heapUsedAfterLoadMb") + " MB (target < 256 MB)");
		this.verdicts.add("INFO cold start to the first getUpdates: "
				+ number(asMap(this.results.get("coldStart")), "toFirstPollMs") + " ms");
		this.verdicts.add(
				"INFO report: the plan in the department's form " + number(report, "planFormMs") + " ms after the tap");
	}

	private void verdict(boolean pass, String line) {
		this.verdicts.add((pass ? "PASS " : "FAIL ") + line);
	}

	// ------------------------------------------------------------------ helpers

	private BirgeInstance startBirge(Map<String, Object> extra) throws Exception {
		Map<String, Object> properties = new HashMap<>();
		// production settings, not the tests': Birge's default workers, lenient messages
		properties.put("telegram.workers", String.valueOf(WORKERS));
		properties.put("birge.messages.strict", "false");
		// the benchmark runs the reminders' round itself
		properties.put("birge.reminders.every", "PT1H");
		properties.putAll(extra);
		Path dataDir = Files.createTempDirectory("birge-load");
		return BirgeInstance.start(this.api, dataDir, "birge_load_" + UUID.randomUUID().toString().substring(0, 8),
				properties, BenchClock.Config.class);
	}

	private static void stopBirge(BirgeInstance birge) {
		if (BirgeInstance.realMongo()) {
			birge.dropDatabase();
		}
		birge.close();
	}

	/**
	 * Runs a @Scheduled method of a bean once, through its proxy, as the scheduler would.
	 */
	private static void runScheduled(BirgeInstance birge, String className, String methodName) throws Exception {
		ApplicationContext context = birge.context();
		for (String name : context.getBeanDefinitionNames()) {
			Object bean = context.getBean(name);
			if (AopUtils.getTargetClass(bean).getName().equals(className)) {
				Method method = AopUtils.getTargetClass(bean).getDeclaredMethod(methodName);
				method.setAccessible(true);
				method.invoke(bean);
				return;
			}
		}
		throw new IllegalStateException("No bean " + className);
	}

	private void printChat(long chatId) {
		List<SentMessage> messages = this.api.messagesTo(chatId);
		System.out.println("  what student " + chatId + " was shown last:");
		messages.subList(Math.max(0, messages.size() - 3), messages.size())
			.forEach((message) -> System.out.println("    #" + message.messageId() + " "
					+ message.text().replace('\n', ' ').substring(0, Math.min(100, message.text().length()))));
	}

	private static Map<String, Object> machine() {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("date", Instant.now().toString());
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("cpu", cpuModel());
		machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		machine.put("store",
				BirgeInstance.realMongo() ? "MongoDB (MONGODB_URI)" : "embedded (mongo-java-server on H2)");
		return machine;
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown");
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

	private static double heapAfterGcMb() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		return round1(used / (1024.0 * 1024.0));
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static double round1(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static double number(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).doubleValue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

}
