package kz.birge.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.Users;

/**
 * A national park's volunteer outings with a few seats, and the volunteers who race for
 * them: the fixture of the sign-up tests, set up through the features' services.
 */
final class ParkOutings {

	private final OwnBirge own;

	private final String park;

	private final int daysApart;

	private int days;

	/**
	 * A park of its own in {@code own}; each new outing starts {@code daysApart} days
	 * after the one before.
	 */
	ParkOutings(OwnBirge own, String park, int daysApart) {
		this.own = own;
		this.park = park;
		this.daysApart = daysApart;
		own.birge().bean(Organisations.class).save(new Organisation(park, "Жоңғар-Алатауы ұлттық паркі"));
	}

	/**
	 * An outing for volunteers a few days ahead of the bot's clock, with this many seats.
	 */
	Activity outingWithSeats(String title, int seats) {
		this.days += this.daysApart;
		Instant start = this.own.birge().bean(Clock.class).instant().plus(Duration.ofDays(3 + this.days));
		return this.own.birge()
			.bean(Activities.class)
			.create(new Activities.NewActivity(this.park, title, Optional.empty(), start,
					start.plus(Duration.ofHours(3)), false, Optional.of("Парк кіреберісі"),
					new Audience(List.of(), Set.of(Category.VOLUNTEERS)), Optional.of(seats), "Birge"));
	}

	String occurrenceOf(Activity activity) {
		return this.own.birge().bean(Activities.class).occurrences(activity.id()).get(0).id();
	}

	Listing listingOf(Activity activity) {
		return this.own.birge().bean(Catalogue.class).listing(occurrenceOf(activity)).orElseThrow();
	}

	/** A volunteer the bot knows, registered without going through onboarding. */
	TestChat volunteer(String name) {
		TestChat chat = this.own.newChat(name, "ru");
		chat.send("/help");
		chat.expect("help.newcomer");
		this.own.birge().bean(Users.class).becomeVolunteer(chat.id(), name, Optional.empty());
		return chat;
	}

	/** The outing's card, opened from its shared link. */
	SentMessage openCard(TestChat chat, Activity activity) {
		chat.send("/start ev_" + occurrenceOf(activity));
		return chat.expectThat("the card of " + activity.title(), (m) -> m.text().startsWith(activity.title()));
	}

}
