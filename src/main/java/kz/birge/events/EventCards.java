package kz.birge.events;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.Reply;
import kz.birge.bot.Texts;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Metric;
import kz.birge.catalog.Occurrence;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.Seats;
import kz.birge.signup.Standing;
import kz.birge.system.BirgeProperties;

import org.springframework.stereotype.Component;

/**
 * An activity's card: what, when, where, fraction and project, for whom, who runs it,
 * seats left, what will be counted, and where this person stands; with sign up or cancel
 * (for a repeated activity: join the series, leave it, or skip this one), add to
 * calendar, share, and back to the list.
 */
@Component
class EventCards {

	/** Well under Telegram's 4096 characters, leaving room for the buttons. */
	private static final int CARD_WIDTH = 3500;

	private final Catalogue catalogue;

	private final Registrations registrations;

	private final ZoneId zone;

	private final Clock clock;

	EventCards(Catalogue catalogue, Registrations registrations, BirgeProperties properties, Clock clock) {
		this.catalogue = catalogue;
		this.registrations = registrations;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	ZoneId zone() {
		return this.zone;
	}

	/** The card of an occurrence, or a short notice when it is gone. */
	Reply card(BotContext ctx, Viewer viewer, String occurrenceId, int backPage) {
		return card(ctx, viewer, occurrenceId, backPage, Optional.empty());
	}

	/**
	 * The card of an occurrence, with its seats and the person's sign-up as a change just
	 * left them when known, else read.
	 */
	Reply card(BotContext ctx, Viewer viewer, String occurrenceId, int backPage, Optional<Standing> known) {
		Optional<Listing> found = this.catalogue.listing(occurrenceId);
		Optional<Activity> activity = found.flatMap((listing) -> this.catalogue.activity(listing.activityId()));
		if (found.isEmpty() || activity.isEmpty()) {
			return Reply.text(ctx.t("events.gone"));
		}
		Listing listing = found.get();
		// a series' card also tells whether the person is in the rest of it: one query
		// with their sign-up for this date
		List<Listing> others = listing.series() ? restOfSeries(listing) : List.of();
		List<String> rest = others.stream().map(Listing::occurrenceId).toList();
		Map<String, Registration> theirs = (known.isEmpty() || !rest.isEmpty())
				? this.registrations.mine(viewer.userId(),
						known.isEmpty() ? Stream.concat(Stream.of(occurrenceId), rest.stream()).toList() : rest)
				: Map.of();
		Standing standing = known.orElseGet(() -> new Standing(
				this.registrations.seats(List.of(occurrenceId)).getOrDefault(occurrenceId, Seats.NONE),
				Optional.ofNullable(theirs.get(occurrenceId))));
		Seats seats = standing.seats();
		Optional<Registration> mine = standing.mine().filter(Registration::active);
		boolean inSeries = rest.stream()
			.map(theirs::get)
			.anyMatch((registration) -> registration != null && registration.active());
		List<String> lines = new ArrayList<>();
		lines.add(activity.get().title());
		ActivityText.form(ctx, activity.get()).ifPresent((form) -> lines.add(ctx.t("card.form", form)));
		ActivityText.description(activity.get()).ifPresent((about) -> lines.add(ctx.t("card.description", about)));
		lines.add(ctx.t("card.when", when(ctx, listing)));
		if (listing.series()) {
			lines.add(seriesEnd(ctx, listing, others));
		}
		activity.get().places().forEach((place) -> lines.add(ctx.t("card.place", place)));
		fraction(listing).ifPresent((fraction) -> lines.add(ctx.t("card.fraction", fraction.name())));
		Optional.ofNullable(activity.get().project()).ifPresent((project) -> lines.add(ctx.t("card.project", project)));
		lines.add(ctx.t("card.audience", ActivityText.audience(ctx, activity.get())));
		if (!activity.get().responsible().isBlank()) {
			lines.add(ctx.t("card.responsible", activity.get().responsible()));
		}
		lines.add(seatsLine(ctx, listing, seats));
		if (!activity.get().indicators().isEmpty()) {
			lines.add(ctx.t("card.counted", indicators(ctx, activity.get().indicators())));
		}
		mine.ifPresent((registration) -> lines.add((registration.status() == Registration.Status.CONFIRMED)
				? ctx.t("card.you-are-in") : ctx.t("card.you-wait", this.registrations.position(registration))));
		if (mine.isEmpty() && inSeries) {
			lines.add(ctx.t("card.skipped"));
		}
		Viewer.Refusal refusal = viewer.refusal(listing);
		if (mine.isEmpty() && refusal != Viewer.Refusal.NONE && refusal != Viewer.Refusal.STAFF) {
			lines.add(refusalText(ctx, viewer, listing, refusal));
		}
		if (mine.isEmpty() && refusal == Viewer.Refusal.NONE && !listing.open(this.clock.instant())) {
			lines.add(ctx.t("signup.closed"));
		}
		return new Reply(Texts.shorten(String.join("\n", lines), CARD_WIDTH),
				BotContext.inline(buttons(ctx, viewer, listing, mine, inSeries, backPage), 2));
	}

	private List<Button> buttons(BotContext ctx, Viewer viewer, Listing listing, Optional<Registration> mine,
			boolean inSeries, int backPage) {
		List<Button> buttons = new ArrayList<>();
		if (mine.isPresent() && listing.series()) {
			buttons
				.add(ctx.buttonOf("card.leave-series", new EventButtons.LeaveSeries(listing.occurrenceId(), backPage)));
			buttons.add(ctx.buttonOf("card.skip-one", new EventButtons.CancelSignUp(listing.occurrenceId(), backPage)));
		}
		else if (inSeries) {
			// this date skipped: back for it alone, or out of the whole series
			if (viewer.refusal(listing) == Viewer.Refusal.NONE && listing.open(this.clock.instant())) {
				buttons.add(
						ctx.buttonOf("card.come-after-all", new EventButtons.SignUp(listing.occurrenceId(), backPage)));
			}
			buttons
				.add(ctx.buttonOf("card.leave-series", new EventButtons.LeaveSeries(listing.occurrenceId(), backPage)));
		}
		else if (mine.isPresent()) {
			buttons.add(ctx.buttonOf("card.cancel-sign-up",
					new EventButtons.CancelSignUp(listing.occurrenceId(), backPage)));
		}
		else if (viewer.refusal(listing) == Viewer.Refusal.NONE && listing.open(this.clock.instant())) {
			buttons.add(listing.series()
					? ctx.buttonOf("card.join-series", new EventButtons.JoinSeries(listing.occurrenceId(), backPage))
					: ctx.buttonOf("card.sign-up", new EventButtons.SignUp(listing.occurrenceId(), backPage)));
		}
		buttons.add(ctx.buttonOf("card.calendar", new EventButtons.AddToCalendar(listing.occurrenceId())));
		buttons.add(ctx.buttonOf("card.share", new EventButtons.Share(listing.occurrenceId())));
		if (backPage >= 0) {
			buttons.add(ctx.buttonOf("card.back", new EventButtons.Page(backPage)));
		}
		return buttons;
	}

	/** How long a series goes on after this date: its last date and how many more. */
	private String seriesEnd(BotContext ctx, Listing listing, List<Listing> others) {
		List<Listing> later = others.stream().filter((other) -> other.start().isAfter(listing.start())).toList();
		if (later.isEmpty()) {
			return ctx.t("card.series-last");
		}
		return ctx.t("card.series-until", ActivityText.when(ctx, later.get(later.size() - 1).occurrence(), this.zone),
				later.size());
	}

	/**
	 * The other occurrences of a listing's series that have not ended, soonest first (a
	 * deadline the same cell gives is not one of them).
	 */
	private List<Listing> restOfSeries(Listing listing) {
		return this.catalogue.coming(listing.organisationId())
			.stream()
			.filter((other) -> other.activityId().equals(listing.activityId())
					&& !other.occurrenceId().equals(listing.occurrenceId()) && other.kind() == Occurrence.Kind.REPEAT)
			.toList();
	}

	String refusalText(BotContext ctx, Viewer viewer, Listing listing, Viewer.Refusal refusal) {
		return switch (refusal) {
			case NOT_YOUR_GRADE -> ctx.t("signup.not-your-grade", listing.audience().gradesText(),
					listing.audience().gradesCount(), viewer.schoolClass().map(Object::toString).orElse("—"));
			case NOT_FOR_VOLUNTEERS -> ctx.t("signup.not-for-volunteers");
			case NOT_FOR_STUDENTS -> ctx.t("signup.not-for-students");
			case STAFF -> ctx.t("signup.staff");
			case NOT_REGISTERED -> ctx.t("signup.register-first");
			case NONE -> "";
		};
	}

	private String seatsLine(BotContext ctx, Listing listing, Seats seats) {
		return seats.left(listing.seats())
			.map((left) -> (left > 0) ? ctx.t("card.seats-left", left, listing.capacity())
					: ctx.t("card.full", seats.waiting()))
			.orElse(ctx.t("card.no-seat-limit"));
	}

	String when(BotContext ctx, Listing listing) {
		return ActivityText.when(ctx, listing, this.zone, this.clock.instant());
	}

	Optional<Fraction> fraction(Listing listing) {
		return listing.fraction()
			.flatMap((id) -> this.catalogue.fractions(listing.organisationId())
				.stream()
				.filter((f) -> f.id().equals(id))
				.findFirst());
	}

	private static String indicators(BotContext ctx, List<IndicatorSpec> indicators) {
		return String.join(", ",
				indicators.stream()
					.map((indicator) -> (indicator.metric() == Metric.CUSTOM) ? indicator.label()
							: ctx.t("metric." + indicator.metric().name()))
					.distinct()
					.toList());
	}

}
