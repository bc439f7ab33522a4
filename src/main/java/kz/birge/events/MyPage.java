package kz.birge.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.birge.attendance.Attendance;
import kz.birge.attendance.Attendances;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Reply;
import kz.birge.bot.Texts;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;

import org.springframework.stereotype.Component;

/**
 * The page /my shows: the coming sign-ups (each with its card and a cancel button; a
 * series once, with its next date and "leave the series"), where the person took part
 * (the occurrences where they were marked present), and the badges their attendance
 * earned. Dates read as on the list and the card.
 */
@Component
class MyPage {

	private static final int SHOWN = 10;

	private static final int TITLE_WIDTH = 120;

	private static final int BUTTON_TITLE_WIDTH = 40;

	/** Small, non-material rewards for taking part, as a checklist app would give. */
	enum Badge {

		FIRST(1), FIVE(5), TEN(10), TWENTY_FIVE(25);

		final int needed;

		Badge(int needed) {
			this.needed = needed;
		}

	}

	/** A coming sign-up as /my shows it: the sign-up, and its occurrence. */
	private record Entry(Registration registration, Listing listing) {
	}

	private final Registrations registrations;

	private final Catalogue catalogue;

	private final EventCards cards;

	private final Attendances attendances;

	MyPage(Registrations registrations, Catalogue catalogue, EventCards cards, Attendances attendances) {
		this.registrations = registrations;
		this.catalogue = catalogue;
		this.cards = cards;
		this.attendances = attendances;
	}

	Reply render(BotContext ctx, long userId) {
		List<Entry> upcoming = upcoming(userId);
		List<Attendance> attended = this.attendances.attendedBy(userId);
		List<String> lines = new ArrayList<>();
		List<List<Button>> rows = new ArrayList<>();
		upcoming(ctx, upcoming, lines, rows);
		lines.add("");
		history(ctx, attended, lines);
		lines.add("");
		lines.addAll(record(ctx, attended));
		return new Reply(String.join("\n", lines), rows.isEmpty() ? Keyboard.NONE : new Keyboard.Inline(rows));
	}

	/**
	 * The person's coming sign-ups whose occurrence is still on, soonest first; a series
	 * once, by its soonest sign-up.
	 */
	private List<Entry> upcoming(long userId) {
		List<Registration> registrations = this.registrations.upcoming(userId);
		Map<String, Listing> listings = this.catalogue
			.listings(registrations.stream().map(Registration::occurrenceId).toList(), false);
		Set<String> seriesShown = new HashSet<>();
		List<Entry> entries = new ArrayList<>();
		for (Registration registration : registrations) {
			Listing listing = listings.get(registration.occurrenceId());
			if (listing != null && (!listing.series() || seriesShown.add(listing.activityId()))) {
				entries.add(new Entry(registration, listing));
			}
		}
		return entries;
	}

	private void upcoming(BotContext ctx, List<Entry> upcoming, List<String> lines, List<List<Button>> rows) {
		lines.add(ctx.t("my.upcoming"));
		if (upcoming.isEmpty()) {
			lines.add(ctx.t("my.none"));
		}
		List<Entry> shown = upcoming.stream().limit(SHOWN).toList();
		for (int i = 0; i < shown.size(); i++) {
			Registration registration = shown.get(i).registration();
			Listing listing = shown.get(i).listing();
			String title = Texts.shorten(listing.title(), TITLE_WIDTH);
			String mark = ctx
				.t((registration.status() == Registration.Status.CONFIRMED) ? "my.confirmed" : "my.waiting");
			lines.add(ctx.t("my.entry", i + 1, this.cards.when(ctx, listing), title, mark));
			Button leave = listing.series()
					? ctx.buttonOf("my.leave-series", new EventButtons.LeaveSeries(registration.occurrenceId(), -1))
					: ctx.buttonOf("my.cancel", new EventButtons.CancelSignUp(registration.occurrenceId(), -1));
			rows.add(List.of(ctx.button((i + 1) + ". " + Texts.shorten(listing.title(), BUTTON_TITLE_WIDTH),
					new EventButtons.Card(registration.occurrenceId(), -1)), leave));
		}
		if (upcoming.size() > SHOWN) {
			lines.add(ctx.t("my.more", upcoming.size() - SHOWN));
		}
	}

	/**
	 * Where the person took part: the occurrences where they were marked present, latest
	 * first, whatever became of the activity since.
	 */
	private void history(BotContext ctx, List<Attendance> attended, List<String> lines) {
		lines.add(ctx.t("my.history"));
		Map<String, Listing> listings = this.catalogue
			.listings(attended.stream().map(Attendance::occurrenceId).distinct().toList(), true);
		List<Listing> took = listings.values()
			.stream()
			.sorted(Comparator.comparing(Listing::dated).reversed())
			.limit(SHOWN)
			.toList();
		if (took.isEmpty()) {
			lines.add(ctx.t("my.none"));
		}
		for (Listing listing : took) {
			lines.add(ctx.t("my.past", ActivityText.when(ctx, listing.occurrence(), this.cards.zone()),
					Texts.shorten(listing.title(), TITLE_WIDTH)));
		}
	}

	/**
	 * What the person took part in, counted from the confirmed attendances, and the
	 * badges it earned; before anything is, only the way to the first badge.
	 */
	static List<String> record(BotContext ctx, List<Attendance> attended) {
		List<String> lines = new ArrayList<>();
		long activities = attended.stream().map(Attendance::activityId).distinct().count();
		long campaigns = attended.stream().map(Attendance::campaignId).distinct().count();
		if (!attended.isEmpty()) {
			// before the first, "none yet" above says it; "0 times: 0 activities" would
			// not
			lines.add(ctx.t("my.record", attended.size(), activities, campaigns));
		}
		Arrays.stream(Badge.values())
			.filter((badge) -> attended.size() >= badge.needed)
			.forEach((badge) -> lines.add(ctx.t("my.badge." + badge.name())));
		Arrays.stream(Badge.values())
			.filter((badge) -> attended.size() < badge.needed)
			.findFirst()
			.ifPresent((next) -> lines
				.add(ctx.t("my.next-badge", next.needed - attended.size(), ctx.t("my.badge." + next.name()))));
		return lines;
	}

}
