package kz.birge.attendance;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import kz.birge.catalog.Occurrence;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The codes of self check-in links: one an occurrence, random, made once and kept. */
@Component
class CheckInCodes {

	static final String COLLECTION = "checkin_codes";

	/** Random bytes a code carries: 12 characters in a link. */
	private static final int CODE_BYTES = 9;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	CheckInCodes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The occurrence's code, made the first time it is asked for. */
	String codeOf(Occurrence occurrence) {
		Document existing = this.mongo.findOne(Query.query(Criteria.where("occurrenceId").is(occurrence.id())),
				Document.class, COLLECTION);
		if (existing != null) {
			return existing.getString("_id");
		}
		byte[] random = new byte[CODE_BYTES];
		RANDOM.nextBytes(random);
		String code = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.mongo.insert(new Document("_id", code).append("occurrenceId", occurrence.id()), COLLECTION);
		return code;
	}

	/** The occurrence a code was made for. */
	Optional<String> occurrenceOf(String code) {
		return Optional.ofNullable(this.mongo.findById(code, Document.class, COLLECTION))
			.map((found) -> found.getString("occurrenceId"));
	}

}
