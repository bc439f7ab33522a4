package kz.birge.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;
import kz.birge.signup.Registration.Status;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Sign-ups, seats and waitlists. Without transactions, every step is one atomic document
 * update: the sign-up's id is "occurrence:user", so one person holds at most one; a seat
 * is taken by incrementing the occurrence's counter only while it is below the capacity,
 * so two people racing for the last seat never both get it; a cancelled seat passes
 * straight to the first in line, unless the occurrence itself was cancelled or removed. A
 * series (a repeated activity) is joined by signing up for each of its coming
 * occurrences: seats and waitlists stay per occurrence.
 */
@Service
public class Registrations {

	static final String COUNTERS = "seat_counters";

	/** An occurrence's counter before anyone signed up. */
	private static final Bson NEW_COUNTER = Updates.combine(Updates.setOnInsert("taken", 0),
			Updates.setOnInsert("waiting", 0), Updates.setOnInsert("seq", 0L));

	/** The places handed out in the occurrences' lines, one document each. */
	static final String PLACES = "line_places";

	/**
	 * Locks by occurrence, striped: one at a time takes a place in an occurrence's line.
	 */
	private final Object[] lines = new Object[64];

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Catalogue catalogue;

	Registrations(MongoTemplate mongo, Clock clock, Catalogue catalogue) {
		Arrays.setAll(this.lines, (i) -> new Object());
		this.mongo = mongo;
		this.clock = clock;
		this.catalogue = catalogue;
	}

	/**
	 * The next place in an occurrence's line, counted with the waiting seats. MongoDB
	 * applies the increment and returns it atomically; the embedded server does not
	 * always, so places are taken one at a time per occurrence within this process, and a
	 * place is also claimed by its own document in {@value #PLACES} (a unique
	 * {@code _id}), so that two instances on one database never hand out the same place:
	 * the one that finds its place claimed moves on to the next.
	 */
	private long nextInLine(String occurrenceId) {
		synchronized (this.lines[Math.floorMod(occurrenceId.hashCode(), this.lines.length)]) {
			Bson increment = Updates.combine(Updates.inc("waiting", 1), Updates.inc("seq", 1L));
			while (true) {
				Document counter = counters().findOneAndUpdate(Filters.eq("_id", occurrenceId), increment,
						new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
				long seq = ((Number) counter.get("seq")).longValue();
				try {
					this.mongo.getCollection(PLACES).insertOne(new Document("_id", occurrenceId + ":" + seq));
					return seq;
				}
				catch (MongoWriteException ex) {
					if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
						throw ex;
					}
					// handed out twice: this one takes the next, the waiting seat counted
					// once
					increment = Updates.inc("seq", 1L);
				}
			}
		}
	}

	/** What a cancellation did: whether there was a sign-up, and who got the seat. */
	public record Cancellation(boolean cancelled, Optional<Registration> promoted, Optional<Standing> standing) {

		public Cancellation(boolean cancelled, Optional<Registration> promoted) {
			this(cancelled, promoted, Optional.empty());
		}

	}

