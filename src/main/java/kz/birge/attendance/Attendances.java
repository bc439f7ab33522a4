package kz.birge.attendance;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.birge.catalog.Occurrence;
import kz.birge.indicators.Counters;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.user.User;
import kz.birge.user.Users;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Who came: marks on the roster, walk-ins and self check-ins. Every mark is one
 * find-and-modify that returns the mark it replaced, and the counters move only when
 * "present" really changed, so a teacher correcting a confirmation later moves every
 * count exactly once.
 */
@Service
public class Attendances {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final Counters counters;

	private final Registrations registrations;

	private final Users users;

	private final Clock clock;

	Attendances(MongoTemplate mongo, Counters counters, Registrations registrations, Users users, Clock clock) {
		this.mongo = mongo;
		this.counters = counters;
		this.registrations = registrations;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * One line of a roster: a person signed up or checked in, or a walk-in, with their
	 * mark if any.
	 */
	public record Line(String attendanceId, Optional<Long> userId, String name, long headcount,
			Optional<Attendance.Mark> mark) {
	}

	/**
	 * The roster: those signed up, then those who checked in or walked in, with their
	 * marks. One query each.
	 */
	public List<Line> roster(Occurrence occurrence) {
		List<Attendance> marks = this.mongo.find(
				Query.query(Criteria.where("occurrenceId").is(occurrence.id())).with(Sort.by("at")), Attendance.class);
		List<Registration> signedUp = this.registrations.confirmedFor(occurrence.id());
		Map<Long, User> people = new LinkedHashMap<>();
		List<Long> ids = new ArrayList<>();
		signedUp.forEach((registration) -> ids.add(registration.userId()));
		marks.stream().filter((mark) -> mark.userId() != null).forEach((mark) -> ids.add(mark.userId()));
		if (!ids.isEmpty()) {
			this.users.findAll(ids.stream().distinct().toList()).forEach((user) -> people.put(user.id(), user));
		}
		Map<String, Attendance> byId = new LinkedHashMap<>();
		marks.forEach((mark) -> byId.put(mark.id(), mark));
		List<Line> lines = new ArrayList<>();
		for (Registration registration : signedUp) {
			String id = idOf(occurrence.id(), registration.userId());
			Attendance mark = byId.remove(id);
			lines.add(new Line(id, Optional.of(registration.userId()), nameOf(people.get(registration.userId())), 1,
					Optional.ofNullable(mark).map(Attendance::mark)));
		}
		for (Attendance mark : byId.values()) {
			String name = mark.walkIn() ? mark.name() : nameOf(people.get(mark.userId()));
			lines.add(new Line(mark.id(), Optional.ofNullable(mark.userId()), name, mark.headcount(),
					Optional.of(mark.mark())));
		}
		return lines;
	}

	private static String nameOf(User user) {
		if (user == null) {
			return "?";
		}
		return user.schoolClass()
			.map((schoolClass) -> user.displayName() + ", " + schoolClass)
			.orElse(user.displayName());
	}

	/**
	 * What the counters need to know of a person: their name, their class and their
	 * school (students only).
	 */
	private record Who(String name, String classKey, String schoolKey) {

		static Who of(User person) {
			if (person == null) {
				return new Who("?", null, null);
			}
			String classKey = person.schoolClass().map((c) -> person.organisation().orElse("") + ":" + c).orElse(null);
			String schoolKey = person.schoolClass().isPresent() ? person.organisation().orElse(null) : null;
			return new Who(person.displayName(), classKey, schoolKey);
		}

	}

	/** Marks a person; returns the mark they had before. */
	public Optional<Attendance.Mark> mark(Occurrence occurrence, long userId, Attendance.Mark mark, long markedBy) {
		Who who = Who.of(this.users.find(userId).orElse(null));
		String classKey = who.classKey();
		String schoolKey = who.schoolKey();
		String name = who.name();
		Attendance before = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(idOf(occurrence.id(), userId))),
				new Update().set("mark", mark)
					.set("markedBy", markedBy)
					.set("at", this.clock.instant())
					.setOnInsert("occurrenceId", occurrence.id())
					.setOnInsert("activityId", occurrence.activityId())
					.setOnInsert("campaignId", occurrence.campaignId())
					.setOnInsert("organisationId", occurrence.organisationId())
					.setOnInsert("userId", userId)
					.setOnInsert("name", name)
					.setOnInsert("headcount", 1L)
					.setOnInsert("classKey", classKey)
					.setOnInsert("schoolKey", schoolKey),
				FindAndModifyOptions.options().upsert(true).returnNew(false), Attendance.class);
		Attendance now = new Attendance(idOf(occurrence.id(), userId), occurrence.id(), occurrence.activityId(),
				occurrence.campaignId(), occurrence.organisationId(), userId, name, 1, mark, classKey, schoolKey,
				markedBy, this.clock.instant());
		count(before, (before != null) ? before.classKeyOf() : Optional.ofNullable(classKey), now);
		return Optional.ofNullable(before).map(Attendance::mark);
	}

	/** Marks a roster line present or absent (a check-in becomes present). */
	public void set(Occurrence occurrence, String attendanceId, boolean present, long markedBy) {
		Attendance.Mark next = present ? Attendance.Mark.PRESENT : Attendance.Mark.ABSENT;
		Attendance current = this.mongo.findById(attendanceId, Attendance.class);
		if (current != null && current.walkIn()) {
			Attendance before = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(attendanceId)),
					new Update().set("mark", next).set("markedBy", markedBy).set("at", this.clock.instant()),
					Attendance.class);
			if (before != null) {
				count(before, before.classKeyOf(), withMark(before, next));
			}
			return;
		}
		long userId = (current != null) ? current.userId() : userIdOf(attendanceId);
		mark(occurrence, userId, next, markedBy);
	}

	/**
	 * Whether a roster line names someone on this occurrence's roster: a walk-in or a
	 * check-in recorded for it, someone marked before, or a person with a seat.
	 */
	public boolean onRoster(Occurrence occurrence, String attendanceId) {
		String prefix = occurrence.id() + "_";
		if (!attendanceId.startsWith(prefix)) {
			return false;
		}
		Attendance recorded = this.mongo.findById(attendanceId, Attendance.class);
		if (recorded != null) {
			return occurrence.id().equals(recorded.occurrenceId());
		}
		Optional<Long> userId = userIdIn(attendanceId.substring(prefix.length()));
		return userId.map((id) -> this.registrations.mine(id, List.of(occurrence.id())).get(occurrence.id()))
			.filter((registration) -> registration.status() == Registration.Status.CONFIRMED)
			.isPresent();
	}

	private static Optional<Long> userIdIn(String text) {
		if (text.isEmpty() || text.length() > 19 || !text.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Marks everyone with an account on the roster present who is not yet. */
	void allPresent(Occurrence occurrence, long markedBy) {
		for (Line line : roster(occurrence)) {
			boolean present = line.mark().map((mark) -> mark == Attendance.Mark.PRESENT).orElse(false);
			if (line.userId().isPresent() && !present) {
				mark(occurrence, line.userId().get(), Attendance.Mark.PRESENT, markedBy);
			}
		}
	}

	/** A walk-in: a person by name (headcount 1) or a group by its headcount. */
	public Attendance walkIn(Occurrence occurrence, String name, long headcount, long markedBy) {
		byte[] random = new byte[6];
		RANDOM.nextBytes(random);
		String id = occurrence.id() + "_w_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Attendance walkIn = new Attendance(id, occurrence.id(), occurrence.activityId(), occurrence.campaignId(),
				occurrence.organisationId(), null, name, headcount, Attendance.Mark.PRESENT, null, null, markedBy,
				this.clock.instant());
		this.mongo.insert(walkIn);
		count(null, Optional.empty(), walkIn);
		return walkIn;
	}

	/**
	 * A self check-in: waits for the teacher's confirmation, and counts nothing until
	 * then.
	 */
	public boolean checkIn(Occurrence occurrence, long userId) {
		Who who = Who.of(this.users.find(userId).orElse(null));
		try {
			// an insert, never an overwrite: a teacher's mark made meanwhile stands
			this.mongo.insert(new Attendance(idOf(occurrence.id(), userId), occurrence.id(), occurrence.activityId(),
					occurrence.campaignId(), occurrence.organisationId(), userId, who.name(), 1,
					Attendance.Mark.CHECKED_IN, who.classKey(), who.schoolKey(), 0, this.clock.instant()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Moves the counters when "present" changed between two marks. */
	private void count(Attendance before, Optional<String> classKey, Attendance after) {
		boolean was = before != null && before.present();
		boolean is = after.present();
		if (was == is) {
			return;
		}
		int delta = is ? 1 : -1;
		Counters.Scope scope = new Counters.Scope(after.occurrenceId(), after.activityId(), after.campaignId());
		this.counters.participants(scope, delta * after.headcount());
		this.counters.person(scope, after.personKey(), delta, after.headcount(), classKey,
				Optional.ofNullable((before != null) ? before.schoolKey() : after.schoolKey()));
	}

	private static Attendance withMark(Attendance attendance, Attendance.Mark mark) {
		return new Attendance(attendance.id(), attendance.occurrenceId(), attendance.activityId(),
				attendance.campaignId(), attendance.organisationId(), attendance.userId(), attendance.name(),
				attendance.headcount(), mark, attendance.classKey(), attendance.schoolKey(), attendance.markedBy(),
				attendance.at());
	}

	/** Every attendance marked present in a campaign: the raw records a recount reads. */
	List<Attendance> presentIn(String campaignId) {
		return this.mongo.find(
				Query.query(Criteria.where("campaignId").is(campaignId).and("mark").is(Attendance.Mark.PRESENT)),
				Attendance.class);
	}

	/** How many occurrences a person attended, and which. */
	public List<Attendance> attendedBy(long userId) {
		return this.mongo.find(Query.query(Criteria.where("userId").is(userId).and("mark").is(Attendance.Mark.PRESENT))
			.with(Sort.by(Sort.Direction.DESC, "at")), Attendance.class);
	}

	static String idOf(String occurrenceId, long userId) {
		return occurrenceId + "_" + userId;
	}

	private static long userIdOf(String attendanceId) {
		return Long.parseLong(attendanceId.substring(attendanceId.lastIndexOf('_') + 1));
	}

}
