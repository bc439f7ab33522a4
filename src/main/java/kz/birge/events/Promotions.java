package kz.birge.events;

import kz.birge.bot.Notifier;
import kz.birge.bot.Reply;
import kz.birge.signup.Registration;
import kz.birge.user.Users;

import org.springframework.stereotype.Component;

/**
 * Tells a person who moved up from a waitlist that they have a seat now, in one message:
 * the news over the activity's card, so that it says which activity, and how to cancel.
 */
@Component
class Promotions {

	private final Users users;

	private final Notifier notifier;

	private final EventCards cards;

	Promotions(Users users, Notifier notifier, EventCards cards) {
		this.users = users;
		this.notifier = notifier;
		this.cards = cards;
	}

	void tell(Registration promoted) {
		this.users.find(promoted.userId())
			.ifPresent((user) -> this.notifier.tell(promoted.chatId(), user.id(), user.lang(), (ctx) -> {
				Reply card = this.cards.card(ctx, Viewer.of(user), promoted.occurrenceId(), -1);
				ctx.reply(new Reply(ctx.t("signup.promoted") + "\n\n" + card.text(), card.keyboard()));
			}));
	}

}
