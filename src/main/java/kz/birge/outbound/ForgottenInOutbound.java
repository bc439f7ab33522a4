package kz.birge.outbound;

import kz.birge.bot.PersonForgotten;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Erases what the queue keeps of a forgotten person: the messages waiting for them
 * (reminders of sign-ups that are about to go) and the mark that they blocked the bot. It
 * runs before anything else forgets them, so that a message the erasure itself sends them
 * (a coordinator's "you were erased") is not dropped with the rest.
 */
@Component
class ForgottenInOutbound {

	private final MongoTemplate mongo;

	private final Reachability reachability;

	ForgottenInOutbound(MongoTemplate mongo, Reachability reachability) {
		this.mongo = mongo;
		this.reachability = reachability;
	}

	@EventListener
	@Order(PersonForgotten.FIRST - 1)
	void forget(PersonForgotten forgotten) {
		this.mongo.remove(Query.query(Criteria.where("userId").is(forgotten.userId()).and("state").is("QUEUED")),
				OutboundQueue.COLLECTION);
		this.reachability.back(forgotten.userId());
	}

}
