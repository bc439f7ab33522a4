package kz.birge.events;

import kz.birge.bot.PersonForgotten;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;

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

	private final Promotions promotions;

	private final EventFilters filters;

	private final MongoTemplate mongo;

	ForgottenInEvents(Registrations registrations, Promotions promotions, EventFilters filters, MongoTemplate mongo) {
		this.registrations = registrations;
		this.promotions = promotions;
		this.filters = filters;
		this.mongo = mongo;
	}

	@EventListener
	@Order(PersonForgotten.FIRST)
	void releaseSeats(PersonForgotten forgotten) {
		for (Registration registration : this.registrations.upcoming(forgotten.userId())) {
			this.registrations.cancel(registration.occurrenceId(), forgotten.userId())
				.promoted()
				.ifPresent(this.promotions::tell);
		}
	}

	@EventListener
	@Order(PersonForgotten.THEN)
	void forget(PersonForgotten forgotten) {
		this.mongo.remove(Query.query(Criteria.where("userId").is(forgotten.userId())), FractionMembers.COLLECTION);
		this.filters.forget(forgotten.userId());
	}

}
