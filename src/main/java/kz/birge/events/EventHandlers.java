package kz.birge.events;

import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.CallbackHandler;
import kz.birge.bot.CommandHandler;
import kz.birge.bot.DeepLinkHandler;
import kz.birge.bot.DeepLinks;
import kz.birge.bot.Notifier;
import kz.birge.bot.Reply;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;
import kz.birge.events.EventButtons.AddToCalendar;
import kz.birge.events.EventButtons.CancelSignUp;
import kz.birge.events.EventButtons.CantCome;
import kz.birge.events.EventButtons.Card;
import kz.birge.events.EventButtons.ChooseCampaign;
import kz.birge.events.EventButtons.ChooseFraction;
import kz.birge.events.EventButtons.Page;
import kz.birge.events.EventButtons.SetCampaign;
import kz.birge.events.EventButtons.SetFraction;
import kz.birge.events.EventButtons.SetWindow;
import kz.birge.events.EventButtons.Share;
import kz.birge.events.EventButtons.SignUp;
import kz.birge.events.EventButtons.ToggleWholeSchool;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.SignUpResult;
import kz.birge.user.User;
import kz.birge.user.Users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** /events, the card's buttons, and the "ev_" deep link that opens a card. */
@Configuration(proxyBeanMethods = false)
class EventHandlers {

	static final String LINK_PREFIX = "ev_";

	private final Users users;

	private final EventsBrowser browser;

	private final EventFilters filters;

	private final EventCards cards;

	private final Catalogue catalogue;

	private final Registrations registrations;

	private final Notifier notifier;

	private final CalendarExport calendar;

	EventHandlers(Users users, EventsBrowser browser, EventFilters filters, EventCards cards, Catalogue catalogue,
			Registrations registrations, Notifier notifier, CalendarExport calendar) {
		this.users = users;
		this.browser = browser;
		this.filters = filters;
		this.cards = cards;
		this.catalogue = catalogue;
		this.registrations = registrations;
		this.notifier = notifier;
		this.calendar = calendar;
	}

	private Viewer viewer(BotContext ctx) {
		return Viewer.of(this.users.get(ctx.userId()));
	}

	@Bean
	CommandHandler eventsCommand() {
		return CommandHandler.of("events", 5, (ctx, args) -> this.browser.show(ctx, this.users.get(ctx.userId()), 0));
	}

	@Bean
	CallbackHandler<Page> eventsPageButton() {
		return CallbackHandler.of(Page.class, (ctx, data) -> this.browser.show(ctx, this.users.get(ctx.userId()), data.page()));
	}

	@Bean
	CallbackHandler<SetWindow> eventsWindowButton() {
		return CallbackHandler.of(SetWindow.class, (ctx, data) -> refilter(ctx, this.filters.of(ctx.userId()).window(data.window())));
	}

	@Bean
	CallbackHandler<ChooseFraction> eventsChooseFractionButton() {
		return CallbackHandler.of(ChooseFraction.class, (ctx, data) -> ctx.show(this.browser.fractionChoice(ctx, viewer(ctx))));
	}

	@Bean
	CallbackHandler<SetFraction> eventsFractionButton() {
		return CallbackHandler.of(SetFraction.class, (ctx, data) -> refilter(ctx,
				this.filters.of(ctx.userId()).fraction(Optional.of(data.fractionId()).filter((id) -> !id.equals(EventButtons.ALL)))));
	}

	@Bean
	CallbackHandler<ChooseCampaign> eventsChooseCampaignButton() {
		return CallbackHandler.of(ChooseCampaign.class, (ctx, data) -> ctx.show(this.browser.campaignChoice(ctx, viewer(ctx))));
	}

	@Bean
	CallbackHandler<SetCampaign> eventsCampaignButton() {
		return CallbackHandler.of(SetCampaign.class, (ctx, data) -> refilter(ctx,
				this.filters.of(ctx.userId()).campaign(Optional.of(data.campaignId()).filter((id) -> !id.equals(EventButtons.ALL)))));
	}

	@Bean
	CallbackHandler<ToggleWholeSchool> eventsWholeSchoolButton() {
		return CallbackHandler.of(ToggleWholeSchool.class, (ctx, data) -> refilter(ctx, this.filters.of(ctx.userId()).toggleWholeSchool()));
	}

