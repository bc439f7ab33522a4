package kz.birge.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.annotation.PreDestroy;
import kz.birge.bot.ClusterProperties;
import kz.birge.system.BirgeProperties;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * What is coming, per organisation, read from a Caffeine cache: two queries fill an
 * organisation's entry (its coming occurrences and its active activities), and an import
 * or a coordinator's change forgets it, so a new activity shows at once. Fractions,
 * campaigns and single occurrences (a card, a sign-up) are cached the same way. The
 * occurrences of a repeated activity carry the {@link Repeat} their dates show, so that a
 * list can show the series as one entry.
 * <p>
 * When instances share the database ({@code birge.cluster.enabled}), a change also raises
 * its organisation's number in {@value #CHANGES}, and each instance reads those numbers
 * once a second and forgets what it holds of an organisation whose number moved: a plan
 * imported through one instance shows on the others within a second or so.
 */
@Service
public class Catalogue {

	private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

	/** Each organisation's change number, for the instances that share the database. */
	static final String CHANGES = "catalogue_changes";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Organisations organisations;

	private final ZoneId zone;

	private final LoadingCache<String, List<Listing>> coming;

	private final LoadingCache<String, List<Fraction>> fractions;

	private final LoadingCache<String, List<Campaign>> campaigns;

	/** One occurrence with its activity, empty when it is gone, by occurrence id. */
	private final LoadingCache<String, Optional<Listing>> listed;

	/** Activities whatever their status, empty when removed, by id. */
	private final LoadingCache<String, Optional<Activity>> activities;

	private final boolean cluster;

	/** The change numbers last read, by organisation; null until the first reading. */
	private Map<String, Long> seenChanges;

	/** Reads the change numbers, with other instances on the database; else null. */
	private final ScheduledExecutorService follower;

	Catalogue(MongoTemplate mongo, Clock clock, Organisations organisations, BirgeProperties properties,
			ClusterProperties cluster) {
		this.mongo = mongo;
		this.clock = clock;
		this.organisations = organisations;
		this.zone = properties.timezone();
		this.cluster = cluster.enabled();
		this.listed = Caffeine.newBuilder()
			.maximumSize(10_000)
			.expireAfterWrite(Duration.ofMinutes(10))
			.build(inBulk(this::loadListings));
		this.activities = Caffeine.newBuilder()
			.maximumSize(10_000)
			.expireAfterWrite(Duration.ofMinutes(10))
			.build(inBulk(this::loadActivities));
		this.follower = this.cluster ? follow(cluster.catalogueCheck()) : null;
		this.coming = Caffeine.newBuilder()
			.maximumSize(10_000)
			.expireAfterWrite(Duration.ofMinutes(10))
			.build(this::load);
		this.fractions = Caffeine.newBuilder()
			.maximumSize(10_000)
			.expireAfterWrite(Duration.ofMinutes(10))
			.build((organisationId) -> this.mongo.find(
					Query.query(Criteria.where("organisationId").is(organisationId)).with(Sort.by("position")),
					Fraction.class));
		this.campaigns = Caffeine.newBuilder()
			.maximumSize(10_000)
			.expireAfterWrite(Duration.ofMinutes(10))
			.build((organisationId) -> this.mongo.find(
					Query.query(Criteria.where("organisationId").is(organisationId)).with(Sort.by("start")),
					Campaign.class));
	}

	/** A cache's loader that reads one as it reads many: in one query. */
	private static <T> CacheLoader<String, Optional<T>> inBulk(
			Function<Set<? extends String>, Map<String, Optional<T>>> read) {
		return new CacheLoader<>() {

			@Override
			public Optional<T> load(String id) {
				return read.apply(Set.of(id)).get(id);
			}

			@Override
			public Map<String, Optional<T>> loadAll(Set<? extends String> ids) {
				return read.apply(ids);
			}

		};
	}

	/** The organisation's occurrences that have not ended, soonest first. */
	public List<Listing> coming(String organisationId) {
		Instant now = this.clock.instant();
		return this.coming.get(organisationId).stream().filter((listing) -> listing.end().isAfter(now)).toList();
	}

	/** Every organisation's coming occurrences, soonest first. */
	public List<Listing> comingEverywhere() {
		List<Listing> all = new ArrayList<>();
		this.organisations.all().forEach((organisation) -> all.addAll(coming(organisation.id())));
		all.sort(Comparator.comparing(Listing::start));
		return all;
	}

