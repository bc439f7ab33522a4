package kz.birge.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.Notifier;
import kz.birge.bot.Reply;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityChanged;
import kz.birge.catalog.ActivityStatus;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.OccurrencesChanged;
import kz.birge.catalog.PlanImported;
import kz.birge.signup.Registration;
import kz.birge.signup.RegistrationChanges;
import kz.birge.signup.Registrations;
import kz.birge.user.Users;
import org.bson.Document;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what changed: those signed up when an occurrence is moved or dropped (by a
 * coordinator or by a plan sent again), those promoted when seats are added, and the
 * members of a fraction when it gets a new activity.
 */
@Component
class ChangeNotices {

	/** The most cancelled or moved days a notice names one by one. */
	private static final int DAYS_NAMED = 5;

	/** Between days a notice names: a day with a time has a comma of its own. */
	private static final String DAY_SEPARATOR = "; ";

	private final Registrations registrations;

	private final RegistrationChanges changes;

	private final Activities activities;

	private final FractionMembers members;

	private final Users users;

	private final Notifier notifier;

	private final EventCards cards;

	private final Catalogue catalogue;

	private final Clock clock;

	private final Promotions promotions;

	ChangeNotices(Registrations registrations, RegistrationChanges changes, Activities activities,
			FractionMembers members, Users users, Notifier notifier, EventCards cards, Catalogue catalogue, Clock clock,
			Promotions promotions) {
		this.catalogue = catalogue;
		this.registrations = registrations;
		this.changes = changes;
		this.activities = activities;
		this.members = members;
		this.users = users;
		this.notifier = notifier;
		this.cards = cards;
		this.clock = clock;
		this.promotions = promotions;
	}

	@EventListener
	void onChange(ActivityChanged event) {
		switch (event.change()) {
			case CREATED -> announce(List.of(event.activityId()));
			case EDITED -> seatsMayHaveComeFree(event.activityId());
			// a move and a cancellation come as OccurrencesChanged too, and are told
			// there
			case CANCELLED, MOVED, RESTORED -> {
			}
		}
	}

	/**
	 * Occurrences moved or dropped, by a plan sent again or by a coordinator: the
	 * sign-ups of a moved one follow it; those of a dropped one are cancelled, waitlist
	 * included (one who had joined the series follows its new dates). Each person is told
	 * once per activity, of all that changed in it for them.
	 */
	@EventListener
	void onOccurrencesChanged(OccurrencesChanged event) {
		Map<Held, List<MovedDay>> moved = new LinkedHashMap<>();
		event.moved().forEach((one) -> moved(one, moved));
		// one who loses days of an activity hears of its moved days in the same message
		dropped(event.droppedIds(), moved);
		Map<String, Long> coming = new HashMap<>();
		moved.forEach((held, days) -> tellMoved(held, days, coming));
	}

	/**
	 * Tells a person of an activity's days they hold that moved, in one message: one day
	 * with its buttons; a series they hold whole (a plan sent again gave its weekly dates
	 * a time) as its new schedule; else the days' new times.
	 */
	private void tellMoved(Held held, List<MovedDay> days, Map<String, Long> coming) {
		MovedDay first = days.stream().min(Comparator.comparing((day) -> day.occurrence().start())).orElseThrow();
		Activity activity = first.activity();
		Optional<Listing> series = wholeSeries(held, days, first, coming);
		this.users.find(held.userId())
			.ifPresent((user) -> this.notifier.tell(first.chatId(), user.id(), user.lang(),
					(ctx) -> ctx.reply(series.map((next) -> seriesChangedNotice(ctx, activity, next))
						.orElseGet(() -> (days.size() == 1) ? movedNotice(ctx, activity, first.occurrence())
								: Reply.text(ctx.t("notice.days-moved", activity.title(), newTimes(ctx, days)))))));
	}

