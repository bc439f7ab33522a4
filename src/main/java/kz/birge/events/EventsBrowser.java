package kz.birge.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Reply;
import kz.birge.bot.Texts;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.Listing;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.Seats;
import kz.birge.user.Role;
import kz.birge.user.User;

import org.springframework.stereotype.Component;

/**
 * /events: the coming activities a person may join, five a page, filtered by time (the
 * next 7 days, the next 30 days, or all), fraction and campaign; a repeated activity is
 * one entry. A page costs two queries (seats and this person's sign-ups for the five
 * shown), the catalogue itself comes from the cache, and no message outgrows Telegram's
 * limits.
 */
@Component
class EventsBrowser {

	static final int PAGE = 5;

	private static final int TITLE_WIDTH = 150;

	private static final int NAME_WIDTH = 60;

	/** Marks the time window chosen, among its buttons. */
	private static final String CHOSEN_MARK = "• ";

	private final Catalogue catalogue;

	private final Registrations registrations;

	private final EventFilters filters;

	private final EventCards cards;

	private final Clock clock;

	EventsBrowser(Catalogue catalogue, Registrations registrations, EventFilters filters, EventCards cards,
			Clock clock) {
		this.catalogue = catalogue;
		this.registrations = registrations;
		this.filters = filters;
		this.cards = cards;
		this.clock = clock;
	}

	void show(BotContext ctx, User user, int page) {
		if (user.role() == Role.NEWCOMER) {
			ctx.say("signup.register-first");
			return;
		}
		ctx.show(page(ctx, Viewer.of(user), this.filters.of(user.id()), page));
	}

