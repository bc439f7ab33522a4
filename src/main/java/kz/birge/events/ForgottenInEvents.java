package kz.birge.events;

import kz.birge.bot.Notifier;
import kz.birge.bot.PersonForgotten;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.user.Users;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What the events module does when a person is forgotten: first their coming sign-ups are
 * cancelled one by one, so that each seat passes to the first in line, who is told; then
 * their fraction memberships and their /events filter are erased.
 */
@Component
class ForgottenInEvents {

	private final Registrations registrations;

	private final Users users;

	private final Notifier notifier;

	private final EventCards cards;

	private final EventFilters filters;

	private final MongoTemplate mongo;

	ForgottenInEvents(Registrations registrations, Users users, Notifier notifier, EventCards cards,
			EventFilters filters, MongoTemplate mongo) {
		this.registrations = registrations;
		this.users = users;
		this.notifier = notifier;
		this.cards = cards;
		this.filters = filters;
		this.mongo = mongo;
	}

	@EventListener
	@Order(PersonForgotten.FIRST)
	void releaseSeats(PersonForgotten forgotten) {
		for (Registration registration : this.registrations.upcoming(forgotten.userId())) {
			this.registrations.cancel(registration.occurrenceId(), forgotten.userId())
				.promoted()
				.ifPresent(this::tellPromoted);
		}
	}

	@EventListener
	@Order(PersonForgotten.THEN)
	void forget(PersonForgotten forgotten) {
		this.mongo.remove(Query.query(Criteria.where("userId").is(forgotten.userId())), FractionMembers.COLLECTION);
		this.filters.forget(forgotten.userId());
	}

	private void tellPromoted(Registration promoted) {
		this.users.find(promoted.userId())
			.ifPresent((user) -> this.notifier.tell(promoted.chatId(), user.id(), user.lang(), (ctx) -> {
				ctx.say("signup.promoted");
				ctx.reply(this.cards.card(ctx, Viewer.of(user), promoted.occurrenceId(), -1));
			}));
	}

}
