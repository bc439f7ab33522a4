package kz.birge.events;

import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.Notifier;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.SignUpResult;
import kz.birge.user.User;
import kz.birge.user.Users;

import org.springframework.stereotype.Component;

/**
 * A tap on "sign up" or "cancel" under a card: the attempt, its outcome as a short
 * notice, and the news for whoever moves up from the waiting list.
 */
@Component
class SignUps {

	private final Users users;

	private final Catalogue catalogue;

	private final Registrations registrations;

	private final EventCards cards;

	private final Notifier notifier;

	SignUps(Users users, Catalogue catalogue, Registrations registrations, EventCards cards, Notifier notifier) {
		this.users = users;
		this.catalogue = catalogue;
		this.registrations = registrations;
		this.cards = cards;
		this.notifier = notifier;
	}

	/**
	 * Signs the person up when they may, and says how it went; true when a sign-up was
	 * tried, so that the card should show where they stand now.
	 */
	boolean signUp(BotContext ctx, String occurrenceId) {
		User user = this.users.get(ctx.userId());
		Viewer viewer = Viewer.of(user);
		Optional<Listing> listing = this.catalogue.listing(occurrenceId);
		if (listing.isEmpty()) {
			ctx.notice("events.gone");
			return false;
		}
		Viewer.Refusal refusal = viewer.refusal(listing.get());
		if (refusal != Viewer.Refusal.NONE) {
			ctx.notice("signup.refused", this.cards.refusalText(ctx, viewer, listing.get(), refusal));
			return false;
		}
		tell(ctx, this.registrations.signUp(listing.get(), user.id(), ctx.chatId()));
		return true;
	}

	private static void tell(BotContext ctx, SignUpResult result) {
		switch (result.outcome()) {
			case CONFIRMED -> ctx.notice("signup.confirmed");
			case WAITLISTED -> ctx.notice("signup.waitlisted", result.position());
			case ALREADY -> ctx.notice("signup.already");
			case CLOSED -> ctx.notice("signup.closed");
			case NOT_FOUND -> ctx.notice("events.gone");
		}
	}

	/**
	 * Cancels a sign-up and tells the first in line that they have the seat; true when
	 * cancelled.
	 */
	boolean cancel(BotContext ctx, String occurrenceId) {
		Optional<Integer> capacity = this.catalogue.listing(occurrenceId).flatMap(Listing::seats);
		Registrations.Cancellation cancellation = this.registrations.cancel(occurrenceId, ctx.userId(), capacity);
		ctx.notice(cancellation.cancelled() ? "signup.cancelled" : "signup.not-signed-up");
		cancellation.promoted().ifPresent(this::tellPromoted);
		return cancellation.cancelled();
	}

	private void tellPromoted(Registration promoted) {
		this.users.find(promoted.userId())
			.ifPresent((user) -> this.notifier.tell(promoted.chatId(), user.id(), user.lang(), (ctx) -> {
				ctx.say("signup.promoted");
				ctx.reply(this.cards.card(ctx, Viewer.of(user), promoted.occurrenceId(), -1));
			}));
	}

}
