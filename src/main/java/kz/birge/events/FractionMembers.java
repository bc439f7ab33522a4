package kz.birge.events;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Who belongs to which fraction of their school's parliament; a student may join several.
 */
@Component
public class FractionMembers {

	static final String COLLECTION = "fraction_members";

	private final MongoTemplate mongo;

	FractionMembers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void join(String fractionId, long userId) {
		try {
			this.mongo.insert(new Document("_id", fractionId + ":" + userId).append("fractionId", fractionId)
				.append("userId", userId), COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			// already a member: joining twice is joining once
		}
	}

	void leave(String fractionId, long userId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(fractionId + ":" + userId)), COLLECTION);
	}

	Set<String> fractionsOf(long userId) {
		return this.mongo.find(Query.query(Criteria.where("userId").is(userId)), Document.class, COLLECTION)
			.stream()
			.map((doc) -> doc.getString("fractionId"))
			.collect(Collectors.toSet());
	}

	/** The user ids of a fraction's members, for a broadcast to them. */
	public List<Long> memberIds(String fractionId) {
		return membersOf(Set.of(fractionId)).stream().map((doc) -> ((Number) doc.get("userId")).longValue()).toList();
	}

	/** The members of these fractions: one query. */
	List<Document> membersOf(Set<String> fractionIds) {
		return this.mongo.find(Query.query(Criteria.where("fractionId").in(fractionIds)), Document.class, COLLECTION);
	}

}
