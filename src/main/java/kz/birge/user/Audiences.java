package kz.birge.user;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The people of an organisation a coordinator may write to at once: everyone, a grade, a
 * class. One query each.
 */
@Component
public class Audiences {

	private final MongoTemplate mongo;

	Audiences(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Everyone who belongs to the organisation: its students and its staff. */
	public List<User> organisation(String organisationId) {
		return this.mongo.find(Query.query(Criteria.where("organisationId").is(organisationId)), User.class);
	}

	/** The organisation's students of one grade, every parallel. */
	public List<User> grade(String organisationId, int grade) {
		return this.mongo.find(Query.query(Criteria.where("organisationId")
			.is(organisationId)
			.and("role")
			.is(Role.STUDENT)
			.and("grade")
			.is(grade)), User.class);
	}

	/** The organisation's students of one class. */
	public List<User> schoolClass(String organisationId, SchoolClass schoolClass) {
		return this.mongo.find(Query.query(Criteria.where("organisationId")
			.is(organisationId)
			.and("role")
			.is(Role.STUDENT)
			.and("grade")
			.is(schoolClass.grade())
			.and("parallel")
			.is(schoolClass.letter())), User.class);
	}

}