	public SignUpResult signUp(Listing listing, long userId, long chatId) {
		Instant now = this.clock.instant();
		if (!now.isBefore(listing.signUpCloses())) {
			return SignUpResult.of(SignUpResult.Outcome.CLOSED);
		}
		String id = Registration.idOf(listing.occurrenceId(), userId);
		if (!claim(id, listing, userId, chatId, now)) {
			Registration existing = this.mongo.findById(id, Registration.class);
			int position = (existing != null && existing.status() == Status.WAITLISTED) ? position(existing) : 0;
			return new SignUpResult(SignUpResult.Outcome.ALREADY, position);
		}
		Document counter = takeSeat(listing.occurrenceId(), listing.seats());
		if (counter != null) {
			Registration confirmed = decide(id, Status.CONFIRMED, 0);
			if (confirmed == null) {
				// the activity was cancelled meanwhile: the seat goes back
				counters().updateOne(Filters.eq("_id", listing.occurrenceId()), Updates.inc("taken", -1));
				return SignUpResult.of(SignUpResult.Outcome.CLOSED);
			}
			return new SignUpResult(SignUpResult.Outcome.CONFIRMED, 0,
					Optional.of(new Standing(seatsOf(counter), Optional.of(confirmed))));
		}
		long seq = nextInLine(listing.occurrenceId());
		if (decide(id, Status.WAITLISTED, seq) == null) {
			counters().updateOne(Filters.eq("_id", listing.occurrenceId()), Updates.inc("waiting", -1));
			return SignUpResult.of(SignUpResult.Outcome.CLOSED);
		}
		// a seat may have come free while this sign-up was being decided: the line moves
		// up
		fill(listing.occurrenceId(), listing.seats());
		Registration decided = this.mongo.findById(id, Registration.class);
		if (decided != null && decided.status() == Status.CONFIRMED) {
			return SignUpResult.of(SignUpResult.Outcome.CONFIRMED);
		}
		return new SignUpResult(SignUpResult.Outcome.WAITLISTED, (decided != null) ? position(decided) : 0);
	}

	/**
	 * How long a sign-up may stay undecided before a new tap takes it over (a crash in
	 * between).
	 */
	private static final Duration STUCK = Duration.ofMinutes(1);

	/**
	 * Creates the sign-up as PENDING, or takes over a cancelled or stuck one; false when
	 * it is already there.
	 */
	private boolean claim(String id, Listing listing, long userId, long chatId, Instant now) {
		Registration fresh = new Registration(id, listing.occurrenceId(), listing.activityId(),
				listing.organisationId(), userId, chatId, Status.PENDING, 0, listing.start(), listing.end(),
				listing.allDay(), now, false, false);
		try {
			this.mongo.insert(fresh);
			return true;
		}
		catch (DuplicateKeyException ex) {
			Registration revived = this.mongo.findAndModify(
					Query.query(Criteria.where("_id")
						.is(id)
						.orOperator(Criteria.where("status").is(Status.CANCELLED),
								Criteria.where("status").is(Status.PENDING).and("signedUpAt").lt(now.minus(STUCK)))),
					new Update().set("status", Status.PENDING)
						.set("chatId", chatId)
						.set("signedUpAt", now)
						.set("remindedDayBefore", false)
						.set("remindedSoon", false),
					Registration.class);
			return revived != null;
		}
	}

	/**
	 * Takes a seat while the occurrence is below its capacity: the counter as it is
	 * after, or null when it is full. The counter is created with the occurrence's first
	 * sign-up, when the first try finds none.
	 */
	private Document takeSeat(String occurrenceId, Optional<Integer> capacity) {
		Bson filter = capacity.map((seats) -> Filters.and(Filters.eq("_id", occurrenceId), Filters.lt("taken", seats)))
			.orElse(Filters.eq("_id", occurrenceId));
		FindOneAndUpdateOptions after = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
		Document taken = counters().findOneAndUpdate(filter, Updates.inc("taken", 1), after);
		if (taken != null) {
			return taken;
		}
		// full, or nobody has signed up yet (perhaps someone is doing so right now): the
		// counter is made sure of and the seat tried once more
		counters().updateOne(Filters.eq("_id", occurrenceId), NEW_COUNTER, new UpdateOptions().upsert(true));
		return counters().findOneAndUpdate(filter, Updates.inc("taken", 1), after);
	}

