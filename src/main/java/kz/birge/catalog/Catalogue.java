package kz.birge.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import kz.birge.system.BirgeProperties;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * What is coming, per organisation, read from a Caffeine cache: two queries fill an
 * organisation's entry (its coming occurrences and its active activities), and an import
 * or a coordinator's change forgets it, so a new activity shows at once. Fractions and
 * campaigns are cached the same way. The occurrences of a repeated activity carry the
 * {@link Repeat} their dates show, so that a list can show the series as one entry.
 */
@Service
public class Catalogue {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Organisations organisations;

	private final ZoneId zone;

	private final LoadingCache<String, List<Listing>> coming;

	private final LoadingCache<String, List<Fraction>> fractions;

	private final LoadingCache<String, List<Campaign>> campaigns;

	Catalogue(MongoTemplate mongo, Clock clock, Organisations organisations, BirgeProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.organisations = organisations;
		this.zone = properties.timezone();
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

	/** One occurrence, read fresh from the database, with its activity. */
	public Optional<Listing> listing(String occurrenceId) {
		Occurrence occurrence = this.mongo.findById(occurrenceId, Occurrence.class);
		if (occurrence == null || occurrence.cancelled()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.mongo.findById(occurrence.activityId(), Activity.class))
			.filter((activity) -> activity.status() == ActivityStatus.ACTIVE)
			.map((activity) -> withRepeat(List.of(Listing.of(occurrence, activity))).get(0));
	}

	/**
	 * These occurrences with their activities, read fresh from the database: a few
	 * queries whatever their number. Those cancelled, or whose activity was cancelled or
	 * removed, are left out unless {@code evenGone} (what a person took part in stays
	 * theirs).
	 */
	public Map<String, Listing> listings(Collection<String> occurrenceIds, boolean evenGone) {
		if (occurrenceIds.isEmpty()) {
			return Map.of();
		}
		List<Occurrence> occurrences = this.mongo.find(Query.query(Criteria.where("_id").in(occurrenceIds)),
				Occurrence.class);
		List<String> activityIds = occurrences.stream().map(Occurrence::activityId).distinct().toList();
		Map<String, Activity> activities = activityIds.isEmpty() ? Map.of()
				: this.mongo.find(Query.query(Criteria.where("_id").in(activityIds)), Activity.class)
					.stream()
					.filter((activity) -> evenGone || activity.status() == ActivityStatus.ACTIVE)
					.collect(Collectors.toMap(Activity::id, Function.identity()));
		List<Listing> found = occurrences.stream()
			.filter((occurrence) -> evenGone || !occurrence.cancelled())
			.filter((occurrence) -> activities.containsKey(occurrence.activityId()))
			.map((occurrence) -> Listing.of(occurrence, activities.get(occurrence.activityId())))
			.toList();
		return withRepeat(found).stream().collect(Collectors.toMap(Listing::occurrenceId, Function.identity()));
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
		this.coming.invalidate(organisationId);
		this.fractions.invalidate(organisationId);
		this.campaigns.invalidate(organisationId);
	}

}
