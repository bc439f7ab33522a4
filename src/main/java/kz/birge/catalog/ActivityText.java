package kz.birge.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

	/**
	 * An occurrence's date as people read it on the list, the card, /my, reminders and
	 * calendar files: a day, a span of days, "by" a deadline's day, or a day and a time.
	 */
	public static String when(BotContext ctx, Occurrence occurrence, ZoneId zone) {
		return when(ctx, occurrence.start(), occurrence.end(), occurrence.allDay(),
				occurrence.kind() == Occurrence.Kind.DEADLINE, zone);
	}

	/**
	 * A listing's date, as {@link #when(BotContext, Occurrence, ZoneId)}; an occurrence
	 * of a series reads as the series with its next date: "every Thursday, next: 3
	 * December 2026".
	 */
	public static String when(BotContext ctx, Listing listing, ZoneId zone) {
		return when(ctx, listing, zone, Instant.MIN);
	}

	/**
	 * A listing's date at {@code now}: an occurrence of a series that spans days and is
	 * under way (a month-long challenge on its tenth day) reads as the series with the
	 * one on now, not as its next; a one-day occurrence of today stays the next.
	 */
	public static String when(BotContext ctx, Listing listing, ZoneId zone, Instant now) {
		String when = when(ctx, listing.occurrence(), zone);
		if (!listing.series()) {
			return when;
		}
		boolean underWay = !now.isBefore(listing.start()) && now.isBefore(listing.end())
				&& Duration.between(listing.start(), listing.end()).compareTo(Duration.ofDays(1)) > 0;
		return ctx.t(underWay ? "when.series-now" : "when.series", repeat(ctx, listing.repeat()), when);
	}

	/** How a series repeats: "every Thursday", "every month", "regularly". */
	public static String repeat(BotContext ctx, Repeat repeat) {
		return repeat.day()
			.map((day) -> ctx.t("repeat.WEEKLY_ON." + day.name()))
			.orElseGet(() -> ctx.t("repeat." + repeat.rhythm().name()));
	}

	/**
	 * A time as people read it: a day, a span of days, "by" a deadline's day, or a day
	 * and a time.
	 */
	public static String when(BotContext ctx, Instant start, Instant end, boolean allDay, boolean deadline,
			ZoneId zone) {
		Locale locale = ctx.lang().locale();
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(zone);
		if (deadline) {
			return ctx.t("when.by", day.format(end.minusSeconds(1)));
		}
		if (allDay) {
			String from = day.format(start);
			String to = day.format(end.minusSeconds(1));
			return from.equals(to) ? from : ctx.t("when.range", from, to);
		}
		DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).withZone(zone);
		if (Duration.between(start, end).compareTo(Duration.ofDays(1)) > 0) {
			return ctx.t("when.range", time.format(start), time.format(end));
		}
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
			parts.add(ctx.t("audience.grades", audience.gradesText(), audience.gradesCount()));
		}
		audience.categories()
			.stream()
			.filter((category) -> category != Category.STUDENTS || audience.grades().isEmpty())
			.sorted()
			.forEach((category) -> parts.add(ctx.t("category." + category.name())));
		return String.join(", ", parts);
	}

}
