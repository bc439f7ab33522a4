package kz.birge.catalog;

import java.util.Optional;

import kz.birge.bot.Subject;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The organisation behind an organisation, campaign, activity or occurrence id: what the
 * dispatcher checks a staff member's access against. One query by id, reading the
 * organisation field only.
 */
@Component
class Owners implements Subject.Directory {

	private final MongoTemplate mongo;

	Owners(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<String> organisationOf(Subject subject) {
		if (subject.id() == null || subject.id().isEmpty()) {
			return Optional.empty();
		}
		return switch (subject.kind()) {
			case ORGANISATION -> owner(Organisation.class, "_id", subject.id());
			case CAMPAIGN -> owner(Campaign.class, "organisationId", subject.id());
			case ACTIVITY -> owner(Activity.class, "organisationId", subject.id());
			case OCCURRENCE -> owner(Occurrence.class, "organisationId", subject.id());
		};
	}

	private Optional<String> owner(Class<?> type, String field, String id) {
		Query query = Query.query(Criteria.where("_id").is(id));
		query.fields().include(field);
		Document found = this.mongo.findOne(query, Document.class, this.mongo.getCollectionName(type));
		return Optional.ofNullable(found).map((doc) -> doc.get(field)).map(String::valueOf);
	}

}
