package kz.birge.signup;

import java.util.HashSet;
import java.util.Set;

import kz.birge.user.Affiliations;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Who signed up with an organisation, for the people's module: one query. */
@Component
class SignedUpPeople implements Affiliations {

	private final MongoTemplate mongo;

	SignedUpPeople(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Set<Long> signedUpWith(String organisationId) {
		return new HashSet<>(this.mongo.findDistinct(Query.query(Criteria.where("organisationId").is(organisationId)),
				"userId", Registration.class, Long.class));
	}

}
