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
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
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
 * three hundred.
 */
class EventsQueriesTests {

	@Test
	void aPageCostsABoundedNumberOfQueries() {
		// mid-month, so that the month's list holds the activities a few hours ahead
		MutableClock.Config.CLOCK.set(Instant.parse("2026-11-10T04:00:00Z"));
		try (OwnBirge own = OwnBirge.start(Map.of(), MongoCommands.Config.class, MutableClock.Config.class)) {
			own.birge().bean(Organisations.class).save(new Organisation("school", "Мектеп"));
			TestChat chat = own.newChat("Сана", "kk");
			chat.send("/help");
			chat.expect("help.newcomer");
			own.birge().bean(Users.class).becomeStudent(chat.id(), new SchoolClass(7, "А"), Optional.of("school"));

			addActivities(own, 10);
			int few = queriesForOnePage(own, chat);
			addActivities(own, 290);
			int many = queriesForOnePage(own, chat);
			assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
		}
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
