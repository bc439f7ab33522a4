package kz.birge.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.calendar.CalendarEvent;
import kz.birge.calendar.CalendarFiles;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Occurrence;

import org.springframework.stereotype.Component;

/**
 * "Add to calendar": an .ics file for one occurrence, with a UID that stays the same for
 * it, its date worded as on the card in the description; a deadline is an entry on its
 * day.
 */
@Component
class CalendarExport {

	private final Catalogue catalogue;

	private final Activities activities;

	private final EventCards cards;

	CalendarExport(Catalogue catalogue, Activities activities, EventCards cards) {
		this.catalogue = catalogue;
		this.activities = activities;
		this.cards = cards;
	}

	void send(BotContext ctx, String occurrenceId) {
		Optional<Listing> listing = this.catalogue.listing(occurrenceId);
		Optional<Activity> activity = listing.flatMap((found) -> this.activities.find(found.activityId()));
		if (listing.isEmpty() || activity.isEmpty()) {
			ctx.notice("events.gone");
			return;
		}
		String link = EventHandlers.link(ctx, occurrenceId);
		Listing found = listing.get();
		String description = String.join("\n", this.cards.when(ctx, found), activity.get().responsible(), link)
			.replace("\n\n", "\n")
			.strip();
		CalendarEvent event = new CalendarEvent(occurrenceId + "@birge", activity.get().title(), description,
				String.join("; ", activity.get().places()), shownStart(found), found.end(), found.allDay(),
				this.cards.zone(), Optional.of(link));
		ctx.sender()
			.sendDocument(ctx.chatId(), "birge-" + occurrenceId.substring(0, 8) + ".ics", CalendarFiles.ics(event),
					ctx.t("calendar.caption", activity.get().title()));
	}

	/**
	 * Where the calendar entry starts: a deadline is an entry on its day ("by 1 April"),
	 * not one from the start of the plan; anything else starts when it starts.
	 */
	private Instant shownStart(Listing listing) {
		if (listing.kind() != Occurrence.Kind.DEADLINE) {
			return listing.start();
		}
		if (!listing.allDay()) {
			Instant hourBefore = listing.end().minus(Duration.ofHours(1));
			return hourBefore.isAfter(listing.start()) ? hourBefore : listing.start();
		}
		LocalDate day = listing.dated().atZone(this.cards.zone()).toLocalDate();
		return day.atStartOfDay(this.cards.zone()).toInstant();
	}

}
