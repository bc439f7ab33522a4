package kz.birge.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.Notifier;
import kz.birge.bot.Reply;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityStatus;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Occurrence;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.Registrations.Reminder;
import kz.birge.signup.Seats;
import kz.birge.system.BirgeProperties;
import kz.birge.user.Users;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminders to everyone with a seat, at a decent hour: the evening before the activity's
 * day, and two hours before a timed one or on the morning of an all-day one, never in
 * quiet hours ({@link ReminderTimes} says when). Each goes once: the sign-up is marked
 * and the reminder written into the outbound queue at once, which keeps it across a
 * restart until Telegram took it. A reminder carries an "I can't come" button that gives
 * the seat to the waitlist.
 * <p>
 * Every minute, outside quiet hours, it looks through the coming occurrences (the
 * catalogue's cache) for those with a reminder due and of use now, and reads the sign-ups
 * of those that have seats taken: a query for their seats, and one for each such
 * occurrence's sign-ups. The occurrence is read afresh before anything goes, so a
 * cancelled one is never reminded of.
 */
@Component
class Reminders {

	private static final List<Reminder> REMINDERS = List.of(Reminder.SOON, Reminder.DAY_BEFORE);

	private final Registrations registrations;

	private final Activities activities;

	private final Catalogue catalogue;

	private final Users users;

	private final Notifier notifier;

	private final ReminderTimes times;

	private final BirgeProperties birge;

	private final Clock clock;

	Reminders(Registrations registrations, Activities activities, Catalogue catalogue, Users users, Notifier notifier,
			ReminderProperties settings, BirgeProperties birge, Clock clock) {
		this.registrations = registrations;
		this.activities = activities;
		this.catalogue = catalogue;
		this.users = users;
		this.notifier = notifier;
		this.times = new ReminderTimes(settings, birge.timezone());
		this.birge = birge;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${birge.reminders.every:PT1M}", initialDelayString = "${birge.reminders.every:PT1M}")
	@SchedulerLock(name = "reminders", lockAtMostFor = "PT5M", lockAtLeastFor = "PT0S")
	void send() {
		Instant now = this.clock.instant();
		if (this.times.quiet(now)) {
			return;
		}
		List<String> open = new ArrayList<>();
		for (Listing listing : this.catalogue.comingEverywhere()) {
			ReminderTimes.Occasion occasion = occasion(listing.start(), listing.end(), listing.allDay(),
					listing.kind());
			if (REMINDERS.stream().anyMatch((reminder) -> this.times.open(reminder, occasion, now))) {
				open.add(listing.occurrenceId());
			}
		}
		if (open.isEmpty()) {
			return;
		}
		Map<String, Seats> seats = this.registrations.seats(open);
		for (String occurrenceId : open) {
			Seats taken = seats.get(occurrenceId);
			if (taken != null && taken.taken() > 0) {
				remind(occurrenceId, now);
			}
		}
	}

	/** The reminders due now to those with a seat in one occurrence. */
	private void remind(String occurrenceId, Instant now) {
		List<Registration> confirmed = this.registrations.confirmedFor(occurrenceId)
			.stream()
			.filter((registration) -> !registration.remindedDayBefore() || !registration.remindedSoon())
			.toList();
		if (confirmed.isEmpty()) {
			return;
		}
		// read afresh: the cache may not know yet that it was cancelled or moved
		Optional<Occurrence> found = this.activities.occurrence(occurrenceId).filter((o) -> !o.cancelled());
		Optional<Activity> activity = found.flatMap((o) -> this.activities.find(o.activityId()))
			.filter((a) -> a.status() == ActivityStatus.ACTIVE);
		if (activity.isEmpty()) {
			return;
		}
		Occurrence occurrence = found.get();
		ReminderTimes.Occasion occasion = occasion(occurrence.start(), occurrence.end(), occurrence.allDay(),
				occurrence.kind());
		for (Registration registration : confirmed) {
			for (Reminder reminder : REMINDERS) {
				boolean sent = (reminder == Reminder.SOON) ? registration.remindedSoon()
						: registration.remindedDayBefore();
				if (!sent
						&& this.times.verdict(reminder, occasion, registration.signedUpAt(),
								now) == ReminderTimes.Verdict.SEND
						&& this.registrations.claim(registration, reminder)) {
					// never both: the day-before one is of no use once the other is due
					tell(registration, key(reminder, occasion, now), occurrence, activity.get());
				}
			}
		}
	}

	private static ReminderTimes.Occasion occasion(Instant start, Instant end, boolean allDay, Occurrence.Kind kind) {
		return new ReminderTimes.Occasion(start, end, allDay, kind == Occurrence.Kind.DEADLINE);
	}

	/**
	 * "Soon" for a timed activity; "today" for what is sent on the activity's day
	 * otherwise; "tomorrow" the evening before; "starts" for a span of days.
	 */
	private String key(Reminder reminder, ReminderTimes.Occasion occasion, Instant now) {
		if (reminder == Reminder.SOON && !occasion.allDay()) {
			return "reminder.soon";
		}
		boolean today = this.times.onTheDay(occasion, now);
		if (spansDays(occasion)) {
			return today ? "reminder.starts-today" : "reminder.starts-tomorrow";
		}
		return today ? "reminder.today" : "reminder.day-before";
	}

	/**
	 * A week or a month of days held from the first: it starts, rather than is, today.
	 */
	private static boolean spansDays(ReminderTimes.Occasion occasion) {
		return occasion.allDay() && !occasion.deadline()
				&& Duration.between(occasion.start(), occasion.end()).compareTo(Duration.ofDays(1)) > 0;
	}

	private void tell(Registration registration, String key, Occurrence occurrence, Activity activity) {
		this.users.find(registration.userId())
			.ifPresent((user) -> this.notifier.tell("reminder", registration.chatId(), user.id(), user.lang(),
					(ctx) -> ctx.reply(reminder(ctx, key, occurrence, activity))));
	}

	private Reply reminder(BotContext ctx, String key, Occurrence occurrence, Activity activity) {
		String when = ActivityText.when(ctx, occurrence, this.birge.timezone());
		return new Reply(ctx.t(key, activity.title(), when),
				BotContext
					.inline(List.of(ctx.buttonOf("reminder.cant-come", new EventButtons.CantCome(occurrence.id())),
							ctx.buttonOf("reminder.open", new EventButtons.Card(occurrence.id(), -1))), 1));
	}

}