	/**
	 * Decides a PENDING sign-up; null when it is no longer pending (its activity was
	 * cancelled meanwhile).
	 */
	private Registration decide(String id, Status status, long seq) {
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").is(Status.PENDING)),
				new Update().set("status", status).set("seq", seq), FindAndModifyOptions.options().returnNew(true),
				Registration.class);
	}

	/**
	 * Cancels a sign-up. A freed seat goes to the first in line while the occurrence is
	 * below its capacity, read fresh (a capacity lowered by a coordinator is respected);
	 * nobody is promoted when the occurrence or its activity was cancelled or removed.
	 */
	public Cancellation cancel(String occurrenceId, long userId) {
		return cancel(occurrenceId, userId, Listing::seats);
	}

	/**
	 * Cancels a sign-up, with the capacity as the caller read it. A freed seat goes to
	 * the first in line while the occurrence is below that capacity; nobody is promoted
	 * when the occurrence or its activity is gone (its capacity would read as no limit,
	 * and the whole waitlist would move up).
	 */
	public Cancellation cancel(String occurrenceId, long userId, Optional<Integer> capacity) {
		return cancel(occurrenceId, userId, (live) -> capacity);
	}

	private Cancellation cancel(String occurrenceId, long userId, Function<Listing, Optional<Integer>> capacity) {
		Registration before = this.mongo.findAndModify(
				Query.query(Criteria.where("_id")
					.is(Registration.idOf(occurrenceId, userId))
					.and("status")
					.in(Status.CONFIRMED, Status.WAITLISTED, Status.PENDING)),
				new Update().set("status", Status.CANCELLED), Registration.class);
		if (before == null) {
			return new Cancellation(false, Optional.empty());
		}
		if (before.status() == Status.PENDING) {
			return new Cancellation(true, Optional.empty());
		}
		boolean hadSeat = before.status() == Status.CONFIRMED;
		Document counter = counters().findOneAndUpdate(Filters.eq("_id", occurrenceId),
				Updates.inc(hadSeat ? "taken" : "waiting", -1),
				new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
		Optional<Standing> standing = Optional.ofNullable(counter)
			.map((after) -> new Standing(seatsOf(after), Optional.empty()));
		if (!hadSeat || standing.map((after) -> after.seats().waiting() <= 0).orElse(false)) {
			// nobody in line for the seat (one who joins it now looks for a free seat
			// after taking their place)
			return new Cancellation(true, Optional.empty(), standing);
		}
		Optional<Listing> live = this.catalogue.listing(occurrenceId);
		if (live.isEmpty()) {
			return new Cancellation(true, Optional.empty());
		}
		return new Cancellation(true, fill(occurrenceId, capacity.apply(live.get())).stream().findFirst());
	}

	/**
	 * What joining a series did: how many sign-ups got a seat, a place in line, or were
	 * there already.
	 */
	public record SeriesResult(int confirmed, int waitlisted, int already) {

		/**
		 * Whether any sign-up was made or found: false when every occurrence had closed.
		 */
		public boolean joined() {
			return this.confirmed + this.waitlisted + this.already > 0;
		}

	}

	/**
	 * Joins a series: a sign-up (a seat or a place in line) for each of these occurrences
	 * of it whose sign-up is still open, each by the rules of one sign-up.
	 */
	public SeriesResult joinSeries(List<Listing> occurrences, long userId, long chatId) {
		int confirmed = 0;
		int waitlisted = 0;
		int already = 0;
		for (Listing occurrence : occurrences) {
			switch (signUp(occurrence, userId, chatId).outcome()) {
				case CONFIRMED -> confirmed++;
				case WAITLISTED -> waitlisted++;
				case ALREADY -> already++;
				case CLOSED, NOT_FOUND -> {
				}
			}
		}
		return new SeriesResult(confirmed, waitlisted, already);
	}

	/**
	 * Leaves a series: cancels this person's sign-ups for the activity's occurrences that
	 * are not over, each as one cancellation (seats pass to the first in line). Sign-ups
	 * of occurrences that are over, and so attendance, stay as they were.
	 */
	public List<Cancellation> leaveSeries(String activityId, long userId) {
		return this.mongo
			.find(Query.query(Criteria.where("activityId")
				.is(activityId)
				.and("userId")
				.is(userId)
				.and("status")
				.in(Status.CONFIRMED, Status.WAITLISTED)
				.and("end")
				.gt(this.clock.instant())), Registration.class)
			.stream()
			.map((registration) -> cancel(registration.occurrenceId(), userId))
			.filter(Cancellation::cancelled)
			.toList();
	}

	/**
	 * Seats came free without a cancellation (a coordinator raised the capacity or lifted
	 * it): the waitlist moves up while there is room. Returns who got a seat.
	 */
	public List<Registration> fill(String occurrenceId, Optional<Integer> capacity) {
		List<Registration> promoted = new ArrayList<>();
		while (true) {
			Registration first = this.mongo.findOne(
					Query.query(Criteria.where("occurrenceId").is(occurrenceId).and("status").is(Status.WAITLISTED))
						.with(Sort.by("seq")),
					Registration.class);
			if (first == null || takeSeat(occurrenceId, capacity) == null) {
				return promoted;
			}
			Registration confirmed = this.mongo.findAndModify(
					Query.query(Criteria.where("_id").is(first.id()).and("status").is(Status.WAITLISTED)),
					new Update().set("status", Status.CONFIRMED), FindAndModifyOptions.options().returnNew(true),
					Registration.class);
			if (confirmed == null) {
				// they left the waitlist meanwhile: give the seat back and look again
				counters().updateOne(Filters.eq("_id", occurrenceId), Updates.inc("taken", -1));
				continue;
			}
			counters().updateOne(Filters.eq("_id", occurrenceId), Updates.inc("waiting", -1));
			promoted.add(confirmed);
		}
	}

	/**
	 * Cancels every sign-up of an activity's occurrences (the activity was cancelled);
	 * returns who had one.
	 */
	public List<Registration> cancelAll(String activityId) {
		List<Registration> active = activeOf(activityId);
		if (!active.isEmpty()) {
			this.mongo.updateMulti(
					Query.query(Criteria.where("activityId")
						.is(activityId)
						.and("status")
						.in(Status.CONFIRMED, Status.WAITLISTED, Status.PENDING)),
					new Update().set("status", Status.CANCELLED), Registration.class);
			List<String> occurrences = active.stream().map(Registration::occurrenceId).distinct().toList();
			counters().updateMany(Filters.in("_id", occurrences),
					Updates.combine(Updates.set("taken", 0), Updates.set("waiting", 0)));
		}
		return active;
	}

	/** The sign-ups that are confirmed or waiting for an activity's occurrences. */
	public List<Registration> activeOf(String activityId) {
		return this.mongo.find(Query
			.query(Criteria.where("activityId").is(activityId).and("status").in(Status.CONFIRMED, Status.WAITLISTED)),
				Registration.class);
	}

	/** The confirmed sign-ups of one occurrence, in order of arrival: the roster. */
	public List<Registration> confirmedFor(String occurrenceId) {
		return this.mongo
			.find(Query.query(Criteria.where("occurrenceId").is(occurrenceId).and("status").is(Status.CONFIRMED))
				.with(Sort.by("signedUpAt")), Registration.class);
	}

	/** Keeps the reminders' times in step with a moved occurrence. */
	public void moved(String occurrenceId, Instant start, Instant end, boolean allDay) {
		this.mongo.updateMulti(Query.query(Criteria.where("occurrenceId").is(occurrenceId)),
				new Update().set("start", start)
					.set("end", end)
					.set("allDay", allDay)
					.set("remindedDayBefore", false)
					.set("remindedSoon", false),
				Registration.class);
	}

	/** Counted seats of these occurrences: one query. */
	public Map<String, Seats> seats(Collection<String> occurrenceIds) {
		return counters().find(Filters.in("_id", occurrenceIds))
			.into(new ArrayList<>())
			.stream()
			.collect(Collectors.toMap((doc) -> doc.getString("_id"), Registrations::seatsOf));
	}

	private static Seats seatsOf(Document counter) {
		return new Seats(((Number) counter.get("taken")).intValue(), ((Number) counter.get("waiting")).intValue());
	}

	/** This person's sign-ups among these occurrences: one query. */
	public Map<String, Registration> mine(long userId, Collection<String> occurrenceIds) {
		List<String> ids = occurrenceIds.stream().map((occurrence) -> Registration.idOf(occurrence, userId)).toList();
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Registration.class)
			.stream()
			.collect(Collectors.toMap(Registration::occurrenceId, Function.identity()));
	}

	/** Place on the waitlist, 1 for the first in line. */
	public int position(Registration waiting) {
		return (int) this.mongo.count(Query.query(Criteria.where("occurrenceId")
			.is(waiting.occurrenceId())
			.and("status")
			.is(Status.WAITLISTED)
			.and("seq")
			.lte(waiting.seq())), Registration.class);
	}

	/** This person's sign-ups that are active and not over, soonest first. */
	public List<Registration> upcoming(long userId) {
		return this.mongo.find(
				Query
					.query(Criteria.where("userId")
						.is(userId)
						.and("status")
						.in(Status.CONFIRMED, Status.WAITLISTED)
						.and("end")
						.gt(this.clock.instant()))
					.with(Sort.by("start")),
				Registration.class);
	}

	/** This person's sign-ups that are over, latest first. */
	public List<Registration> history(long userId, int limit) {
		return this.mongo.find(Query
			.query(Criteria.where("userId")
				.is(userId)
				.and("status")
				.is(Status.CONFIRMED)
				.and("end")
				.lte(this.clock.instant()))
			.with(Sort.by(Sort.Direction.DESC, "start"))
			.limit(limit), Registration.class);
	}

	/** Which reminder. */
	public enum Reminder {

		/** The day before: sent once the start is less than a day away. */
		DAY_BEFORE("remindedDayBefore", Duration.ofDays(1)),
		/** Two hours before, for occurrences with a start time. */
		SOON("remindedSoon", Duration.ofHours(2));

		private final String flag;

		private final Duration ahead;

		Reminder(String flag, Duration ahead) {
			this.flag = flag;
			this.ahead = ahead;
		}

		public Duration ahead() {
			return this.ahead;
		}

	}

	/**
	 * Confirmed sign-ups whose occurrence starts within the reminder's reach and that did
	 * not get it yet.
	 */
	public List<Registration> due(Reminder reminder, int limit) {
		Instant now = this.clock.instant();
		Criteria criteria = Criteria.where("status")
			.is(Status.CONFIRMED)
			.and(reminder.flag)
			.is(false)
			.and("start")
			.gt(now)
			.lte(now.plus(reminder.ahead));
		if (reminder == Reminder.SOON) {
			criteria.and("allDay").is(false);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("start")).limit(limit), Registration.class);
	}

	/**
	 * Marks a reminder as sent; true for the one caller that marks it first, so it goes
	 * out once, across restarts too.
	 */
	public boolean claim(Registration registration, Reminder reminder) {
		return this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(registration.id()).and(reminder.flag).is(false)),
				new Update().set(reminder.flag, true), Registration.class) != null;
	}

	/** Counts from the sign-ups themselves, to check the kept counters. */
	public Seats recount(String occurrenceId) {
		int taken = (int) this.mongo.count(
				Query.query(Criteria.where("occurrenceId").is(occurrenceId).and("status").is(Status.CONFIRMED)),
				Registration.class);
		int waiting = (int) this.mongo.count(
				Query.query(Criteria.where("occurrenceId").is(occurrenceId).and("status").is(Status.WAITLISTED)),
				Registration.class);
		return new Seats(taken, waiting);
	}

	private MongoCollection<Document> counters() {
		return this.mongo.getCollection(COUNTERS);
	}

}
