package kz.birge.events;

import kz.birge.outbound.PersonUnreachable;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person who blocked the bot cannot be reminded or told of anything: their coming seats
 * and places in line are given up, and whoever moves up from a waitlist is told.
 */
@Component
class UnreachablePeople {

	private final Registrations registrations;

	private final Promotions promotions;

	UnreachablePeople(Registrations registrations, Promotions promotions) {
		this.registrations = registrations;
		this.promotions = promotions;
	}

	@EventListener
	void onUnreachable(PersonUnreachable gone) {
		for (Registration registration : this.registrations.upcoming(gone.userId())) {
			this.registrations.cancel(registration.occurrenceId(), gone.userId())
				.promoted()
				.ifPresent(this.promotions::tell);
		}
	}

}
