package kz.birge.indicators;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import kz.birge.bot.PersonForgotten;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A forgotten member of staff recorded indicators or reopened a roster: the values and
 * the reopening stay (they are the organisation's), no longer saying who (0, as a self
 * check-in says nobody).
 */
@Component
class ForgottenInIndicators {

	private final MongoTemplate mongo;

	ForgottenInIndicators(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener
	@Order(PersonForgotten.THEN)
	void forget(PersonForgotten forgotten) {
		this.mongo.getCollection(IndicatorValues.VALUES)
			.updateMany(Filters.eq("by", forgotten.userId()), Updates.set("by", 0L));
		this.mongo.getCollection(Corrections.COLLECTION)
			.updateMany(Filters.eq("by", forgotten.userId()), Updates.set("by", 0L));
	}

}
