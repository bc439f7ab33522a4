package kz.birge.events;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.model.ReplaceOptions;
import kz.birge.bot.ChatCaches;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Each person's /events filter, kept across restarts, with a cache in front. A window
 * stored as "WEEK" or "MONTH" (before the rolling windows) reads as the next 7 or 30
 * days. A filter is read and written by its person's own chat's handling: with several
 * instances, the chat's lease keeps the cache right ({@link ChatCaches}); forgetting a
 * person ends their lease as well.
 */
@Component
class EventFilters implements ChatCaches {

	static final String COLLECTION = "event_filters";

	private final MongoTemplate mongo;

	private final Cache<Long, EventFilter> cache = Caffeine.newBuilder()
		.maximumSize(50_000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	EventFilters(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	EventFilter of(long userId) {
		return this.cache.get(userId, this::load);
	}

	void save(long userId, EventFilter filter) {
		Document doc = new Document("_id", userId).append("window", filter.window().name())
			.append("fractionId", filter.fractionId().orElse(null))
			.append("campaignId", filter.campaignId().orElse(null))
			.append("wholeSchool", filter.wholeSchool());
		this.mongo.getCollection(COLLECTION)
			.replaceOne(new Document("_id", userId), doc, new ReplaceOptions().upsert(true));
		this.cache.put(userId, filter);
	}

	/** Erases a person's filter (they asked to be forgotten). */
	void forget(long userId) {
		this.mongo.getCollection(COLLECTION).deleteOne(new Document("_id", userId));
		this.cache.invalidate(userId);
	}

	@Override
	public void drop(long chatId) {
		this.cache.invalidate(chatId);
	}

	private EventFilter load(long userId) {
		Document doc = this.mongo.getCollection(COLLECTION).find(new Document("_id", userId)).first();
		if (doc == null) {
			return EventFilter.DEFAULT;
		}
		return new EventFilter(EventFilter.Window.stored(doc.getString("window")),
				Optional.ofNullable(doc.getString("fractionId")), Optional.ofNullable(doc.getString("campaignId")),
				Boolean.TRUE.equals(doc.getBoolean("wholeSchool")));
	}

}
