package kz.birge.signup;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import kz.birge.bot.PersonForgotten;
import kz.birge.signup.Registration.Status;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Erases a forgotten person's sign-ups. Their seats in coming occurrences were given up
 * first, with the waitlist moving up (by {@link Registrations#cancel}, from the events
 * module, which tells those promoted); what is left (sign-ups of occurrences that are
 * over, or stuck half-made) leaves the seat counters as if cancelled, and then every
 * sign-up of theirs is deleted.
 */
@Component
class ForgottenSignUps {

	private final MongoTemplate mongo;

	ForgottenSignUps(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener
	@Order(PersonForgotten.THEN)
	void forget(PersonForgotten forgotten) {
		Query holding = Query.query(Criteria.where("userId")
			.is(forgotten.userId())
			.and("status")
			.in(Status.CONFIRMED, Status.WAITLISTED, Status.PENDING));
		while (true) {
			Registration before = this.mongo.findAndModify(holding, new Update().set("status", Status.CANCELLED),
					Registration.class);
			if (before == null) {
				break;
			}
			String field = switch (before.status()) {
				case CONFIRMED -> "taken";
				case WAITLISTED -> "waiting";
				case PENDING, CANCELLED -> null;
			};
			if (field != null) {
				this.mongo.getCollection(Registrations.COUNTERS)
					.updateOne(Filters.eq("_id", before.occurrenceId()), Updates.inc(field, -1));
			}
		}
		this.mongo.remove(Query.query(Criteria.where("userId").is(forgotten.userId())), Registration.class);
	}

}