	/**
	 * The series whose every coming date moved with a seat for this person, read at its
	 * first; empty when they hold less of it (or wait), or it is no series.
	 * {@code coming} keeps each activity's count of coming dates for the event.
	 */
	private Optional<Listing> wholeSeries(Held held, List<MovedDay> days, MovedDay first, Map<String, Long> coming) {
		if (days.size() < 2 || !days.stream().allMatch(MovedDay::confirmed)) {
			return Optional.empty();
		}
		long all = coming.computeIfAbsent(held.activityId(), (activityId) -> {
			Instant now = this.clock.instant();
			return this.activities.occurrences(activityId)
				.stream()
				.filter((occurrence) -> !occurrence.cancelled() && occurrence.end().isAfter(now))
				.count();
		});
		return (days.size() == all) ? this.catalogue.listing(first.occurrence().id()).filter(Listing::series)
				: Optional.empty();
	}

	/** The new times of moved days, soonest first. */
	private String newTimes(BotContext ctx, List<MovedDay> days) {
		return named(ctx,
				days.stream().map(MovedDay::occurrence).sorted(Comparator.comparing(Occurrence::start)).toList());
	}

	/** Days as a notice names them: each of a few, then how many more. */
	private String named(BotContext ctx, List<Occurrence> days) {
		String named = days.stream()
			.limit(DAYS_NAMED)
			.map((day) -> ActivityText.when(ctx, day, this.cards.zone()))
			.collect(Collectors.joining(DAY_SEPARATOR));
		return (days.size() <= DAYS_NAMED) ? named : named + " " + ctx.t("notice.more-days", days.size() - DAYS_NAMED);
	}

	/** A person's sign-ups for one activity. */
	private record Held(long userId, String activityId) {
	}

	/** A day of an activity a person holds, moved. */
	private record MovedDay(long chatId, Activity activity, Occurrence occurrence, boolean confirmed) {
	}

