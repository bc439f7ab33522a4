package kz.birge.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.birge.bot.BotContext;
import kz.birge.bot.Notifier;
import kz.birge.bot.Reply;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Occurrence;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.Registrations.Reminder;
import kz.birge.user.Users;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminders to everyone with a seat: the day before and two hours before, each sent once
 * (the sign-up is marked before the message goes, so a restart does not send it again),
 * with an "I can't come" button that gives the seat to the waitlist.
 */
@Component
class Reminders {

	private static final int BATCH = 200;

	private final Registrations registrations;

	private final Activities activities;

	private final Users users;

	private final Notifier notifier;

	private final EventCards cards;

	private final Clock clock;

	Reminders(Registrations registrations, Activities activities, Users users, Notifier notifier, EventCards cards,
			Clock clock) {
		this.registrations = registrations;
		this.activities = activities;
		this.users = users;
		this.notifier = notifier;
		this.cards = cards;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${birge.reminders.every:PT1M}", initialDelayString = "${birge.reminders.every:PT1M}")
	void send() {
		remind(Reminder.SOON);
		remind(Reminder.DAY_BEFORE);
	}

	private void remind(Reminder reminder) {
		List<Registration> due = this.registrations.due(reminder, BATCH);
		if (due.isEmpty()) {
			return;
		}
		Map<String, Activity> titles = this.activities
			.findAll(due.stream().map(Registration::activityId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Activity::id, Function.identity()));
		for (Registration registration : due) {
			// "tomorrow" only when it is tomorrow in the organisation's zone; a later
			// sign-up gets the "soon" one
			LocalDate tomorrow = LocalDate.now(this.clock.withZone(this.cards.zone())).plusDays(1);
			boolean soonCovers = reminder == Reminder.DAY_BEFORE
					&& !LocalDate.ofInstant(registration.start(), this.cards.zone()).equals(tomorrow);
			if (!this.registrations.claim(registration, reminder) || soonCovers) {
				continue;
			}
			Activity activity = titles.get(registration.activityId());
			this.users.find(registration.userId())
				.ifPresent((user) -> this.notifier.tell(registration.chatId(), user.id(), user.lang(),
						(ctx) -> ctx.reply(reminderText(ctx, reminder, registration, activity))));
		}
	}

	private Reply reminderText(BotContext ctx, Reminder reminder, Registration registration, Activity activity) {
		Occurrence occurrence = new Occurrence(registration.occurrenceId(), registration.activityId(), "",
				registration.organisationId(), null, registration.start(), registration.end(), registration.allDay(),
				Occurrence.Kind.DAYS, false);
		String when = ActivityText.when(ctx, occurrence, this.cards.zone());
		String title = (activity != null) ? activity.title() : "";
		String key = (reminder == Reminder.SOON) ? "reminder.soon" : "reminder.day-before";
		return new Reply(ctx.t(key, title, when), BotContext
			.inline(List.of(ctx.buttonOf("reminder.cant-come", new EventButtons.CantCome(registration.occurrenceId())),
					ctx.buttonOf("reminder.open", new EventButtons.Card(registration.occurrenceId(), -1))), 1));
	}

}