	public List<Fraction> fractions(String organisationId) {
		return this.fractions.get(organisationId);
	}

	public List<Campaign> campaigns(String organisationId) {
		return this.campaigns.get(organisationId);
	}

	/**
	 * The coming occurrences of a listing's activity whose sign-up is still open, soonest
	 * first: what a person joins when they join the series.
	 */
	public List<Listing> series(Listing listing) {
		Instant now = this.clock.instant();
		return coming(listing.organisationId()).stream()
			.filter((other) -> other.activityId().equals(listing.activityId()) && other.open(now))
			.sorted(Comparator.comparing(Listing::start))
			.toList();
	}

	/**
	 * One occurrence with its activity, empty when it, or its activity, was cancelled or
	 * removed.
	 */
	public Optional<Listing> listing(String occurrenceId) {
		return this.listed.get(occurrenceId);
	}

	/**
	 * An activity, whatever its status, empty when removed; kept, and forgotten on a
	 * change, as the rest of the catalogue.
	 */
	public Optional<Activity> activity(String activityId) {
		return this.activities.get(activityId);
	}

	/** These occurrences' listings, each empty when gone: a query or two for all. */
	private Map<String, Optional<Listing>> loadListings(Set<? extends String> occurrenceIds) {
		Map<String, Listing> found = read(occurrenceIds, false);
		Map<String, Optional<Listing>> listings = new HashMap<>();
		occurrenceIds.forEach((id) -> listings.put(id, Optional.ofNullable(found.get(id))));
		return listings;
	}

	/**
	 * These occurrences with their activities: a query or two whatever their number, none
	 * for those kept since the last change. Those cancelled, or whose activity was
	 * cancelled or removed, are left out unless {@code evenGone} (what a person took part
	 * in stays theirs; those are read from the database).
	 */
	public Map<String, Listing> listings(Collection<String> occurrenceIds, boolean evenGone) {
		if (occurrenceIds.isEmpty()) {
			return Map.of();
		}
		if (evenGone) {
			return read(occurrenceIds, true);
		}
		Map<String, Listing> listings = new HashMap<>();
		this.listed.getAll(occurrenceIds)
			.forEach((id, listing) -> listing.ifPresent((found) -> listings.put(id, found)));
		return listings;
	}

	private Map<String, Listing> read(Collection<? extends String> occurrenceIds, boolean evenGone) {
		List<Occurrence> occurrences = this.mongo.find(Query.query(Criteria.where("_id").in(occurrenceIds)),
				Occurrence.class);
		List<String> activityIds = occurrences.stream().map(Occurrence::activityId).distinct().toList();
		Map<String, Activity> activities = this.activities.getAll(activityIds)
			.values()
			.stream()
			.flatMap(Optional::stream)
			.filter((activity) -> evenGone || activity.status() == ActivityStatus.ACTIVE)
			.collect(Collectors.toMap(Activity::id, Function.identity()));
		List<Listing> found = occurrences.stream()
			.filter((occurrence) -> evenGone || !occurrence.cancelled())
			.filter((occurrence) -> activities.containsKey(occurrence.activityId()))
			.map((occurrence) -> Listing.of(occurrence, activities.get(occurrence.activityId())))
			.toList();
		return withRepeat(found).stream().collect(Collectors.toMap(Listing::occurrenceId, Function.identity()));
	}

