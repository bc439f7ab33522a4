package kz.birge.planimport;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;
import org.bson.types.Binary;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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

	/** Before a column's index in the stored choices: field names are not numbers. */
	private static final String COLUMN = "c";

	private final MongoTemplate mongo;

	private final Clock clock;

	PendingImports(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * A file, who sent it, and the meanings they chose for its table's columns.
	 *
	 * @param id its id, for buttons
	 * @param userId who sent it
	 * @param fileName the file's name
	 * @param content the file
	 * @param columns the meanings chosen, by column index
	 */
	record Pending(String id, long userId, String fileName, byte[] content, Map<Integer, ColumnMeaning> columns) {

		Pending {
			columns = Map.copyOf(columns);
		}

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
		return pending(this.mongo.findAndRemove(mine(id, userId), Document.class, COLLECTION));
	}

	/** The file, left waiting, when it is this user's and recent. */
	Optional<Pending> find(String id, long userId) {
		return pending(this.mongo.findOne(mine(id, userId), Document.class, COLLECTION));
	}

	/**
	 * Keeps the meaning the user chose for a column of the file's table; the file as it
	 * now waits, or empty when it is gone.
	 */
	Optional<Pending> choose(String id, long userId, int column, ColumnMeaning meaning) {
		Optional<Pending> found = find(id, userId);
		if (found.isEmpty()) {
			return found;
		}
		Map<Integer, ColumnMeaning> columns = new TreeMap<>(found.get().columns());
		columns.put(column, meaning);
		Document stored = new Document();
		columns.forEach((index, chosen) -> stored.append(COLUMN + index, chosen.name()));
		this.mongo.updateFirst(mine(id, userId), new Update().set("columns", stored), COLLECTION);
		return find(id, userId);
	}

	private static Query mine(String id, long userId) {
		return Query.query(Criteria.where("_id").is(id).and("userId").is(userId));
	}

	private Optional<Pending> pending(Document found) {
		if (found == null || found.getDate("at").toInstant().isBefore(this.clock.instant().minus(KEEP))) {
			return Optional.empty();
		}
		Map<Integer, ColumnMeaning> columns = new TreeMap<>();
		Document stored = found.get("columns", Document.class);
		if (stored != null) {
			stored.forEach((key, value) -> ColumnMeaning.named(String.valueOf(value))
				.ifPresent((meaning) -> columns.put(Integer.parseInt(key.substring(COLUMN.length())), meaning)));
		}
		return Optional.of(new Pending(found.getString("_id"), found.getLong("userId"), found.getString("fileName"),
				found.get("content", Binary.class).getData(), columns));
	}

	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
	@SchedulerLock(name = "pending-imports-forget", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void forgetOld() {
		this.mongo.remove(Query.query(Criteria.where("at").lt(this.clock.instant().minus(KEEP))), COLLECTION);
	}

}
