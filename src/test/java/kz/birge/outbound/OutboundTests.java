package kz.birge.outbound;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import kz.birge.bot.Notifier;
import kz.birge.bot.Person;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.i18n.Lang;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.SignUpResult;
import kz.birge.support.BirgeInstance;
import kz.birge.support.FakeBotApi;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.support.Updates;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import kz.birge.user.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the bot sends on its own goes through one queue at Telegram's pace: the fake Bot
 * API answers 429 past the rate and 403 for people who blocked the bot, and everyone
 * reachable gets each message exactly once. The rate is raised (300 a second, the fake
 * enforcing the same) so that a thousand messages go in seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboundTests {

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	/** Friday 11 December 2026. */
	private static final LocalDate TODAY = LocalDate.of(2026, 12, 11);

	private static final int RATE = 300;

	private static final Map<String, Object> FAST = Map.of("birge.outbound.per-second", RATE, "birge.outbound.workers",
			8, "birge.reminders.every", "PT1S");

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(at(TODAY, "10:00"));
		this.own = OwnBirge.start(FAST, MutableClock.Config.class);
		this.own.birge().bean(Organisations.class).save(new Organisation("school", "Көкшетау №2 мектеп-лицей"));
		this.own.api().limitRate(RATE);
		this.own.api().setAwaitTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	private static Instant at(LocalDate day, String time) {
		return LocalDateTime.of(day, LocalTime.parse(time)).atZone(ALMATY).toInstant();
	}

	private <T> T bean(Class<T> type) {
		return this.own.birge().bean(type);
	}

	private Activity debate(String title, Integer seats) {
		Instant start = at(TODAY.plusDays(1), "15:00");
		return bean(Activities.class).create(new Activities.NewActivity("school", title, Optional.empty(), start,
				start.plus(Duration.ofHours(2)), false, Optional.of("Акт залы"),
				new Audience(List.of(new GradeRange(5, 9)), Set.of(Category.STUDENTS)), Optional.ofNullable(seats),
				"Birge"));
	}

	private Listing listing(Activity activity) {
		String occurrenceId = bean(Activities.class).occurrences(activity.id()).get(0).id();
		return bean(Catalogue.class).listing(occurrenceId).orElseThrow();
	}

	/**
	 * A student of 7А of the school, known to the bot, made through the people's service.
	 */
	private long student(long id) {
		Users users = bean(Users.class);
		users.arrive(new Person(id, "Оқушы" + id, "", "", "kk"), id);
		users.becomeStudent(id, new SchoolClass(7, "А"), Optional.of("school"));
		return id;
	}

	private Registration.Status statusOf(long userId, Listing listing) {
		return bean(Registrations.class).mine(userId, List.of(listing.occurrenceId()))
			.get(listing.occurrenceId())
			.status();
	}

	@Test
	void aThousandRemindersAndAThousandPersonBroadcastReachEveryoneReachableOnceWithoutA429() {
		this.clock.set(at(TODAY, "10:00"));
		Activity debate = debate("Мың адамның дебаты", null);
		Listing listing = listing(debate);
		List<Long> reachable = new ArrayList<>();
		List<Long> blocked = new ArrayList<>();
		for (long id = 810_000_001L; id <= 810_001_000L; id++) {
			student(id);
			bean(Registrations.class).signUp(listing, id, id);
			if (id % 50 == 0) {
				this.own.api().block(id);
				blocked.add(id);
			}
			else {
				reachable.add(id);
			}
		}

		this.clock.set(at(TODAY, "18:00"));
		String reminder = this.own.birge().messages().get(Lang.KK, "reminder.day-before", debate.title(), "").strip();
		for (long chatId : reachable) {
			this.own.api().awaitMessage(chatId, (m) -> m.text().startsWith(reminder));
		}

		TestChat coordinator = this.own.member("Айгүл", "kk", Role.COORDINATOR, Optional.empty(), "school");
		coordinator.send("/broadcast");
		SentMessage audience = coordinator.expect("broadcast.ask-audience");
		coordinator.tap(audience, coordinator.t("broadcast.audience.EVERYONE"));
		coordinator.expectThat("the question for the text",
				(m) -> m.text().contains(coordinator.t("broadcast.ask-text", coordinator.t("broadcast.to.EVERYONE"))));
		coordinator.send("Ертең сабақ 9:00-де басталады.");
		SentMessage preview = coordinator.expectThat("the preview", (m) -> m.text()
			.startsWith(coordinator.t("broadcast.preview", coordinator.t("broadcast.to.EVERYONE"), 981, "").strip()));
		coordinator.tap(preview, coordinator.t("broadcast.send"));
		String done = coordinator.t("broadcast.done", coordinator.t("broadcast.to.EVERYONE"), 981, 0);
		this.own.api().awaitMessage(coordinator.id(), (m) -> m.text().equals(done));

		this.own.api().awaitIdle();
		for (long chatId : reachable) {
			List<String> texts = this.own.api().messagesTo(chatId).stream().map(SentMessage::text).toList();
			assertThat(texts).as("chat " + chatId).hasSize(2);
			assertThat(texts.get(0)).startsWith(reminder);
			assertThat(texts.get(1)).endsWith("Ертең сабақ 9:00-де басталады.");
		}
		for (long chatId : blocked) {
			assertThat(this.own.api().messagesTo(chatId)).as("blocked chat " + chatId).isEmpty();
			assertThat(bean(Reachability.class).reachable(chatId)).isFalse();
		}
		assertThat(this.own.api().throttledCount()).as("messages answered 429").isZero();
		assertThat(bean(MeterRegistry.class).counter("birge.telegram.429").count()).isZero();
		assertThat(bean(MeterRegistry.class).counter("birge.telegram.403").count()).isEqualTo(blocked.size());
		assertThat(bean(OutboundQueue.class).depth()).isZero();
		this.own.api().assertNoErrors();
	}

	@Test
	void aPersonWhoBlockedTheBotLosesTheirSeatAndTheFirstInLineIsToldTheyAreIn() {
		this.clock.set(at(TODAY, "10:00"));
		Listing oneSeat = listing(debate("Бір орынды шеберлік сабағы", 1));
		TestChat dana = this.own.member("Дана", "kk", Role.STUDENT, Optional.of(new SchoolClass(7, "А")), "school");
		TestChat erlan = this.own.member("Ерлан", "kk", Role.STUDENT, Optional.of(new SchoolClass(7, "Б")), "school");
		assertThat(bean(Registrations.class).signUp(oneSeat, dana.id(), dana.id()).outcome())
			.isEqualTo(SignUpResult.Outcome.CONFIRMED);
		assertThat(bean(Registrations.class).signUp(oneSeat, erlan.id(), erlan.id()).outcome())
			.isEqualTo(SignUpResult.Outcome.WAITLISTED);
		this.own.api().block(dana.id());
		erlan.remember();

		bean(Notifier.class).tell(dana.id(), dana.id(), Lang.KK, (ctx) -> ctx.say("signup.promoted"));

		erlan.expect("signup.promoted");
		assertThat(statusOf(erlan.id(), oneSeat)).isEqualTo(Registration.Status.CONFIRMED);
		assertThat(bean(Registrations.class).upcoming(dana.id())).isEmpty();
		assertThat(
				bean(Notifier.class).tell("notice", dana.id(), dana.id(), Lang.KK, (ctx) -> ctx.say("signup.promoted")))
			.as("nothing more is queued for Dana")
			.isFalse();
	}

	@Test
	void blockingTheBotMakesAPersonUnreachableAndUnblockingOrWritingMakesThemReachableAgain() {
		TestChat timur = this.own.member("Тимур", "kk", Role.STUDENT, Optional.of(new SchoolClass(8, "А")), "school");
		Reachability reachability = bean(Reachability.class);

		timur.deliver(Updates.myChatMember(timur.user(), "kicked"));
		this.own.api().awaitIdle();
		assertThat(reachability.reachable(timur.id())).isFalse();

		timur.deliver(Updates.myChatMember(timur.user(), "member"));
		this.own.api().awaitIdle();
		assertThat(reachability.reachable(timur.id())).isTrue();

		timur.deliver(Updates.myChatMember(timur.user(), "kicked"));
		this.own.api().awaitIdle();
		assertThat(reachability.reachable(timur.id())).isFalse();
		timur.send("/help");
		timur.expectThat("an answer to /help", (m) -> !m.text().isBlank());
		assertThat(reachability.reachable(timur.id())).isTrue();
		timur.remember();
		bean(Notifier.class).tell(timur.id(), timur.id(), Lang.KK, (ctx) -> ctx.say("signup.promoted"));
		timur.expect("signup.promoted");
	}

	@Test
	void aQueuedMessageThatTelegramAsksToWaitForGoesOnceWhenThePauseIsOver() {
		TestChat aru = this.own.member("Ару", "kk", Role.STUDENT, Optional.of(new SchoolClass(9, "А")), "school");
		this.own.api().throttleNext("sendMessage", 1);
		double before = bean(MeterRegistry.class).counter("birge.telegram.429").count();
		aru.remember();

		bean(Notifier.class).tell(aru.id(), aru.id(), Lang.KK, (ctx) -> ctx.say("signup.promoted"));

		aru.expect("signup.promoted");
		this.own.api().awaitIdle();
		assertThat(aru.fresh()).hasSize(1);
		assertThat(bean(MeterRegistry.class).counter("birge.telegram.429").count()).isEqualTo(before + 1);
	}

	@Test
	void aDocumentRefusedOnceIsSentAgainWhole() {
		TestChat coordinator = this.own.member("Гүлнар", "kk", Role.COORDINATOR, Optional.empty(), "school");
		byte[] report = "есеп;бағандар\n1;2\n".repeat(200).getBytes(StandardCharsets.UTF_8);
		this.own.api().throttleNext("sendDocument", 1);

		bean(Notifier.class).tell(coordinator.id(), coordinator.id(), Lang.KK,
				(ctx) -> ctx.sender().sendDocument(ctx.chatId(), "report.csv", report, ""));

		this.own.api().awaitCalls("sendDocument", 2);
		this.own.api().awaitIdle();
		assertThat(this.own.api().calls("sendDocument").get(1).file().orElseThrow().bytes()).isEqualTo(report);
	}

	@Test
	void messagesQueuedWhenTheBotStopsAreSentOnceAfterItStartsAgain() throws IOException {
		FakeBotApi api = FakeBotApi.start(BirgeInstance.TOKEN);
		Path data = Files.createTempDirectory("birge-outbound");
		String database = "birge_outbound_" + UUID.randomUUID().toString().substring(0, 8);
		List<Long> chats = List.of(820_000_001L, 820_000_002L, 820_000_003L, 820_000_004L, 820_000_005L);
		try (BirgeInstance before = BirgeInstance.start(api, data, database, Map.of())) {
			// Telegram asked everyone to wait: nothing leaves before the bot stops
			before.bean(SendLimits.class).pause(Duration.ofMinutes(10));
			for (long chatId : chats) {
				before.bean(Notifier.class)
					.tell(chatId, chatId, Lang.KK, (ctx) -> ctx.say("broadcast.heading", String.valueOf(chatId)));
			}
			assertThat(before.bean(OutboundQueue.class).depth()).isEqualTo(chats.size());
			HealthIndicator health = before.bean(OutboundHealth.class);
			assertThat(health.health().getDetails()).containsEntry("depth", (long) chats.size());
		}
		assertThat(api.calls("sendMessage")).isEmpty();
		try (BirgeInstance after = BirgeInstance.start(api, data, database, Map.of())) {
			for (long chatId : chats) {
				api.awaitMessage(chatId, (m) -> m.text().contains(String.valueOf(chatId)));
			}
			api.awaitIdle();
			for (long chatId : chats) {
				assertThat(api.messagesTo(chatId)).as("chat " + chatId).hasSize(1);
			}
			assertThat(after.bean(OutboundQueue.class).depth()).isZero();
			assertThat(after.bean(OutboundHealth.class).health().getStatus()).isEqualTo(Status.UP);
			if (BirgeInstance.realMongo()) {
				after.dropDatabase();
			}
		}
		finally {
			api.close();
		}
	}

}
