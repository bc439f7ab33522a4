package kz.birge.events;

import java.util.List;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.signup.SignUpResult;
import kz.birge.user.User;
import kz.birge.user.Users;

import org.springframework.stereotype.Component;

/**
 * A tap on "sign up", "join the series", "leave the series" or "cancel" under a card: the
 * attempt, its outcome as a short notice, and the news for whoever moves up from the
 * waiting list.
 */
@Component
class SignUps {

	private final Users users;

	private final Catalogue catalogue;

	private final Registrations registrations;

	private final EventCards cards;

	private final Promotions promotions;

	SignUps(Users users, Catalogue catalogue, Registrations registrations, EventCards cards, Promotions promotions) {
		this.users = users;
		this.catalogue = catalogue;
		this.registrations = registrations;
		this.cards = cards;
		this.promotions = promotions;
	}

	/**
	 * Signs the person up when they may, and says how it went; what it did when a sign-up
	 * was tried, so that the card should show where they stand now; empty when not.
	 */
	Optional<SignUpResult> signUp(BotContext ctx, String occurrenceId) {
		User user = this.users.get(ctx.userId());
		Optional<Listing> listing = joinable(ctx, user, occurrenceId);
		if (listing.isEmpty()) {
			return Optional.empty();
		}
		SignUpResult result = this.registrations.signUp(listing.get(), user.id(), ctx.chatId());
		tell(ctx, result);
		return Optional.of(result);
	}

	/**
	 * The occurrence's listing when this person may sign up for it; otherwise they are
	 * told why (it is gone, or not for them) and the answer is empty.
	 */
	private Optional<Listing> joinable(BotContext ctx, User user, String occurrenceId) {
		Optional<Listing> listing = this.catalogue.listing(occurrenceId);
		if (listing.isEmpty()) {
			ctx.notice("events.gone");
			return Optional.empty();
		}
		Viewer viewer = Viewer.of(user);
		Viewer.Refusal refusal = viewer.refusal(listing.get());
		if (refusal != Viewer.Refusal.NONE) {
			ctx.notice("signup.refused", this.cards.refusalText(ctx, viewer, listing.get(), refusal));
			return Optional.empty();
		}
		return listing;
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
	 * Joins the series of an occurrence: a sign-up for each coming occurrence of its
	 * activity whose sign-up is open, each with a seat or a place in line; says how it
	 * went. True when the card should show where they stand now.
	 */
	boolean joinSeries(BotContext ctx, String occurrenceId) {
		User user = this.users.get(ctx.userId());
		Optional<Listing> listing = joinable(ctx, user, occurrenceId);
		if (listing.isEmpty()) {
			return false;
		}
		Registrations.SeriesResult joined = this.registrations.joinSeries(this.catalogue.series(listing.get()),
				user.id(), ctx.chatId());
		if (!joined.joined()) {
			ctx.notice("signup.closed");
			return true;
		}
		ctx.notice("signup.series-joined", joined.confirmed() + joined.already(), joined.waitlisted());
		return true;
	}

	/**
	 * Leaves the series of an occurrence: cancels the person's sign-ups for its
	 * occurrences that are not over, passing each seat to the first in line there.
	 */
	void leaveSeries(BotContext ctx, String occurrenceId) {
		Optional<String> activityId = this.catalogue.listing(occurrenceId)
			.map(Listing::activityId)
			.or(() -> Optional
				.ofNullable(this.registrations.mine(ctx.userId(), List.of(occurrenceId)).get(occurrenceId))
				.map(Registration::activityId));
		if (activityId.isEmpty()) {
			ctx.notice("signup.not-signed-up");
			return;
		}
		List<Registrations.Cancellation> left = this.registrations.leaveSeries(activityId.get(), ctx.userId());
		ctx.notice(left.isEmpty() ? "signup.not-signed-up" : "signup.series-left", left.size());
		left.forEach((cancellation) -> cancellation.promoted().ifPresent(this.promotions::tell));
	}

	/**
	 * Cancels a sign-up and tells the first in line that they have the seat; what it did.
	 * When the occurrence itself was cancelled or removed, nobody moves up.
	 */
	Registrations.Cancellation cancel(BotContext ctx, String occurrenceId) {
		Registrations.Cancellation cancellation = this.registrations.cancel(occurrenceId, ctx.userId());
		ctx.notice(cancellation.cancelled() ? "signup.cancelled" : "signup.not-signed-up");
		cancellation.promoted().ifPresent(this.promotions::tell);
		return cancellation;
	}

}
