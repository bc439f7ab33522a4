package kz.birge.attendance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kz.birge.bot.PersonForgotten;
import kz.birge.indicators.Counters;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A forgotten person's attendance stays, for the reports, under their anonymous key: each
 * record is written anew without their id and name (its id, which held their user id,
 * becomes the occurrence and the key), with its mark, headcount, class and school, so
 * that every count and every recount stays the same; the counters learn the new key. A
 * forgotten teacher's marks no longer say who made them.
 */
@Component
class ForgottenAttendance {

	/** How a forgotten person's line reads on a roster. */
	static final String NO_NAME = "—";

	private final MongoTemplate mongo;

	private final Counters counters;

	ForgottenAttendance(MongoTemplate mongo, Counters counters) {
		this.mongo = mongo;
		this.counters = counters;
	}

	@EventListener
	@Order(PersonForgotten.THEN)
	void forget(PersonForgotten forgotten) {
		this.mongo.updateMulti(Query.query(Criteria.where("markedBy").is(forgotten.userId())),
				new Update().set("markedBy", 0L), Attendance.class);
		List<Attendance> theirs = this.mongo.find(Query.query(Criteria.where("userId").is(forgotten.userId())),
				Attendance.class);
		Set<String> campaigns = new LinkedHashSet<>();
		for (Attendance attendance : theirs) {
			Attendance anonymous = new Attendance(
					attendance.occurrenceId() + Attendance.ANONYMOUS + forgotten.anonymousKey(),
					attendance.occurrenceId(), attendance.activityId(), attendance.campaignId(),
					attendance.organisationId(), null, NO_NAME, attendance.headcount(), attendance.mark(),
					attendance.classKey(), attendance.schoolKey(),
					(attendance.markedBy() == forgotten.userId()) ? 0 : attendance.markedBy(), attendance.at());
			this.mongo.save(anonymous);
			this.mongo.remove(Query.query(Criteria.where("_id").is(attendance.id())), Attendance.class);
			campaigns.add(attendance.campaignId());
		}
		for (String campaignId : campaigns) {
			this.counters.renamePerson(campaignId, "user:" + forgotten.userId(), "anon:" + forgotten.anonymousKey());
		}
	}

}
