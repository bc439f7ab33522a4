package kz.birge.planimport;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.Binary;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Files waiting for a coordinator's "Import" after the preview. Kept in the database so
 * that a restart between the preview and the tap loses nothing; taken once, so a second
 * tap does nothing.
 */
@Component
class PendingImports {

	static final String COLLECTION = "pending_imports";

	private static final Duration KEEP = Duration.ofDays(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final Clock clock;

	PendingImports(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** A file and who sent it. */
	record Pending(String id, long userId, String fileName, byte[] content) {
	}

	String put(long userId, String fileName, byte[] content) {
		byte[] random = new byte[9];
		RANDOM.nextBytes(random);
		String id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.mongo.insert(new Document("_id", id).append("userId", userId)
			.append("fileName", fileName)
			.append("content", new Binary(content))
			.append("at", this.clock.instant()), COLLECTION);
		return id;
	}

	/** Removes and returns the file, when it is this user's and recent. */
	Optional<Pending> take(String id, long userId) {
		Document found = this.mongo.findAndRemove(Query.query(Criteria.where("_id").is(id).and("userId").is(userId)),
				Document.class, COLLECTION);
		if (found == null || found.getDate("at").toInstant().isBefore(this.clock.instant().minus(KEEP))) {
			return Optional.empty();
		}
		return Optional
			.of(new Pending(id, userId, found.getString("fileName"), found.get("content", Binary.class).getData()));
	}

	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
	void forgetOld() {
		this.mongo.remove(Query.query(Criteria.where("at").lt(this.clock.instant().minus(KEEP))), COLLECTION);
	}

}
