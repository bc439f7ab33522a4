package kz.birge.signup;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import kz.birge.catalog.OccurrencesChanged;
import kz.birge.catalog.SignedUp;
import kz.birge.signup.Registration.Status;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * What becomes of sign-ups when their occurrences change, whatever the cause: a moved
 * occurrence keeps them, with its new time copied and its reminders to come again; a
 * dropped one cancels them all at once, waitlist included, and its seat counters go back
 * to zero, so nobody is promoted onto an occurrence that no longer takes place. It also
 * tells the catalogue how many people a change would touch.
 */
@Service
public class RegistrationChanges implements SignedUp {

	private static final List<Status> HOLDING = List.of(Status.CONFIRMED, Status.WAITLISTED);

	private final MongoTemplate mongo;

	private final Registrations registrations;

	private final Clock clock;

	RegistrationChanges(MongoTemplate mongo, Registrations registrations, Clock clock) {
		this.mongo = mongo;
		this.registrations = registrations;
		this.clock = clock;
	}

	/**
	 * The people with a seat or a place on the waitlist of any of these occurrences that
	 * has not ended yet, each counted once: those a move or a cancellation would reach.
	 */
	@Override
	public int people(Collection<String> occurrenceIds) {
		if (occurrenceIds.isEmpty()) {
			return 0;
		}
		return this.mongo.findDistinct(Query.query(Criteria.where("occurrenceId")
			.in(occurrenceIds)
			.and("status")
			.in(HOLDING)
			.and("end")
			.gt(this.clock.instant())), "userId", Registration.class, Long.class).size();
	}

	/**
	 * Keeps the sign-ups of a moved occurrence in step with it: their copied time is the
	 * new one and their reminders will come again, for the new time.
	 * @param moved the occurrence at its new time
	 * @return the sign-ups with a seat or a place on the waitlist, as they are now
	 */
	public List<Registration> moved(OccurrencesChanged.Moved moved) {
		this.registrations.moved(moved.occurrenceId(), moved.start(), moved.end(), moved.allDay());
		return this.mongo.find(
				Query.query(Criteria.where("occurrenceId").is(moved.occurrenceId()).and("status").in(HOLDING)),
				Registration.class);
	}

	/**
	 * Cancels the sign-ups of occurrences that no longer take place, those on the
	 * waitlist too (nobody is promoted), and sets their seat counters back to zero. A
	 * sign-up for an occurrence already over stays as it was: it is what the person took
	 * part in.
	 * @param occurrenceIds the dropped occurrences
	 * @return the cancelled sign-ups that had a seat or a place on the waitlist, as they
	 * were
	 */
	public List<Registration> dropped(Collection<String> occurrenceIds) {
		if (occurrenceIds.isEmpty()) {
			return List.of();
		}
		Criteria coming = Criteria.where("occurrenceId").in(occurrenceIds).and("end").gt(this.clock.instant());
		List<Registration> holding = this.mongo
			.find(Query.query(coming).addCriteria(Criteria.where("status").in(HOLDING)), Registration.class);
		this.mongo.updateMulti(
				Query.query(coming)
					.addCriteria(Criteria.where("status").in(Status.CONFIRMED, Status.WAITLISTED, Status.PENDING)),
				new Update().set("status", Status.CANCELLED), Registration.class);
		List<String> counted = this.mongo.findDistinct(Query.query(coming), "occurrenceId", Registration.class,
				String.class);
		if (!counted.isEmpty()) {
			this.mongo.getCollection(Registrations.COUNTERS)
				.updateMany(Filters.in("_id", counted),
						Updates.combine(Updates.set("taken", 0), Updates.set("waiting", 0)));
		}
		return holding;
	}

}
