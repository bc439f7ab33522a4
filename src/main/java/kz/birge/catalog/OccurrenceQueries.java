package kz.birge.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Every occurrence of an organisation (or of all organisations), not cancelled, in the
 * order of their start, read a slice at a time: rosters page through a whole school year
 * with it. Each method is one query.
 */
@Service
public class OccurrenceQueries {

	private final MongoTemplate mongo;

	OccurrenceQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * How many occurrences start before an instant.
	 * @param organisationId the organisation, or empty for all
	 * @param before the instant
	 * @return their number
	 */
	public long countStartingBefore(Optional<String> organisationId, Instant before) {
		return this.mongo.count(Query.query(criteria(organisationId).and("start").lt(before)), Occurrence.class);
	}

	/**
	 * How many occurrences there are.
	 * @param organisationId the organisation, or empty for all
	 * @return their number
	 */
	public long count(Optional<String> organisationId) {
		return this.mongo.count(Query.query(criteria(organisationId)), Occurrence.class);
	}

	/**
	 * A slice of the occurrences in the order of their start.
	 * @param organisationId the organisation, or empty for all
	 * @param skip how many to pass over
	 * @param limit the most to return
	 * @return the occurrences
	 */
	public List<Occurrence> slice(Optional<String> organisationId, long skip, int limit) {
		Query query = Query.query(criteria(organisationId)).with(Sort.by("start", "_id")).skip(skip).limit(limit);
		return this.mongo.find(query, Occurrence.class);
	}

	private static Criteria criteria(Optional<String> organisationId) {
		Criteria criteria = Criteria.where("cancelled").is(false);
		organisationId.ifPresent((id) -> criteria.and("organisationId").is(id));
		return criteria;
	}

}
