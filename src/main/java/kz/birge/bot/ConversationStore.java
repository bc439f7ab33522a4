package kz.birge.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Conversation state per (chat, user), kept in MongoDB so that a restart resumes it, with
 * a Caffeine cache in front. Updates of one chat are handled in order, so a key is never
 * written concurrently. Drafts are records, written and read by the database's own
 * converter. With several instances, one at a time handles a chat (its lease): an
 * instance that takes a chat over from another drops the chat's conversation first
 * ({@link ChatCaches}), so a flow that moves between instances goes on from its last
 * step. Only private chats are handled, so a chat's conversation is its person's.
 */
@Component
public class ConversationStore implements ChatCaches {

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

	/** Stores the flow at {@code step} with {@code draft}, stamped now. */
	void save(long chatId, long userId, String flow, String step, List<String> trail, Object draft) {
		Document written = new Document();
		this.mongo.getConverter().write(draft, written);
		written.remove("_class");
		Conversation conversation = new Conversation(flow, step, trail, written, this.clock.instant());
		String key = key(chatId, userId);
		Document doc = new Document("_id", key).append("flow", flow)
			.append("step", step)
			.append("trail", conversation.trail())
			.append("draft", written)
			.append("updatedAt", conversation.updatedAt());
		this.mongo.getCollection(COLLECTION)
			.replaceOne(new Document("_id", key), doc, new ReplaceOptions().upsert(true));
		this.cache.put(key, Optional.of(conversation));
	}

	<D> D draft(Conversation conversation, Class<D> type) {
		return this.mongo.getConverter().read(type, conversation.draft());
	}

	public void clear(long chatId, long userId) {
		String key = key(chatId, userId);
		this.mongo.remove(Query.query(Criteria.where("_id").is(key)), COLLECTION);
		this.cache.put(key, Optional.empty());
	}

	@Override
	public void drop(long chatId) {
		this.cache.invalidate(key(chatId, chatId));
	}

	Instant now() {
		return this.clock.instant();
	}

	private Optional<Conversation> load(String key) {
		Document doc = this.mongo.getCollection(COLLECTION).find(new Document("_id", key)).first();
		if (doc == null || doc.get("draft", Document.class) == null) {
			return Optional.empty();
		}
		return Optional
			.of(new Conversation(doc.getString("flow"), doc.getString("step"), doc.getList("trail", String.class),
					doc.get("draft", Document.class), doc.getDate("updatedAt").toInstant()));
	}

	private static String key(long chatId, long userId) {
		return chatId + ":" + userId;
	}

}
