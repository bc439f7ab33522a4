package kz.birge.catalog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.birge.bot.BotContext;
import kz.birge.bot.Texts;

/**
 * How an activity reads in chat: its times in the person's language and the
 * organisation's zone, who it is for.
 */
public final class ActivityText {

	/** How much of a description a card shows. */
	private static final int DESCRIPTION_WIDTH = 400;

	private ActivityText() {
	}

	public static String when(BotContext ctx, Occurrence occurrence, ZoneId zone) {
		return when(ctx, occurrence.start(), occurrence.end(), occurrence.allDay(),
				occurrence.kind() == Occurrence.Kind.DEADLINE, zone);
	}

	/**
	 * A time as people read it: a day, a span of days, "by" a deadline's day, or a day
	 * and a time.
	 */
	public static String when(BotContext ctx, Instant start, Instant end, boolean allDay, boolean deadline,
			ZoneId zone) {
		Locale locale = ctx.lang().locale();
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(zone);
		if (allDay) {
			String from = day.format(start);
			String to = day.format(end.minusSeconds(1));
			if (deadline) {
				return ctx.t("when.by", to);
			}
			return from.equals(to) ? from : ctx.t("when.range", from, to);
		}
		DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).withZone(zone);
		return time.format(start);
	}

	/**
	 * Its form in the person's language ("байқау"), or as the plan's form column writes
	 * it when Birge knows no such form.
	 */
	public static Optional<String> form(BotContext ctx, Activity activity) {
		if (activity.form() != null) {
			return Optional.of(ctx.t("form." + activity.form()));
		}
		return Optional.of(activity.formText()).filter((written) -> !written.isBlank());
	}

	/**
	 * What the plan says of it beyond its title, shortened for a card; empty when
	 * nothing.
	 */
	public static Optional<String> description(Activity activity) {
		return Optional.of(activity.description())
			.filter((about) -> !about.isBlank() && !about.equals(activity.title()))
			.map((about) -> Texts.shorten(about, DESCRIPTION_WIDTH));
	}

	public static String audience(BotContext ctx, Activity activity) {
		return audience(ctx, activity.audience(), activity.openToAll());
	}

	/** Who an activity is for: grades and categories, or everyone. */
	public static String audience(BotContext ctx, Audience audience, boolean openToAll) {
		if (openToAll) {
			return ctx.t("audience.everyone");
		}
		if (audience.unspecified()) {
			return ctx.t("audience.unspecified");
		}
		List<String> parts = new ArrayList<>();
		if (!audience.grades().isEmpty()) {
			parts.add(ctx.t("audience.grades",
					audience.grades().stream().map(GradeRange::toString).collect(Collectors.joining(", "))));
		}
		audience.categories()
			.stream()
			.filter((category) -> category != Category.STUDENTS || audience.grades().isEmpty())
			.sorted()
			.forEach((category) -> parts.add(ctx.t("category." + category.name())));
		return String.join(", ", parts);
	}

}
