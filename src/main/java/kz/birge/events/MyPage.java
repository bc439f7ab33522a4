package kz.birge.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kz.birge.attendance.Attendance;
import kz.birge.attendance.Attendances;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Reply;
import kz.birge.bot.Texts;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Occurrence;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;

import org.springframework.stereotype.Component;

/**
 * The page /my shows: the coming sign-ups (each with its card and a cancel button), what
 * the person took part in, and the badges their attendance earned.
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

	private final Registrations registrations;

	private final Activities activities;

	private final EventCards cards;

	private final Attendances attendances;

	MyPage(Registrations registrations, Activities activities, EventCards cards, Attendances attendances) {
		this.registrations = registrations;
		this.activities = activities;
		this.cards = cards;
		this.attendances = attendances;
	}

	Reply render(BotContext ctx, long userId) {
		List<Registration> upcoming = this.registrations.upcoming(userId);
		List<Registration> shown = upcoming.stream().limit(SHOWN).toList();
		List<Registration> history = this.registrations.history(userId, SHOWN);
		Map<String, Activity> byId = activities(Stream.concat(shown.stream(), history.stream()));
		List<String> lines = new ArrayList<>();
		List<List<Button>> rows = new ArrayList<>();
		upcoming(ctx, shown, upcoming.size(), byId, lines, rows);
		lines.add("");
		history(ctx, history, byId, lines);
		lines.add("");
		lines.addAll(record(ctx, this.attendances.attendedBy(userId)));
		return new Reply(String.join("\n", lines), rows.isEmpty() ? Keyboard.NONE : new Keyboard.Inline(rows));
	}

	private void upcoming(BotContext ctx, List<Registration> shown, int total, Map<String, Activity> byId,
			List<String> lines, List<List<Button>> rows) {
		lines.add(ctx.t("my.upcoming"));
		if (shown.isEmpty()) {
			lines.add(ctx.t("my.none"));
		}
		for (int i = 0; i < shown.size(); i++) {
			Registration registration = shown.get(i);
			String title = title(byId, registration);
			String mark = ctx
				.t((registration.status() == Registration.Status.CONFIRMED) ? "my.confirmed" : "my.waiting");
			lines.add(ctx.t("my.entry", i + 1, when(ctx, registration), title, mark));
			rows.add(List.of(
					ctx.button((i + 1) + ". " + Texts.shorten(title, BUTTON_TITLE_WIDTH),
							new EventButtons.Card(registration.occurrenceId(), -1)),
					ctx.buttonOf("my.cancel", new EventButtons.CancelSignUp(registration.occurrenceId()))));
		}
		if (total > SHOWN) {
			lines.add(ctx.t("my.more", total - SHOWN));
		}
	}

	private void history(BotContext ctx, List<Registration> history, Map<String, Activity> byId, List<String> lines) {
		lines.add(ctx.t("my.history"));
		if (history.isEmpty()) {
			lines.add(ctx.t("my.none"));
		}
		for (Registration registration : history) {
			lines.add(ctx.t("my.past", when(ctx, registration), title(byId, registration)));
		}
	}

	/**
	 * What the person took part in, counted from the confirmed attendances, and the
	 * badges it earned.
	 */
	static List<String> record(BotContext ctx, List<Attendance> attended) {
		List<String> lines = new ArrayList<>();
		long activities = attended.stream().map(Attendance::activityId).distinct().count();
		long campaigns = attended.stream().map(Attendance::campaignId).distinct().count();
		lines.add(ctx.t("my.record", attended.size(), activities, campaigns));
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

	/** The activities of these sign-ups: one query, none when there are none. */
	private Map<String, Activity> activities(Stream<Registration> registrations) {
		List<String> ids = registrations.map(Registration::activityId).distinct().toList();
		return ids.isEmpty() ? Map.of()
				: this.activities.findAll(ids).stream().collect(Collectors.toMap(Activity::id, Function.identity()));
	}

	private static String title(Map<String, Activity> byId, Registration registration) {
		Activity activity = byId.get(registration.activityId());
		return (activity != null) ? Texts.shorten(activity.title(), TITLE_WIDTH) : "";
	}

	private String when(BotContext ctx, Registration registration) {
		Occurrence occurrence = new Occurrence(registration.occurrenceId(), registration.activityId(), "", "", null,
				registration.start(), registration.end(), registration.allDay(), Occurrence.Kind.DAYS, false);
		return ActivityText.when(ctx, occurrence, this.cards.zone());
	}

}
