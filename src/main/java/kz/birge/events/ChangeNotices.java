package kz.birge.events;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.birge.bot.BotContext;
import kz.birge.bot.Notifier;
import kz.birge.bot.Reply;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityChanged;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.PlanImported;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.user.Users;
import org.bson.Document;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what changed: those signed up when a coordinator cancels or moves an
 * activity, and the members of a fraction when it gets a new activity.
 */
@Component
class ChangeNotices {

	private final Registrations registrations;

	private final Activities activities;

	private final FractionMembers members;

	private final Users users;

	private final Notifier notifier;

	private final EventCards cards;

	private final Clock clock;

	ChangeNotices(Registrations registrations, Activities activities, FractionMembers members, Users users,
			Notifier notifier, EventCards cards, Clock clock) {
		this.registrations = registrations;
		this.activities = activities;
		this.members = members;
		this.users = users;
		this.notifier = notifier;
		this.cards = cards;
		this.clock = clock;
	}

	@EventListener
	void onChange(ActivityChanged event) {
		switch (event.change()) {
			case CANCELLED -> cancelled(event.activityId());
			case MOVED -> moved(event.activityId());
			case CREATED -> announce(List.of(event.activityId()));
			case EDITED -> seatsMayHaveComeFree(event.activityId());
			case RESTORED -> {
			}
		}
	}

	@EventListener
	void onImport(PlanImported event) {
		if (!event.createdActivityIds().isEmpty()) {
			announce(event.createdActivityIds());
		}
	}

	private void cancelled(String activityId) {
		Activity activity = this.activities.find(activityId).orElseThrow();
		for (Registration registration : this.registrations.cancelAll(activityId)) {
			tell(registration.chatId(), registration.userId(), "notice.cancelled", activity.title());
		}
	}

	/**
	 * A coordinator may have raised the capacity: the waitlist moves up, and those
	 * promoted are told.
	 */
	private void seatsMayHaveComeFree(String activityId) {
		Activity activity = this.activities.find(activityId).orElseThrow();
		for (Occurrence occurrence : this.activities.occurrences(activityId)) {
			if (occurrence.cancelled() || !occurrence.end().isAfter(this.clock.instant())) {
				continue;
			}
			for (Registration promoted : this.registrations.fill(occurrence.id(), activity.seats())) {
				tell(promoted.chatId(), promoted.userId(), "signup.promoted");
			}
		}
	}

	private void moved(String activityId) {
		Activity activity = this.activities.find(activityId).orElseThrow();
		List<Occurrence> occurrences = this.activities.occurrences(activityId);
		occurrences.forEach((o) -> this.registrations.moved(o.id(), o.start(), o.end(), o.allDay()));
		for (Registration registration : this.registrations.activeOf(activityId)) {
			Occurrence occurrence = occurrences.stream()
				.filter((o) -> o.id().equals(registration.occurrenceId()))
				.findFirst()
				.orElseThrow();
			this.users.find(registration.userId())
				.ifPresent((user) -> this.notifier.tell(registration.chatId(), user.id(), user.lang(), (ctx) -> ctx
					.say("notice.moved", activity.title(), ActivityText.when(ctx, occurrence, this.cards.zone()))));
		}
	}

	/** New activities with a coming occurrence, to the members of their fractions. */
	private void announce(List<String> activityIds) {
		Map<String, List<Activity>> byFraction = this.activities.findAll(activityIds)
			.stream()
			.filter((activity) -> activity.fractionId() != null)
			.collect(Collectors.groupingBy(Activity::fractionId));
		if (byFraction.isEmpty()) {
			return;
		}
		Map<String, Occurrence> next = new HashMap<>();
		byFraction.values()
			.stream()
			.flatMap(List::stream)
			.forEach((activity) -> this.activities.occurrences(activity.id())
				.stream()
				.filter((o) -> !o.cancelled() && o.end().isAfter(this.clock.instant()))
				.findFirst()
				.ifPresent((occurrence) -> next.put(activity.id(), occurrence)));
		List<Document> memberships = this.members.membersOf(byFraction.keySet());
		Set<String> sent = new HashSet<>();
		for (Document membership : memberships) {
			long userId = ((Number) membership.get("userId")).longValue();
			for (Activity activity : byFraction.get(membership.getString("fractionId"))) {
				Occurrence coming = next.get(activity.id());
				if (coming != null && sent.add(userId + ":" + activity.id())) {
					this.users.find(userId)
						.ifPresent(
								(user) -> this.notifier.tell(user.chatId(), userId, user.lang(),
										(ctx) -> ctx.reply(
												new Reply(
														ctx.t("notice.new-in-fraction", activity.title(),
																ActivityText.when(ctx, coming, this.cards.zone())),
														BotContext.inline(
																List.of(ctx.buttonOf("reminder.open",
																		new EventButtons.Card(coming.id(), -1))),
																1)))));
				}
			}
		}
	}

	private void tell(long chatId, long userId, String key, Object... args) {
		this.users.find(userId)
			.ifPresent((user) -> this.notifier.tell(chatId, userId, user.lang(), (ctx) -> ctx.say(key, args)));
	}

}
