package kz.birge.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Activities as coordinators create and change them in chat. Every change is announced
 * with an {@link ActivityChanged} event, so that caches hear of it; a move or a
 * cancellation also with an {@link OccurrencesChanged} event, so that the people signed
 * up hear of it.
 */
@Service
public class Activities {

	/** The most seats an activity may have: more is a slip of the finger. */
	public static final int MAX_SEATS = 10_000;

	/** The campaign that holds the activities a coordinator creates in chat. */
	static final String MANUAL_KEY = "birge-manual";

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Activities(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
	}

	/** What a coordinator gives for a new activity. */
	public record NewActivity(String organisationId, String title, Optional<String> fractionId, Instant start,
			Instant end, boolean allDay, Optional<String> place, Audience audience, Optional<Integer> capacity,
			String campaignTitle) {
	}

	public Activity create(NewActivity spec) {
		Campaign campaign = manualCampaign(spec.organisationId(), spec.campaignTitle());
		String id = UUID.randomUUID().toString();
		Activity activity = new Activity(id, spec.organisationId(), campaign.id(), spec.fractionId().orElse(null), null,
				0, spec.title(), null, spec.place().map(List::of).orElse(List.of()), List.of(), "", "", spec.audience(),
				List.of(new IndicatorSpec(Metric.PARTICIPANTS, "")), "", "", false, spec.capacity().orElse(null),
				ActivityStatus.ACTIVE, "manual:" + id, "", this.clock.instant());
		this.mongo.insert(activity);
		this.mongo.insert(new Occurrence(UUID.randomUUID().toString(), id, campaign.id(), spec.organisationId(),
				spec.fractionId().orElse(null), spec.start(), spec.end(), spec.allDay(), Occurrence.Kind.SCHEDULED,
				false));
		this.events.publishEvent(new ActivityChanged(id, spec.organisationId(), ActivityChanged.Change.CREATED));
		return activity;
	}

	private Campaign manualCampaign(String organisationId, String title) {
		Query query = Query.query(Criteria.where("organisationId").is(organisationId).and("key").is(MANUAL_KEY));
		Campaign found = this.mongo.findOne(query, Campaign.class);
		if (found != null) {
			return found;
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Campaign campaign = new Campaign(UUID.randomUUID().toString(), organisationId, title, MANUAL_KEY, today,
				today.plusYears(1), List.of(), null, "", now);
		this.mongo.insert(campaign);
		return campaign;
	}

	public Optional<Activity> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Activity.class));
	}

	/** These activities, in one query. */
	public List<Activity> findAll(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Activity.class);
	}

	public Optional<Occurrence> occurrence(String occurrenceId) {
		return Optional.ofNullable(this.mongo.findById(occurrenceId, Occurrence.class));
	}

	/**
	 * Occurrences of an organisation (every one when empty) around now, the latest first:
	 * for rosters.
	 */
	public List<Occurrence> around(Optional<String> organisationId, Instant from, Instant to, int limit) {
		Criteria criteria = Criteria.where("start").lte(to).and("end").gte(from).and("cancelled").is(false);
		organisationId.ifPresent((id) -> criteria.and("organisationId").is(id));
		return this.mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "start")).limit(limit),
				Occurrence.class);
	}

	/** The occurrences of an activity, in time order. */
	public List<Occurrence> occurrences(String activityId) {
		return this.mongo.find(Query.query(Criteria.where("activityId").is(activityId)).with(Sort.by("start")),
				Occurrence.class);
	}

	/**
	 * Activities of these organisations (all when empty) with an occurrence ending after
	 * {@code now}, soonest first: {@code limit} of them from {@code offset}. Two queries
	 * whatever the page; the first reads only the activity ids of the coming occurrences.
	 */
	public List<Activity> upcoming(Optional<String> organisationId, Instant now, int offset, int limit) {
		Criteria criteria = Criteria.where("end").gt(now).and("cancelled").is(false);
		organisationId.ifPresent((id) -> criteria.and("organisationId").is(id));
		Query query = Query.query(criteria).with(Sort.by("start"));
		query.fields().include("activityId");
		List<String> page = this.mongo.find(query, Document.class, this.mongo.getCollectionName(Occurrence.class))
			.stream()
			.map((doc) -> doc.getString("activityId"))
			.distinct()
			.skip(offset)
			.limit(limit)
			.toList();
		List<Activity> found = this.mongo.find(Query.query(Criteria.where("_id").in(page)), Activity.class);
		return page.stream().flatMap((id) -> found.stream().filter((a) -> a.id().equals(id))).toList();
	}

	public Activity rename(String id, String title) {
		return change(id, new Update().set("title", title), ActivityChanged.Change.EDITED);
	}

	public Activity setPlace(String id, String place) {
		return change(id, new Update().set("places", List.of(place)), ActivityChanged.Change.EDITED);
	}

	public Activity setCapacity(String id, Optional<Integer> capacity) {
		Update update = capacity.map((seats) -> new Update().set("capacity", seats))
			.orElseGet(() -> new Update().unset("capacity"));
		return change(id, update, ActivityChanged.Change.EDITED);
	}

	public Activity setOpenToAll(String id, boolean open) {
		return change(id, new Update().set("openToAll", open), ActivityChanged.Change.EDITED);
	}

	/**
	 * Cancels an activity: it is no longer listed, and its occurrences still to be held
	 * are announced as dropped, so that those signed up lose their sign-up and are told.
	 */
	public Activity cancel(String id) {
		Activity activity = change(id, new Update().set("status", ActivityStatus.CANCELLED),
				ActivityChanged.Change.CANCELLED);
		List<String> dropped = occurrences(id).stream()
			.filter((occurrence) -> !occurrence.cancelled())
			.map(Occurrence::id)
			.toList();
		this.events.publishEvent(new OccurrencesChanged(activity.organisationId(), List.of(), dropped));
		return activity;
	}

	public Activity restore(String id) {
		return change(id, new Update().set("status", ActivityStatus.ACTIVE), ActivityChanged.Change.RESTORED);
	}

	/**
	 * Moves a one-occurrence activity to a new time. The occurrence keeps its id, so its
	 * sign-ups stay; it is announced as moved, so that they follow it and are told.
	 */
	public Activity move(String id, Instant start, Instant end, boolean allDay) {
		List<Occurrence> occurrences = occurrences(id);
		if (occurrences.size() != 1) {
			throw new IllegalStateException("Only an activity with one occurrence can be moved: " + id);
		}
		Occurrence moved = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(occurrences.get(0).id())),
				new Update().set("start", start).set("end", end).set("allDay", allDay),
				FindAndModifyOptions.options().returnNew(true), Occurrence.class);
		Activity activity = change(id, new Update().set("scheduleText", ""), ActivityChanged.Change.MOVED);
		if (moved != null && !moved.cancelled()) {
			this.events.publishEvent(new OccurrencesChanged(activity.organisationId(),
					List.of(OccurrencesChanged.Moved.of(moved)), List.of()));
		}
		return activity;
	}

	private Activity change(String id, Update update, ActivityChanged.Change change) {
		update.set("updatedAt", this.clock.instant());
		Activity changed = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id)), update,
				FindAndModifyOptions.options().returnNew(true), Activity.class);
		if (changed == null) {
			throw new IllegalArgumentException("No activity " + id);
		}
		this.events.publishEvent(new ActivityChanged(id, changed.organisationId(), change));
		return changed;
	}

}
