package kz.birge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.birge.bot.ChatLeases;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.Seats;
import kz.birge.support.AllAtOnce;
import kz.birge.support.ApiError;
import kz.birge.support.BirgeInstance;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.support.Updates;
import kz.birge.support.cluster.PacedHandlers;
import kz.birge.user.Users;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Birge instances on one database and one fake Bot API, both in webhook mode with the
 * cluster's leases on, updates posted to both as a load balancer would, some of them to
 * both at once (delivered twice): a chat is never handled on both at the same time, a
 * flow that moves between them goes on in order, every update is answered once, and
 * people racing for a few seats through both never overfill them or share a place in
 * line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	private static final String SECRET = "two-instances-secret";

	private static final AtomicLong UPDATE_IDS = new AtomicLong(7_000_000);

	private OwnBirge first;

	private BirgeInstance second;

	private final List<URI> hooks = new ArrayList<>();

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void start() throws IOException {
		Map<String, Object> cluster = Map.of("birge.webhook.url", "https://birge.example.org/telegram/webhook",
				"birge.webhook.secret", SECRET, "birge.cluster.enabled", "true", "birge.cluster.lease-time", "3s");
		this.first = OwnBirge.start(cluster, PacedHandlers.class);
		String uri = this.first.birge().bean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
		String database = this.first.birge().mongo().getDb().getName();
		Map<String, Object> second = new HashMap<>(cluster);
		second.put("birge.database.uri", uri);
		this.second = BirgeInstance.start(this.first.api(), Files.createTempDirectory("birge-second"), database, second,
				PacedHandlers.class);
		for (BirgeInstance instance : List.of(this.first.birge(), this.second)) {
			String port = instance.bean(Environment.class).getProperty("local.server.port");
			this.hooks.add(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"));
		}
	}

	@AfterAll
	void stop() {
		this.second.close();
		this.first.close();
	}

	@Test
	void theInstancesAreTwoAndShareTheirLeases() {
		assertThat(this.first.birge().bean(ChatLeases.class).owner())
			.isNotEqualTo(this.second.bean(ChatLeases.class).owner());
		assertThat(this.first.api().calls("getUpdates")).isEmpty();
	}

	@Test
	void aChatIsNeverHandledOnBothInstancesAtOnceAndEachUpdateOnce() throws Exception {
		TestChat chat = this.first.newChat("Paced", "en");
		post(0, Updates.text(chat.user(), "/help"));
		chat.expect("help.newcomer");
		int count = 24;
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ObjectNode update = withId(Updates.text(chat.user(), "/paced " + i));
			// every other update reaches both instances: Telegram delivered it twice
			posts.add(() -> post(0, update.deepCopy()));
			if (i % 2 == 0) {
				posts.add(() -> post(1, update.deepCopy()));
			}
		}
		List<Integer> statuses = AllAtOnce.run(posts);
		assertThat(statuses).containsOnly(200);
		await(() -> PacedHandlers.of(chat.id()).size() >= count);
		this.first.api().awaitIdle();

		List<PacedHandlers.Handling> handled = PacedHandlers.of(chat.id())
			.stream()
			.sorted(Comparator.comparingLong(PacedHandlers.Handling::began))
			.toList();
		assertThat(handled).as("each update handled once").hasSize(count);
		assertThat(handled).extracting(PacedHandlers.Handling::argument).doesNotHaveDuplicates();
		for (int i = 1; i < handled.size(); i++) {
			assertThat(handled.get(i).began()).as("handling %d began after the one before ended", i)
				.isGreaterThanOrEqualTo(handled.get(i - 1).ended());
		}
		List<String> answers = this.first.api()
			.messagesTo(chat.id())
			.stream()
			.map(SentMessage::text)
			.filter((text) -> text.startsWith("paced"))
			.toList();
		assertThat(answers).hasSize(count).doesNotHaveDuplicates();
		assertThat(refused()).isEmpty();
	}

	@Test
	void updatesPostedInTurnToBothInstancesAreHandledInOrder() {
		TestChat chat = this.first.newChat("Turns", "en");
		chat.remember();
		int turn = 0;
		for (String text : List.of("/start", "hello", "/cancel", "hello again")) {
			// the next is posted once the one before is answered by the webhook, as
			// Telegram does; the two instances take turns
			assertThat(post(turn++ % 2, Updates.text(chat.user(), text))).isEqualTo(200);
		}
		chat.expect("bot.not-understood");
		List<String> texts = this.first.api().messagesTo(chat.id()).stream().map(SentMessage::text).toList();
		assertThat(texts).containsExactly(chat.t("onboarding.greeting", "Turns"), chat.t("onboarding.ask-role"),
				chat.t("flow.tap-a-button") + "\n" + chat.t("flow.how-to-leave"), chat.t("bot.cancelled"),
				chat.t("bot.not-understood"));
	}

	@Test
	void manyPeopleRacingForFewSeatsThroughBothInstancesNeverOverfillThem() throws Exception {
		int seats = 3;
		Activity outing = outing("Two-instance outing", seats);
		String occurrence = this.first.birge().bean(Activities.class).occurrences(outing.id()).get(0).id();
		List<TestChat> people = new ArrayList<>();
		Map<TestChat, SentMessage> cards = new HashMap<>();
		for (int i = 0; i < 12; i++) {
			TestChat person = this.first.newChat("Racer" + i, "ru");
			post(i % 2, Updates.text(person.user(), "/help"));
			person.expect("help.newcomer");
			// made a volunteer through the other instance than the one that knows them:
			// the first to handle their chat next reads them afresh
			BirgeInstance other = (i % 2 == 0) ? this.second : this.first.birge();
			other.bean(Users.class).becomeVolunteer(person.id(), "Racer" + i, Optional.empty());
			post(i % 2, Updates.text(person.user(), "/start ev_" + occurrence));
			cards.put(person, person.expectThat("the card", (m) -> m.text().startsWith(outing.title())));
			person.remember();
			people.add(person);
		}
		List<Callable<Integer>> taps = new ArrayList<>();
		List<String> tapIds = new ArrayList<>();
		for (TestChat person : people) {
			SentMessage card = cards.get(person);
			ObjectNode tap = withId(Updates.callback(person.user(), card.messageId(),
					card.callbackData(person.t("card.sign-up")).orElseThrow()));
			tapIds.add(tap.path("callback_query").path("id").asText());
			// every tap reaches both instances
			taps.add(() -> post(0, tap.deepCopy()));
			taps.add(() -> post(1, tap.deepCopy()));
		}
		assertThat(AllAtOnce.run(taps)).containsOnly(200);
		await(() -> answered(tapIds).keySet().containsAll(tapIds));
		this.first.api().awaitIdle();

		Map<String, Long> answers = answered(tapIds);
		assertThat(answers).as("each tap answered once").hasSize(tapIds.size()).containsOnlyKeys(tapIds);
		assertThat(answers.values()).containsOnly(1L);

		Registrations registrations = this.second.bean(Registrations.class);
		List<Registration> signUps = registrations.activeOf(outing.id());
		assertThat(signUps).hasSize(people.size()).extracting(Registration::userId).doesNotHaveDuplicates();
		List<Registration> confirmed = signUps.stream()
			.filter((signUp) -> signUp.status() == Registration.Status.CONFIRMED)
			.toList();
		List<Registration> waiting = signUps.stream()
			.filter((signUp) -> signUp.status() == Registration.Status.WAITLISTED)
			.sorted(Comparator.comparingLong(Registration::seq))
			.toList();
		assertThat(confirmed).hasSize(seats);
		assertThat(waiting).hasSize(people.size() - seats).extracting(Registration::seq).doesNotHaveDuplicates();
		assertThat(waiting.stream().map(registrations::position).toList())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, waiting.size()).boxed().toList());
		assertThat(registrations.seats(List.of(occurrence)).get(occurrence))
			.isEqualTo(registrations.recount(occurrence))
			.isEqualTo(new Seats(seats, people.size() - seats));

		// a seat given back goes to the first in line, whichever instance cancels
		Registrations.Cancellation cancelled = this.first.birge()
			.bean(Registrations.class)
			.cancel(occurrence, confirmed.get(0).userId());
		assertThat(cancelled.promoted()).map(Registration::userId).contains(waiting.get(0).userId());
		assertThat(registrations.position(registrations.activeOf(outing.id())
			.stream()
			.filter((signUp) -> signUp.userId() == waiting.get(1).userId())
			.findFirst()
			.orElseThrow())).isEqualTo(1);
	}

	@Test
	void whatACoordinatorChangesThroughOneInstanceTheOtherShowsWithinSeconds() {
		Activity outing = outing("Outing seen from both", 10);
		String occurrence = this.first.birge().bean(Activities.class).occurrences(outing.id()).get(0).id();
		TestChat person = this.first.newChat("Viewer", "kk");
		post(1, Updates.text(person.user(), "/help"));
		person.expect("help.newcomer");
		this.second.bean(Users.class).becomeVolunteer(person.id(), "Viewer", Optional.empty());
		post(1, Updates.text(person.user(), "/start ev_" + occurrence));
		person.expectThat("the card", (m) -> m.text().startsWith("Outing seen from both"));
		Catalogue seenBySecond = this.second.bean(Catalogue.class);
		assertThat(seenBySecond.coming("two-park")).extracting(Listing::title).contains("Outing seen from both");

		// renamed, and another added, through the first instance
		this.first.birge().bean(Activities.class).rename(outing.id(), "Outing renamed");
		Activity added = outing("Outing added later", 10);
		await(() -> seenBySecond.listing(occurrence).map(Listing::title).equals(Optional.of("Outing renamed")));
		await(() -> seenBySecond.coming("two-park").stream().anyMatch((l) -> l.activityId().equals(added.id())));
		person.remember();
		post(1, Updates.text(person.user(), "/start ev_" + occurrence));
		person.expectThat("the renamed card", (m) -> m.text().startsWith("Outing renamed"));

		// cancelled through the first: the second no longer offers it
		this.first.birge().bean(Activities.class).cancel(added.id());
		await(() -> seenBySecond.coming("two-park").stream().noneMatch((l) -> l.activityId().equals(added.id())));
	}

	@Test
	void aChatHeldByAnInstanceThatDiedIsHandledOnceItsLeaseRunsOut() {
		TestChat chat = this.first.newChat("Orphan", "en");
		// the lease of an instance that died while it handled the chat: never renewed,
		// never
		// let go
		this.first.birge()
			.mongo()
			.getCollection("chat_leases")
			.insertOne(new Document("_id", chat.id()).append("owner", "gone/1")
				.append("token", "gone/1#1")
				.append("until", Date.from(Instant.now().plusSeconds(2)))
				.append("stale", false));
		long began = System.nanoTime();
		assertThat(post(1, Updates.text(chat.user(), "/help"))).isEqualTo(200);
		chat.expect("help.newcomer");
		assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThan(Duration.ofMillis(1500));
		assertThat(this.first.api().messagesTo(chat.id())).hasSize(1);
	}

	// ------------------------------------------------------------------ fixtures

	private Activity outing(String title, int seats) {
		String park = "two-park";
		this.first.birge().bean(Organisations.class).save(new Organisation(park, "Ұлттық парк"));
		Instant start = this.first.birge().bean(Clock.class).instant().plus(Duration.ofDays(5));
		return this.first.birge()
			.bean(Activities.class)
			.create(new Activities.NewActivity(park, title, Optional.empty(), start, start.plus(Duration.ofHours(3)),
					false, Optional.of("Кіреберіс"), new Audience(List.of(), Set.of(Category.VOLUNTEERS)),
					Optional.of(seats), "Birge"));
	}

	/**
	 * What the fake refused, but answers to callback queries: it knows only those it
	 * delivered itself, and here they are posted to the webhooks.
	 */
	private List<ApiError> refused() {
		return this.first.api()
			.errors()
			.stream()
			.filter((error) -> !error.method().equals("answerCallbackQuery"))
			.toList();
	}

	/** How many times each of these callback queries was answered (tried). */
	private Map<String, Long> answered(List<String> ids) {
		return this.first.api()
			.calls("answerCallbackQuery")
			.stream()
			.map((call) -> call.param("callback_query_id"))
			.filter(ids::contains)
			.collect(Collectors.groupingBy((id) -> id, Collectors.counting()));
	}

	private static ObjectNode withId(ObjectNode update) {
		update.put("update_id", UPDATE_IDS.incrementAndGet());
		return update;
	}

	/** Posts an update to one instance's webhook as Telegram would; its HTTP status. */
	private int post(int instance, ObjectNode update) {
		if (!update.has("update_id")) {
			withId(update);
		}
		HttpRequest request = HttpRequest.newBuilder(this.hooks.get(instance))
			.header("Content-Type", "application/json")
			.header("X-Telegram-Bot-Api-Secret-Token", SECRET)
			.POST(HttpRequest.BodyPublishers.ofString(update.toString()))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
