package kz.birge.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.signup.Registrations;
import kz.birge.support.MongoCommands;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.SchoolClass;
import kz.birge.user.Users;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of /events costs the same few queries whether a school has ten activities or
 * three hundred; a sign-up and its cancellation cost their writes, /my two reads.
 */
class EventsQueriesTests {

	@Test
	void aPageCostsABoundedNumberOfQueries() {
		// mid-month, so that the month's list holds the activities a few hours ahead
		MutableClock.Config.CLOCK.set(Instant.parse("2026-11-10T04:00:00Z"));
		try (OwnBirge own = OwnBirge.start(Map.of(), MongoCommands.Config.class, MutableClock.Config.class)) {
			TestChat chat = student(own);

			addActivities(own, 10);
			int few = queriesForOnePage(own, chat);
			addActivities(own, 290);
			int many = queriesForOnePage(own, chat);
			assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
		}
	}

	/**
	 * A sign-up under a card makes its few writes and shows the card from what they
	 * returned, as does its cancellation: neither reads the seats or the sign-up again.
	 */
	@Test
	void signingUpAndCancellingShowTheCardFromTheirOwnWrites() {
		MutableClock.Config.CLOCK.set(Instant.parse("2026-11-10T04:00:00Z"));
		try (OwnBirge own = OwnBirge.start(Map.of(), MongoCommands.Config.class, MutableClock.Config.class)) {
			TestChat chat = student(own);
			addActivities(own, 1);
			// someone signed up before, so that the occurrence's seats are counted
			// already
			String occurrence = own.birge().bean(Catalogue.class).coming("school").get(0).occurrenceId();
			Listing listing = own.birge().bean(Catalogue.class).listing(occurrence).orElseThrow();
			own.birge().bean(Registrations.class).signUp(listing, 42L, 42L);

			chat.send("/events");
			SentMessage list = chat.expectThat("the list",
					(m) -> m.text().contains(chat.t("events.window.NEXT_30_DAYS")));
			chat.tap(list, "1");
			SentMessage card = chat.expect("card.seats-left", 29, 30);
			own.api().awaitIdle();

			MongoCommands.RECORDED.clear();
			chat.tap(card, chat.t("card.sign-up"));
			card = chat.expectThat("the card, signed up", (m) -> m.text().contains(chat.t("card.you-are-in"))
					&& m.text().contains(chat.t("card.seats-left", 28, 30)));
			own.api().awaitIdle();
			assertThat(MongoCommands.RECORDED.handling()).as("a sign-up's commands")
				.containsExactlyInAnyOrder("insert registrations", "findAndModify seat_counters",
						"findAndModify registrations");

			// /my reads the person's sign-ups and attendance; their activities are kept
			MongoCommands.RECORDED.clear();
			chat.send("/my");
			chat.expectThat("/my with the sign-up", (m) -> m.text().contains(chat.t("my.upcoming"))
					&& m.text().contains("Іс-шара 0") && m.text().contains(chat.t("my.confirmed")));
			own.api().awaitIdle();
			assertThat(MongoCommands.RECORDED.handling()).as("/my's commands")
				.containsExactlyInAnyOrder("find registrations", "find attendance");

			MongoCommands.RECORDED.clear();
			chat.tap(card, chat.t("card.cancel-sign-up"));
			card = chat.expectThat("the card, cancelled", (m) -> !m.text().contains(chat.t("card.you-are-in"))
					&& m.text().contains(chat.t("card.seats-left", 29, 30)));
			own.api().awaitIdle();
			assertThat(card.callbackData(chat.t("card.sign-up"))).isPresent();
			assertThat(MongoCommands.RECORDED.handling()).as("a cancellation's commands")
				.containsExactlyInAnyOrder("findAndModify registrations", "findAndModify seat_counters");
		}
	}

	/** A student of 7А at the school, who has written to the bot. */
	private static TestChat student(OwnBirge own) {
		own.birge().bean(Organisations.class).save(new Organisation("school", "Мектеп"));
		TestChat chat = own.newChat("Сана", "kk");
		chat.send("/help");
		chat.expect("help.newcomer");
		own.birge().bean(Users.class).becomeStudent(chat.id(), new SchoolClass(7, "А"), Optional.of("school"));
		return chat;
	}

	private static int queriesForOnePage(OwnBirge own, TestChat chat) {
		// the first page after a change fills the catalogue cache; the next ones read it
		chat.send("/events");
		chat.expectThat("the list", (m) -> m.text().contains(chat.t("events.window.NEXT_30_DAYS")));
		own.api().awaitIdle();
		MongoCommands.RECORDED.clear();
		chat.send("/events");
		SentMessage list = chat.expectThat("the list", (m) -> m.text().contains(chat.t("events.window.NEXT_30_DAYS")));
		own.api().awaitIdle();
		assertThat(list.callbackButtons()).contains("5");
		// the scheduled jobs' locks are taken every second, whatever the page does
		List<String> commands = MongoCommands.RECORDED.commands()
			.stream()
			.filter((command) -> !command.endsWith(" shedlock"))
			.toList();
		return commands.size();
	}

	private static void addActivities(OwnBirge own, int count) {
		Activities activities = own.birge().bean(Activities.class);
		Instant start = own.birge().bean(Clock.class).instant().plus(Duration.ofHours(5));
		for (int i = 0; i < count; i++) {
			activities.create(new Activities.NewActivity("school", "Іс-шара " + i, Optional.empty(),
					start.plus(Duration.ofMinutes(i)), start.plus(Duration.ofMinutes(i + 60)), false, Optional.empty(),
					new Audience(List.of(new GradeRange(5, 9)), Set.of(Category.STUDENTS)), Optional.of(30), "Birge"));
		}
	}

}
