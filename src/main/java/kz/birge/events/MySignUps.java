package kz.birge.events;

import kz.birge.bot.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.birge.attendance.Attendance;
import kz.birge.attendance.Attendances;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CommandHandler;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Reply;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Occurrence;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** /my: my coming sign-ups, each with its card and a cancel button, and what I took part in. */
@Configuration(proxyBeanMethods = false)
class MySignUps {

	private static final int SHOWN = 10;

	@Bean
	CommandHandler myCommand(Registrations registrations, Activities activities, EventCards cards, Attendances attendances) {
		return CommandHandler.of("my", 6, (ctx, args) -> {
			List<String> record = record(ctx, attendances.attendedBy(ctx.userId()));
			List<Registration> upcoming = registrations.upcoming(ctx.userId());
			List<Registration> history = registrations.history(ctx.userId(), SHOWN);
			List<String> activityIds = new ArrayList<>();
			upcoming.stream().limit(SHOWN).forEach((r) -> activityIds.add(r.activityId()));
			history.forEach((r) -> activityIds.add(r.activityId()));
			Map<String, Activity> byId = activityIds.isEmpty() ? Map.of()
					: activities.findAll(activityIds.stream().distinct().toList())
						.stream()
						.collect(Collectors.toMap(Activity::id, Function.identity()));
			List<String> lines = new ArrayList<>();
			List<List<Button>> rows = new ArrayList<>();
			lines.add(ctx.t("my.upcoming"));
			if (upcoming.isEmpty()) {
				lines.add(ctx.t("my.none"));
			}
			int n = 0;
			for (Registration registration : upcoming.stream().limit(SHOWN).toList()) {
				n++;
				String title = title(byId, registration);
				String mark = ctx.t(registration.status() == Registration.Status.CONFIRMED ? "my.confirmed" : "my.waiting");
				lines.add(ctx.t("my.entry", n, when(ctx, registration, cards), title, mark));
				rows.add(List.of(ctx.button(n + ". " + Texts.shorten(title, 40), new EventButtons.Card(registration.occurrenceId(), -1)),
						ctx.buttonOf("my.cancel", new EventButtons.CancelSignUp(registration.occurrenceId()))));
			}
			if (upcoming.size() > SHOWN) {
				lines.add(ctx.t("my.more", upcoming.size() - SHOWN));
			}
			lines.add("");
			lines.add(ctx.t("my.history"));
			if (history.isEmpty()) {
				lines.add(ctx.t("my.none"));
			}
			for (Registration registration : history) {
				lines.add(ctx.t("my.past", when(ctx, registration, cards), title(byId, registration)));
			}
			lines.add("");
			lines.addAll(record);
			ctx.reply(new Reply(String.join("\n", lines), rows.isEmpty() ? Keyboard.NONE : new Keyboard.Inline(rows)));
		});
	}

	/** Small, non-material rewards for taking part, as a checklist app would give. */
	enum Badge {

		FIRST(1), FIVE(5), TEN(10), TWENTY_FIVE(25);

		final int needed;

		Badge(int needed) {
			this.needed = needed;
		}

	}

	/** What I took part in, counted from the confirmed attendances, and the badges it earned. */
	private static List<String> record(BotContext ctx, List<Attendance> attended) {
		List<String> lines = new ArrayList<>();
		long activities = attended.stream().map(Attendance::activityId).distinct().count();
		long campaigns = attended.stream().map(Attendance::campaignId).distinct().count();
		lines.add(ctx.t("my.record", attended.size(), activities, campaigns));
		for (Badge badge : Badge.values()) {
			if (attended.size() >= badge.needed) {
				lines.add(ctx.t("my.badge." + badge.name()));
			}
		}
		java.util.Arrays.stream(Badge.values())
			.filter((badge) -> attended.size() < badge.needed)
			.findFirst()
			.ifPresent((next) -> lines.add(ctx.t("my.next-badge", next.needed - attended.size(), ctx.t("my.badge." + next.name()))));
		return lines;
	}

	private static String title(Map<String, Activity> byId, Registration registration) {
		Activity activity = byId.get(registration.activityId());
		return (activity != null) ? Texts.shorten(activity.title(), 120) : "";
	}

	private static String when(BotContext ctx, Registration registration, EventCards cards) {
		Occurrence occurrence = new Occurrence(registration.occurrenceId(), registration.activityId(), "", "", null,
				registration.start(), registration.end(), registration.allDay(), Occurrence.Kind.DAYS, false);
		return ActivityText.when(ctx, occurrence, cards.zone());
	}

}
