package kz.birge.events;

import kz.birge.bot.BotContext;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.DeepLinks;
import kz.birge.bot.Reply;
import kz.birge.catalog.Catalogue;
import kz.birge.events.EventButtons.AddToCalendar;
import kz.birge.events.EventButtons.CancelSignUp;
import kz.birge.events.EventButtons.CancelSignUpBefore;
import kz.birge.events.EventButtons.CantCome;
import kz.birge.events.EventButtons.Card;
import kz.birge.events.EventButtons.JoinSeries;
import kz.birge.events.EventButtons.JoinSeriesBefore;
import kz.birge.events.EventButtons.LeaveSeries;
import kz.birge.events.EventButtons.LeaveSeriesBefore;
import kz.birge.events.EventButtons.Page;
import kz.birge.events.EventButtons.Share;
import kz.birge.events.EventButtons.SignUp;
import kz.birge.events.EventButtons.SignUpBefore;
import kz.birge.signup.Registrations;
import kz.birge.user.Users;

/**
 * /events, its pages, the activity card with its buttons, and the "ev_" deep link that
 * opens a card. Anyone may use them: what a person may sign up for is the card's own
 * rule.
 */
@ChatHandlers
class EventHandlers {

	static final String LINK_PREFIX = "ev_";

	private final Users users;

	private final EventsBrowser browser;

	private final EventCards cards;

	private final Catalogue catalogue;

	private final SignUps signUps;

	private final CalendarExport calendar;

	EventHandlers(Users users, EventsBrowser browser, EventCards cards, Catalogue catalogue, SignUps signUps,
			CalendarExport calendar) {
		this.users = users;
		this.browser = browser;
		this.cards = cards;
		this.catalogue = catalogue;
		this.signUps = signUps;
		this.calendar = calendar;
	}

	@ChatHandlers.Command(value = "events", menu = 5)
	void events(BotContext ctx) {
		this.browser.show(ctx, this.users.get(ctx.userId()), 0);
	}

	@ChatHandlers.Button
	void page(BotContext ctx, Page data) {
		this.browser.show(ctx, this.users.get(ctx.userId()), data.page());
	}

	@ChatHandlers.Button
	void card(BotContext ctx, Card data) {
		ctx.show(this.cards.card(ctx, viewer(ctx), data.occurrenceId(), data.page()));
	}

	@ChatHandlers.Button
	void signUp(BotContext ctx, SignUp data) {
		this.signUps.signUp(ctx, data.occurrenceId())
			.ifPresent((result) -> ctx
				.show(this.cards.card(ctx, viewer(ctx), data.occurrenceId(), data.page(), result.standing())));
	}

	@ChatHandlers.Button
	void signUp(BotContext ctx, SignUpBefore data) {
		signUp(ctx, data.withoutPage());
	}

	@ChatHandlers.Button
	void joinSeries(BotContext ctx, JoinSeries data) {
		if (this.signUps.joinSeries(ctx, data.occurrenceId())) {
			ctx.show(this.cards.card(ctx, viewer(ctx), data.occurrenceId(), data.page()));
		}
	}

	@ChatHandlers.Button
	void joinSeries(BotContext ctx, JoinSeriesBefore data) {
		joinSeries(ctx, data.withoutPage());
	}

	@ChatHandlers.Button
	void leaveSeries(BotContext ctx, LeaveSeries data) {
		this.signUps.leaveSeries(ctx, data.occurrenceId());
		ctx.show(this.cards.card(ctx, viewer(ctx), data.occurrenceId(), data.page()));
	}

	@ChatHandlers.Button
	void leaveSeries(BotContext ctx, LeaveSeriesBefore data) {
		leaveSeries(ctx, data.withoutPage());
	}

	@ChatHandlers.Button
	void cancelSignUp(BotContext ctx, CancelSignUp data) {
		Registrations.Cancellation cancellation = this.signUps.cancel(ctx, data.occurrenceId());
		ctx.show(this.cards.card(ctx, viewer(ctx), data.occurrenceId(), data.page(), cancellation.standing()));
	}

	@ChatHandlers.Button
	void cancelSignUp(BotContext ctx, CancelSignUpBefore data) {
		cancelSignUp(ctx, data.withoutPage());
	}

	@ChatHandlers.Button
	void cantCome(BotContext ctx, CantCome data) {
		if (this.signUps.cancel(ctx, data.occurrenceId()).cancelled()) {
			ctx.show(Reply.text(ctx.t("signup.cant-come-noted")));
		}
	}

	@ChatHandlers.Button
	void addToCalendar(BotContext ctx, AddToCalendar data) {
		this.calendar.send(ctx, data.occurrenceId());
	}

	@ChatHandlers.Button
	void share(BotContext ctx, Share data) {
		this.catalogue.listing(data.occurrenceId())
			.ifPresentOrElse((listing) -> ctx.say("share.text", listing.title(), link(ctx, listing.occurrenceId())),
					() -> ctx.notice("events.gone"));
	}

	@ChatHandlers.DeepLink(prefix = LINK_PREFIX)
	void open(BotContext ctx, String payload) {
		ctx.reply(this.cards.card(ctx, viewer(ctx), payload.substring(LINK_PREFIX.length()), -1));
	}

	/** The deep link that opens an occurrence's card. */
	static String link(BotContext ctx, String occurrenceId) {
		return DeepLinks.link(ctx.sender(), LINK_PREFIX + occurrenceId);
	}

	private Viewer viewer(BotContext ctx) {
		return Viewer.of(this.users.get(ctx.userId()));
	}

}
