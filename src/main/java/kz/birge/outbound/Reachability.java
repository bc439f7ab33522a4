package kz.birge.outbound;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Who blocked the bot: learnt from a 403 or from Telegram's my_chat_member update, and
 * forgotten when they unblock it or write again. Kept in the database and in memory, so
 * that the check before every queued message costs nothing.
 */
@Component
public class Reachability {

	static final String COLLECTION = "unreachable";

	private static final Logger log = LoggerFactory.getLogger(Reachability.class);

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Set<Long> blocked = ConcurrentHashMap.newKeySet();

	Reachability(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
		mongo.findAll(Document.class, COLLECTION)
			.forEach((doc) -> this.blocked.add(((Number) doc.get("_id")).longValue()));
	}

	/** False while the person is known to have blocked the bot. */
	public boolean reachable(long userId) {
		return !this.blocked.contains(userId);
	}

	/**
	 * The person blocked the bot: nothing more is queued for them, what was queued is
	 * dropped, and {@link PersonUnreachable} is told once.
	 */
	public void blocked(long userId, long chatId) {
		if (!this.blocked.add(userId)) {
			return;
		}
		this.mongo.upsert(Query.query(Criteria.where("_id").is(userId)),
				Update.update("chatId", chatId).set("since", this.clock.instant()), COLLECTION);
		log.info("User {} blocked the bot; their queued messages are dropped", userId);
		this.events.publishEvent(new PersonUnreachable(userId, chatId));
	}

	/** The person wrote or unblocked the bot: they are reachable again. */
	public void back(long userId) {
		if (this.blocked.remove(userId)) {
			this.mongo.remove(Query.query(Criteria.where("_id").is(userId)), COLLECTION);
			log.info("User {} is reachable again", userId);
		}
	}

}
