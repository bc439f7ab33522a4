package kz.birge.events;

import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.calendar.CalendarEvent;
import kz.birge.calendar.CalendarFiles;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;

import org.springframework.stereotype.Component;

/**
 * "Add to calendar": an .ics file for one occurrence, with a UID that stays the same for
 * it.
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
		CalendarEvent event = new CalendarEvent(occurrenceId + "@birge", activity.get().title(),
				String.join("\n", activity.get().responsible(), link).strip(),
				String.join("; ", activity.get().places()), listing.get().start(), listing.get().end(),
				listing.get().allDay(), this.cards.zone(), Optional.of(link));
		ctx.sender()
			.sendDocument(ctx.chatId(), "birge-" + occurrenceId.substring(0, 8) + ".ics", CalendarFiles.ics(event),
					ctx.t("calendar.caption", activity.get().title()));
	}

}