	/** These activities, in one query; those removed as empty. */
	private Map<String, Optional<Activity>> loadActivities(Set<? extends String> ids) {
		Map<String, Optional<Activity>> found = new HashMap<>();
		ids.forEach((id) -> found.put(id, Optional.empty()));
		this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Activity.class)
			.forEach((activity) -> found.put(activity.id(), Optional.of(activity)));
		return found;
	}

	/**
	 * The listings, those of repeated activities with their repeat: one query for all the
	 * repeated activities' occurrences, none when there are none.
	 */
	private List<Listing> withRepeat(List<Listing> listings) {
		List<String> repeated = listings.stream()
			.filter((listing) -> listing.kind() == Occurrence.Kind.REPEAT)
			.map(Listing::activityId)
			.distinct()
			.toList();
		if (repeated.isEmpty()) {
			return listings;
		}
		Map<String, List<Occurrence>> byActivity = this.mongo
			.find(Query.query(Criteria.where("activityId").in(repeated).and("cancelled").is(false)), Occurrence.class)
			.stream()
			.collect(Collectors.groupingBy(Occurrence::activityId));
		return listings.stream()
			.map((listing) -> (listing.kind() != Occurrence.Kind.REPEAT) ? listing
					: listing.repeating(Repeat.of(byActivity.getOrDefault(listing.activityId(), List.of()), this.zone)))
			.toList();
	}

	/**
	 * An organisation's coming occurrences with their activities; the past occurrences of
	 * repeats are read too, to tell how they repeat.
	 */
	private List<Listing> load(String organisationId) {
		Instant now = this.clock.instant();
		List<Occurrence> occurrences = this.mongo.find(Query
			.query(Criteria.where("organisationId")
				.is(organisationId)
				.and("cancelled")
				.is(false)
				.orOperator(Criteria.where("end").gt(now), Criteria.where("kind").is(Occurrence.Kind.REPEAT)))
			.with(Sort.by("start")), Occurrence.class);
		Map<String, Activity> activities = this.mongo
			.find(Query
				.query(Criteria.where("organisationId").is(organisationId).and("status").is(ActivityStatus.ACTIVE)),
					Activity.class)
			.stream()
			.collect(Collectors.toMap(Activity::id, Function.identity()));
		Map<String, Repeat> repeats = occurrences.stream()
			.filter((occurrence) -> occurrence.kind() == Occurrence.Kind.REPEAT)
			.collect(Collectors.groupingBy(Occurrence::activityId))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> Repeat.of(entry.getValue(), this.zone)));
		return occurrences.stream()
			.filter((occurrence) -> occurrence.end().isAfter(now))
			.filter((occurrence) -> activities.containsKey(occurrence.activityId()))
			.map((occurrence) -> Listing.of(occurrence, activities.get(occurrence.activityId()))
				.repeating(repeats.getOrDefault(occurrence.activityId(), Repeat.NONE)))
			.toList();
	}

	@EventListener
	void onImport(PlanImported event) {
		forget(event.organisationId());
	}

	@EventListener
	void onChange(ActivityChanged event) {
		forget(event.organisationId());
	}

	private void forget(String organisationId) {
		forgetHere(organisationId);
		if (this.cluster) {
			this.mongo.upsert(Query.query(Criteria.where("_id").is(organisationId)), new Update().inc("change", 1L),
					CHANGES);
		}
	}

	private void forgetHere(String organisationId) {
		this.coming.invalidate(organisationId);
		this.fractions.invalidate(organisationId);
		this.campaigns.invalidate(organisationId);
		// changes are rare: every activity and single occurrence goes, not only the
		// organisation's
		forgetSingles();
	}

	/**
	 * Forgets every activity and single occurrence; the activities first, as a listing is
	 * built from its activity: the other way round, a listing read in between would be
	 * built again from the activity as it was, and kept.
	 */
	private void forgetSingles() {
		this.activities.invalidateAll();
		this.listed.invalidateAll();
	}

	/**
	 * A thread of its own, on every instance (not a scheduled job, which one instance
	 * runs), that looks at the change numbers every {@code check}.
	 */
	private ScheduledExecutorService follow(Duration check) {
		ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread named = new Thread(runnable, "birge-catalogue-changes");
			named.setDaemon(true);
			return named;
		});
		thread.scheduleWithFixedDelay(() -> {
			try {
				followOtherInstances();
			}
			catch (RuntimeException ex) {
				log.warn("Could not read the catalogue's changes: {}", ex.getMessage());
			}
		}, check.toMillis(), check.toMillis(), TimeUnit.MILLISECONDS);
		return thread;
	}

	@PreDestroy
	void stopFollowing() {
		if (this.follower != null) {
			this.follower.shutdownNow();
		}
	}

	/**
	 * With other instances on the database: forgets what this one holds of an
	 * organisation another changed since the last look (on the first look, everything).
	 */
	void followOtherInstances() {
		Map<String, Long> now = this.mongo.findAll(Document.class, CHANGES)
			.stream()
			.collect(Collectors.toMap((change) -> change.getString("_id"),
					(change) -> ((Number) change.get("change")).longValue()));
		synchronized (this) {
			if (this.seenChanges == null) {
				this.coming.invalidateAll();
				this.fractions.invalidateAll();
				this.campaigns.invalidateAll();
				forgetSingles();
			}
			else {
				now.forEach((organisationId, change) -> {
					if (!change.equals(this.seenChanges.get(organisationId))) {
						forgetHere(organisationId);
					}
				});
			}
			this.seenChanges = now;
		}
	}

}