	Reply page(BotContext ctx, Viewer viewer, EventFilter filter, int requested) {
		List<Listing> all = visible(viewer, filter);
		int pages = Math.max(1, (all.size() + PAGE - 1) / PAGE);
		int page = Math.min(Math.max(0, requested), pages - 1);
		List<Listing> shown = all.subList(page * PAGE, Math.min(all.size(), (page + 1) * PAGE));
		List<String> ids = shown.stream().map(Listing::occurrenceId).toList();
		Map<String, Seats> seats = ids.isEmpty() ? Map.of() : this.registrations.seats(ids);
		Map<String, Registration> mine = ids.isEmpty() ? Map.of() : this.registrations.mine(viewer.userId(), ids);
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("events.title", ctx.t("events.window." + filter.window().name()), page + 1, pages));
		if (shown.isEmpty()) {
			lines.add(ctx.t("events.none"));
		}
		for (int i = 0; i < shown.size(); i++) {
			Listing listing = shown.get(i);
			lines.add("");
			lines.add(ctx.t("events.entry", i + 1, this.cards.when(ctx, listing),
					Texts.shorten(listing.title(), TITLE_WIDTH)));
			List<String> details = new ArrayList<>();
			this.cards.fraction(listing)
				.ifPresent((fraction) -> details.add(Texts.shorten(fraction.name(), NAME_WIDTH)));
			Seats counted = seats.getOrDefault(listing.occurrenceId(), Seats.NONE);
			counted.left(listing.seats())
				.ifPresent((left) -> details.add((left > 0) ? ctx.t("events.seats-left", left) : ctx.t("events.full")));
			Optional.ofNullable(mine.get(listing.occurrenceId()))
				.filter(Registration::active)
				.ifPresent((registration) -> details.add(ctx.t((registration.status() == Registration.Status.CONFIRMED)
						? "events.signed-up" : "events.waiting")));
			if (!details.isEmpty()) {
				lines.add("   " + String.join(" · ", details));
			}
		}
		return new Reply(String.join("\n", lines), keyboard(ctx, viewer, filter, shown, page, pages));
	}

	private Keyboard keyboard(BotContext ctx, Viewer viewer, EventFilter filter, List<Listing> shown, int page,
			int pages) {
		List<List<Button>> rows = new ArrayList<>();
		List<Button> cards = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			cards.add(ctx.button(String.valueOf(i + 1), new EventButtons.Card(shown.get(i).occurrenceId(), page)));
		}
		if (!cards.isEmpty()) {
			rows.add(cards);
		}
		List<Button> paging = new ArrayList<>();
		if (page > 0) {
			paging.add(ctx.buttonOf("paging.previous", new EventButtons.Page(page - 1)));
		}
		if (page + 1 < pages) {
			paging.add(ctx.buttonOf("paging.next", new EventButtons.Page(page + 1)));
		}
		if (!paging.isEmpty()) {
			rows.add(paging);
		}
		List<Button> windows = new ArrayList<>();
		for (EventFilter.Window window : EventFilter.Window.values()) {
			String label = ctx.t("events.window-button." + window.name());
			windows.add(ctx.button((window == filter.window()) ? CHOSEN_MARK + label : label,
					new EventButtons.SetWindow(window)));
		}
		rows.add(windows);
		List<Button> more = new ArrayList<>();
		if (viewer.organisationId().isPresent() && !this.catalogue.fractions(viewer.organisationId().get()).isEmpty()) {
			more.add(ctx.buttonOf(filter.fractionId().isPresent() ? "events.fraction-chosen" : "events.fraction",
					new EventButtons.ChooseFraction()));
		}
		more.add(ctx.buttonOf(filter.campaignId().isPresent() ? "events.campaign-chosen" : "events.campaign",
				new EventButtons.ChooseCampaign()));
		if (viewer.role() == Role.STUDENT) {
			more.add(ctx.buttonOf(filter.wholeSchool() ? "events.my-grade" : "events.whole-school",
					new EventButtons.ToggleWholeSchool()));
		}
		rows.add(more);
		return new Keyboard.Inline(rows);
	}

	/**
	 * What this person sees with this filter: one entry per one-off and one per series
	 * (its next occurrence whose sign-up is open), in the window when it is under way or
	 * starts in it, sorted by the date the entry shows (a deadline by its deadline).
	 */
	List<Listing> visible(Viewer viewer, EventFilter filter) {
		Instant now = this.clock.instant();
		Instant until = until(filter.window());
		Predicate<Listing> wanted = (listing) -> viewer.sees(listing, filter.wholeSchool())
				&& filter.fractionId().map((id) -> id.equals(listing.fractionId())).orElse(true)
				&& filter.campaignId().map(listing.campaignId()::equals).orElse(true);
		Stream<Listing> source = (viewer.role() == Role.STUDENT || viewer.role() == Role.VOLUNTEER
				|| viewer.organisationId().isEmpty()) ? this.catalogue.comingEverywhere().stream()
						: this.catalogue.coming(viewer.organisationId().get()).stream();
		return entries(source.filter(wanted).toList(), now).stream()
			.filter((listing) -> listing.start().isBefore(until))
			.sorted(Comparator.comparing(Listing::dated)
				.thenComparing(Listing::start)
				.thenComparing(Listing::title)
				.thenComparing(Listing::occurrenceId))
			.toList();
	}

	/**
	 * One entry per one-off, and one per series: its first occurrence whose sign-up is
	 * still open, or its first when none is.
	 */
	static List<Listing> entries(List<Listing> listings, Instant now) {
		Map<String, Listing> next = new LinkedHashMap<>();
		List<Listing> entries = new ArrayList<>();
		for (Listing listing : listings) {
			if (!listing.series()) {
				entries.add(listing);
				continue;
			}
			next.merge(listing.activityId(), listing, (kept, other) -> sooner(kept, other, now));
		}
		entries.addAll(next.values());
		return entries;
	}

	/** Of two occurrences of one series, the one its entry shows. */
	private static Listing sooner(Listing a, Listing b, Instant now) {
		if (a.open(now) != b.open(now)) {
			return a.open(now) ? a : b;
		}
		return b.start().isBefore(a.start()) ? b : a;
	}

	private Instant until(EventFilter.Window window) {
		if (window.days == 0) {
			return Instant.MAX;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(this.cards.zone()));
		return today.plusDays(window.days + 1L).atStartOfDay(this.cards.zone()).toInstant();
	}

	/** The fractions or campaigns a person can filter by, as buttons. */
	Reply fractionChoice(BotContext ctx, Viewer viewer) {
		List<Button> buttons = new ArrayList<>();
		buttons.add(ctx.buttonOf("events.all-fractions", new EventButtons.SetFraction(EventButtons.ALL)));
		viewer.organisationId().ifPresent((organisation) -> {
			for (Fraction fraction : this.catalogue.fractions(organisation)) {
				buttons.add(ctx.button(Texts.shorten(fraction.name(), NAME_WIDTH),
						new EventButtons.SetFraction(fraction.id())));
			}
		});
		return new Reply(ctx.t("events.choose-fraction"), BotContext.inline(buttons, 1));
	}

	Reply campaignChoice(BotContext ctx, Viewer viewer) {
		List<Button> buttons = new ArrayList<>();
		buttons.add(ctx.buttonOf("events.all-campaigns", new EventButtons.SetCampaign(EventButtons.ALL)));
		List<String> organisations = visible(viewer, EventFilter.DEFAULT.window(EventFilter.Window.ALL)).stream()
			.map(Listing::organisationId)
			.distinct()
			.toList();
		for (String organisation : organisations) {
			for (Campaign campaign : this.catalogue.campaigns(organisation)) {
				buttons.add(ctx.button(Texts.shorten(campaign.title(), NAME_WIDTH),
						new EventButtons.SetCampaign(campaign.id())));
			}
		}
		return new Reply(ctx.t("events.choose-campaign"),
				BotContext.inline(buttons.subList(0, Math.min(buttons.size(), 30)), 1));
	}

}
