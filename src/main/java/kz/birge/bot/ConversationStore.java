package kz.birge.bot;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Conversation state per (chat, user), kept in MongoDB so that a restart resumes it, with a Caffeine
 * cache in front. Updates of one chat are handled in order, so a key is never written concurrently.
 */
@Component
public class ConversationStore {

	static final String COLLECTION = "conversations";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Cache<String, Optional<Conversation>> cache = Caffeine.newBuilder()
		.maximumSize(50_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	ConversationStore(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Optional<Conversation> find(long chatId, long userId) {
		return this.cache.get(key(chatId, userId), this::load);
	}

	public void save(long chatId, long userId, Conversation conversation) {
		String key = key(chatId, userId);
		Document doc = new Document("_id", key).append("flow", conversation.flow())
			.append("step", conversation.step())
			.append("data", new Document(Map.copyOf(conversation.data())))
			.append("updatedAt", this.clock.instant());
		this.mongo.getCollection(COLLECTION)
			.replaceOne(new Document("_id", key), doc, new com.mongodb.client.model.ReplaceOptions().upsert(true));
		this.cache.put(key, Optional.of(conversation));
	}

	public void clear(long chatId, long userId) {
		String key = key(chatId, userId);
		this.mongo.remove(Query.query(Criteria.where("_id").is(key)), COLLECTION);
		this.cache.put(key, Optional.empty());
	}

	private Optional<Conversation> load(String key) {
		Document doc = this.mongo.getCollection(COLLECTION).find(new Document("_id", key)).first();
		if (doc == null) {
			return Optional.empty();
		}
		Document data = doc.get("data", Document.class);
		Map<String, String> values = new java.util.HashMap<>();
		if (data != null) {
			data.forEach((k, v) -> values.put(k, String.valueOf(v)));
		}
		return Optional.of(new Conversation(doc.getString("flow"), doc.getString("step"), values));
	}

	private static String key(long chatId, long userId) {
		return chatId + ":" + userId;
	}

}
