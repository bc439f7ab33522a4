package kz.birge.planimport;

import kz.birge.bot.PersonForgotten;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Erases the plans a forgotten person sent and did not import yet (an imported plan
 * belongs to its organisation and keeps nothing of who sent it).
 */
@Component
class ForgottenImports {

	private final MongoTemplate mongo;

	ForgottenImports(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener
	@Order(PersonForgotten.THEN)
	void forget(PersonForgotten forgotten) {
		this.mongo.remove(Query.query(Criteria.where("userId").is(forgotten.userId())), PendingImports.COLLECTION);
	}

}
