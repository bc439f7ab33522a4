package kz.birge.events;

import kz.birge.bot.Notifier;
import kz.birge.outbound.PersonUnreachable;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.user.Users;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person who blocked the bot cannot be reminded or told of anything: their coming seats
 * and places in line are given up, and whoever moves up from a waitlist is told.
 */
@Component
class UnreachablePeople {

	private final Registrations registrations;

	private final Users users;

	private final Notifier notifier;

	private final EventCards cards;

	UnreachablePeople(Registrations registrations, Users users, Notifier notifier, EventCards cards) {
		this.registrations = registrations;
		this.users = users;
		this.notifier = notifier;
		this.cards = cards;
	}

	@EventListener
	void onUnreachable(PersonUnreachable gone) {
		for (Registration registration : this.registrations.upcoming(gone.userId())) {
			this.registrations.cancel(registration.occurrenceId(), gone.userId())
				.promoted()
				.ifPresent(this::tellPromoted);
		}
	}

	private void tellPromoted(Registration promoted) {
		this.users.find(promoted.userId())
			.ifPresent((user) -> this.notifier.tell(promoted.chatId(), user.id(), user.lang(), (ctx) -> {
				ctx.say("signup.promoted");
				ctx.reply(this.cards.card(ctx, Viewer.of(user), promoted.occurrenceId(), -1));
			}));
	}

}