	@EventListener
	void onImport(PlanImported event) {
		if (!event.createdActivityIds().isEmpty()) {
			announce(event.createdActivityIds());
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
				this.promotions.tell(promoted);
			}
		}
	}

	/**
	 * The sign-ups of a moved occurrence follow it; each person holding one is to hear of
	 * it, unless it is over.
	 */
	private void moved(OccurrencesChanged.Moved moved, Map<Held, List<MovedDay>> told) {
		List<Registration> holding = this.changes.moved(moved);
		Optional<Occurrence> occurrence = this.activities.occurrence(moved.occurrenceId());
		Optional<Activity> activity = this.activities.find(moved.activityId());
		if (holding.isEmpty() || occurrence.isEmpty() || activity.isEmpty()
				|| !moved.end().isAfter(this.clock.instant())) {
			return;
		}
		for (Registration registration : holding) {
			told.computeIfAbsent(new Held(registration.userId(), moved.activityId()), (held) -> new ArrayList<>())
				.add(new MovedDay(registration.chatId(), activity.get(), occurrence.get(),
						registration.status() == Registration.Status.CONFIRMED));
		}
	}

	private Reply movedNotice(BotContext ctx, Activity activity, Occurrence occurrence) {
		return new Reply(ctx.t("notice.moved", activity.title(), ActivityText.when(ctx, occurrence, this.cards.zone())),
				BotContext
					.inline(List.of(ctx.buttonOf("reminder.cant-come", new EventButtons.CantCome(occurrence.id())),
							ctx.buttonOf("reminder.open", new EventButtons.Card(occurrence.id(), -1))), 1));
	}

	/**
	 * Cancels the sign-ups of dropped occurrences and tells each person once per
	 * activity: that it is cancelled when it no longer takes place at all, else which of
	 * its days are. Nobody hears of days already over.
	 */
	private void dropped(List<String> occurrenceIds, Map<Held, List<MovedDay>> moved) {
		List<Registration> cancelled = this.changes.dropped(occurrenceIds);
		Instant now = this.clock.instant();
		Map<String, Map<Long, List<Registration>>> byActivity = cancelled.stream()
			.filter((registration) -> registration.end().isAfter(now))
			.collect(Collectors.groupingBy(Registration::activityId, LinkedHashMap::new,
					Collectors.groupingBy(Registration::userId, LinkedHashMap::new, Collectors.toList())));
		if (byActivity.isEmpty()) {
			return;
		}
		Map<String, Activity> activities = this.activities.findAll(byActivity.keySet())
			.stream()
			.collect(Collectors.toMap(Activity::id, Function.identity()));
		byActivity.forEach((activityId, byPerson) -> {
			Activity activity = activities.get(activityId);
			if (activity == null) {
				return;
			}
			Map<String, Occurrence> occurrences = this.activities.occurrences(activityId)
				.stream()
				.collect(Collectors.toMap(Occurrence::id, Function.identity()));
			boolean whole = activity.status() != ActivityStatus.ACTIVE
					|| occurrences.values().stream().allMatch(Occurrence::cancelled);
			// one who held every dropped day of it had joined the series, not picked
			// dates
			long droppedDays = occurrenceIds.stream()
				.map(occurrences::get)
				.filter((occurrence) -> occurrence != null && occurrence.end().isAfter(now))
				.count();
			byPerson.forEach((userId, registrations) -> {
				List<Occurrence> days = registrations.stream()
					.map((registration) -> occurrences.get(registration.occurrenceId()))
					.filter(Objects::nonNull)
					.sorted(Comparator.comparing(Occurrence::start))
					.toList();
				long chatId = registrations.get(0).chatId();
				Optional<Listing> carried = (whole || days.size() < 2 || days.size() < droppedDays) ? Optional.empty()
						: carryOver(occurrences.values(), userId, chatId);
				// the new schedule, or the days cancelled, says it with them
				List<MovedDay> alsoMoved = Optional.ofNullable(moved.remove(new Held(userId, activityId)))
					.orElse(List.of());
				this.users.find(userId).ifPresent((user) -> this.notifier.tell(chatId, userId, user.lang(), (ctx) -> {
					if (carried.isPresent()) {
						ctx.reply(seriesChangedNotice(ctx, activity, carried.get()));
					}
					else if (whole) {
						ctx.say("notice.cancelled", activity.title());
					}
					else {
						ctx.reply(daysChanged(ctx, activity, days, occurrences.values(), alsoMoved));
					}
				}));
			});
		});
	}

	/**
	 * Which days of an activity are cancelled and, if some moved too, their new times,
	 * with the moved day's buttons when one moved.
	 */
	private Reply daysChanged(BotContext ctx, Activity activity, List<Occurrence> days, Collection<Occurrence> all,
			List<MovedDay> moved) {
		String cancelled = daysCancelled(ctx, activity, days, all);
		if (moved.isEmpty()) {
			return Reply.text(cancelled);
		}
		if (moved.size() > 1) {
			return Reply.text(cancelled + "\n" + ctx.t("notice.other-days-moved", newTimes(ctx, moved)));
		}
		Occurrence day = moved.get(0).occurrence();
		return new Reply(
				cancelled + "\n" + ctx.t("notice.one-day-moved", ActivityText.when(ctx, day, this.cards.zone())),
				movedNotice(ctx, activity, day).keyboard());
	}

	/**
	 * Which days of an activity are cancelled: each of a few, or the span they fall in
	 * and how many (a weekly series cut short by a term would list twenty weeks).
	 */
	private String daysCancelled(BotContext ctx, Activity activity, List<Occurrence> days, Collection<Occurrence> all) {
		Occurrence first = days.get(0);
		Occurrence last = days.get(days.size() - 1);
		// a span only when no day inside it still runs
		boolean gap = all.stream()
			.anyMatch((other) -> !other.cancelled() && other.start().isBefore(last.end())
					&& other.end().isAfter(first.start()));
		if (days.size() <= DAYS_NAMED || gap) {
			return ctx.t("notice.days-cancelled", activity.title(), named(ctx, days));
		}
		String span = ActivityText.when(ctx, first.start(), last.end(), true, false, this.cards.zone());
		return ctx.t("notice.many-days-cancelled", activity.title(), days.size(), span);
	}

	/**
	 * A person who had joined a series (who held every one of its dropped days) whose
	 * dates a plan sent again replaced (weekly became monthly, say) joins its new dates:
	 * the series goes on, only its schedule changed. One who had picked some of its dates
	 * is only told those are cancelled. Returns its next date when any sign-up was made.
	 */
	private Optional<Listing> carryOver(Collection<Occurrence> occurrences, long userId, long chatId) {
		Instant now = this.clock.instant();
		Optional<Listing> next = occurrences.stream()
			.filter((occurrence) -> !occurrence.cancelled() && occurrence.end().isAfter(now))
			.min(Comparator.comparing(Occurrence::start))
			.flatMap((occurrence) -> this.catalogue.listing(occurrence.id()));
		if (next.isEmpty()) {
			return Optional.empty();
		}
		Registrations.SeriesResult joined = this.registrations.joinSeries(this.catalogue.series(next.get()), userId,
				chatId);
		return (joined.confirmed() + joined.waitlisted() > 0) ? next : Optional.empty();
	}

	private Reply seriesChangedNotice(BotContext ctx, Activity activity, Listing next) {
		return new Reply(
				ctx.t("notice.series-changed", activity.title(),
						ActivityText.when(ctx, next, this.cards.zone(), this.clock.instant())),
				BotContext
					.inline(List.of(ctx.buttonOf("reminder.open", new EventButtons.Card(next.occurrenceId(), -1))), 1));
	}

	/**
	 * New activities with a coming occurrence, to the members of their fractions: one
	 * message per person however many there are, listing them (as many as fit in one
	 * message), with a button for each of the first few.
	 */
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
		Map<Long, Map<String, Activity>> byPerson = new LinkedHashMap<>();
		for (Document membership : this.members.membersOf(byFraction.keySet())) {
			long userId = ((Number) membership.get("userId")).longValue();
			for (Activity activity : byFraction.get(membership.getString("fractionId"))) {
				if (next.containsKey(activity.id())) {
					byPerson.computeIfAbsent(userId, (id) -> new LinkedHashMap<>())
						.putIfAbsent(activity.id(), activity);
				}
			}
		}
		byPerson.forEach((userId, news) -> {
			List<Activity> sorted = news.values()
				.stream()
				.sorted(Comparator.comparing((Activity activity) -> next.get(activity.id()).start()))
				.toList();
			this.users.find(userId)
				.ifPresent((user) -> this.notifier.tell("announcement", user.chatId(), userId, user.lang(),
						(ctx) -> ctx.reply(announcement(ctx, sorted, next))));
		});
	}

	/** Telegram's longest text, less room for the closing line. */
	private static final int ROOM = 4096 - 100;

	/** Buttons under an announcement of several activities. */
	private static final int BUTTONS = 8;

	private static final int BUTTON_TEXT = 40;

	private Reply announcement(BotContext ctx, List<Activity> news, Map<String, Occurrence> next) {
		if (news.size() == 1) {
			Activity activity = news.get(0);
			Occurrence coming = next.get(activity.id());
			return new Reply(
					ctx.t("notice.new-in-fraction", activity.title(),
							ActivityText.when(ctx, coming, this.cards.zone())),
					BotContext.inline(List.of(ctx.buttonOf("reminder.open", new EventButtons.Card(coming.id(), -1))),
							1));
		}
		StringBuilder text = new StringBuilder(ctx.t("notice.new-in-fraction-many", news.size()));
		int listed = 0;
		for (Activity activity : news) {
			String line = "\n• " + activity.title() + " — "
					+ ActivityText.when(ctx, next.get(activity.id()), this.cards.zone());
			if (text.length() + line.length() > ROOM) {
				break;
			}
			text.append(line);
			listed++;
		}
		if (listed < news.size()) {
			text.append("\n").append(ctx.t("notice.and-more", news.size() - listed));
		}
		List<Button> buttons = news.stream()
			.limit(BUTTONS)
			.map((activity) -> ctx.button(cut(activity.title()),
					new EventButtons.Card(next.get(activity.id()).id(), -1)))
			.toList();
		return new Reply(text.toString(), BotContext.inline(buttons, 1));
	}

	private static String cut(String title) {
		return (title.length() <= BUTTON_TEXT) ? title : title.substring(0, BUTTON_TEXT - 1).strip() + "…";
	}

	private void tell(long chatId, long userId, String key, Object... args) {
		this.users.find(userId)
			.ifPresent((user) -> this.notifier.tell(chatId, userId, user.lang(), (ctx) -> ctx.say(key, args)));
	}

}
