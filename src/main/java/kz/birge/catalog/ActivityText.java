package kz.birge.catalog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import kz.birge.bot.BotContext;

/** How an activity reads in chat: its times in the person's language and the organisation's zone, who it is for. */
public final class ActivityText {

	private ActivityText() {
	}

	public static String when(BotContext ctx, Occurrence occurrence, ZoneId zone) {
		Locale locale = ctx.lang().locale();
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(zone);
		if (occurrence.allDay()) {
			java.time.Instant lastDay = occurrence.end().minusSeconds(1);
			String from = day.format(occurrence.start());
			String to = day.format(lastDay);
			if (occurrence.kind() == Occurrence.Kind.DEADLINE) {
				return ctx.t("when.by", to);
			}
			return from.equals(to) ? from : ctx.t("when.range", from, to);
		}
		DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).withZone(zone);
		return time.format(occurrence.start());
	}

	public static String audience(BotContext ctx, Activity activity) {
		if (activity.openToAll()) {
			return ctx.t("audience.everyone");
		}
		Audience audience = activity.audience();
		if (audience.unspecified()) {
			return ctx.t("audience.unspecified");
		}
		List<String> parts = new ArrayList<>();
		if (!audience.grades().isEmpty()) {
			parts.add(ctx.t("audience.grades", audience.grades().stream().map(GradeRange::toString).collect(Collectors.joining(", "))));
		}
		audience.categories()
			.stream()
			.filter((category) -> category != Category.STUDENTS || audience.grades().isEmpty())
			.sorted()
			.forEach((category) -> parts.add(ctx.t("category." + category.name())));
		return String.join(", ", parts);
	}

}