	private void refilter(BotContext ctx, EventFilter filter) {
		this.filters.save(ctx.userId(), filter);
		this.browser.show(ctx, this.users.get(ctx.userId()), 0);
	}

	@Bean
	CallbackHandler<Card> eventCardButton() {
		return CallbackHandler.of(Card.class, (ctx, data) -> ctx.show(this.cards.card(ctx, viewer(ctx), data.occurrenceId(), data.page())));
	}

	@Bean
	CallbackHandler<SignUp> signUpButton() {
		return CallbackHandler.of(SignUp.class, (ctx, data) -> {
			User user = this.users.get(ctx.userId());
			Viewer viewer = Viewer.of(user);
			Optional<Listing> listing = this.catalogue.listing(data.occurrenceId());
			if (listing.isEmpty()) {
				ctx.notice("events.gone");
				return;
			}
			Viewer.Refusal refusal = viewer.refusal(listing.get());
			if (refusal != Viewer.Refusal.NONE) {
				ctx.notice("signup.refused", this.cards.refusalText(ctx, viewer, listing.get(), refusal));
				return;
			}
			SignUpResult result = this.registrations.signUp(listing.get(), user.id(), ctx.chatId());
			switch (result.outcome()) {
				case CONFIRMED -> ctx.notice("signup.confirmed");
				case WAITLISTED -> ctx.notice("signup.waitlisted", result.position());
				case ALREADY -> ctx.notice("signup.already");
				case CLOSED -> ctx.notice("signup.closed");
				case NOT_FOUND -> ctx.notice("events.gone");
			}
			ctx.show(this.cards.card(ctx, viewer, data.occurrenceId(), -1));
		});
	}

	@Bean
	CallbackHandler<CancelSignUp> cancelSignUpButton() {
		return CallbackHandler.of(CancelSignUp.class, (ctx, data) -> {
			cancel(ctx, data.occurrenceId());
			ctx.show(this.cards.card(ctx, viewer(ctx), data.occurrenceId(), -1));
		});
	}

	@Bean
	CallbackHandler<CantCome> cantComeButton() {
		return CallbackHandler.of(CantCome.class, (ctx, data) -> {
			if (cancel(ctx, data.occurrenceId())) {
				ctx.show(Reply.text(ctx.t("signup.cant-come-noted")));
			}
		});
	}

	/** Cancels a sign-up and tells the first in line that they have the seat. */
	private boolean cancel(BotContext ctx, String occurrenceId) {
		Optional<Integer> capacity = this.catalogue.listing(occurrenceId).flatMap(Listing::seats);
		Registrations.Cancellation cancellation = this.registrations.cancel(occurrenceId, ctx.userId(), capacity);
		ctx.notice(cancellation.cancelled() ? "signup.cancelled" : "signup.not-signed-up");
		cancellation.promoted().ifPresent(this::tellPromoted);
		return cancellation.cancelled();
	}

	private void tellPromoted(Registration promoted) {
		this.users.find(promoted.userId()).ifPresent((user) -> this.notifier.tell(promoted.chatId(), user.id(), user.lang(), (ctx) -> {
			ctx.say("signup.promoted");
			ctx.reply(this.cards.card(ctx, Viewer.of(user), promoted.occurrenceId(), -1));
		}));
	}

	@Bean
	CallbackHandler<AddToCalendar> calendarButton() {
		return CallbackHandler.of(AddToCalendar.class, (ctx, data) -> this.calendar.send(ctx, data.occurrenceId()));
	}

	@Bean
	CallbackHandler<Share> shareButton() {
		return CallbackHandler.of(Share.class, (ctx, data) -> this.catalogue.listing(data.occurrenceId()).ifPresentOrElse(
				(listing) -> ctx.say("share.text", listing.title(),
						DeepLinks.link(ctx.sender(), LINK_PREFIX + listing.occurrenceId())),
				() -> ctx.notice("events.gone")));
	}

	@Bean
	DeepLinkHandler eventLink() {
		return new DeepLinkHandler() {

			@Override
			public String prefix() {
				return LINK_PREFIX;
			}

			@Override
			public void open(BotContext ctx, String payload) {
				ctx.reply(EventHandlers.this.cards.card(ctx, viewer(ctx), payload.substring(LINK_PREFIX.length()), -1));
			}

		};
	}

}
