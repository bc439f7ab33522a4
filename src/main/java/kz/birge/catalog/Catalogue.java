package kz.birge.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

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
 * campaigns are cached the same way.
 */
@Service
public class Catalogue {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Organisations organisations;

	private final LoadingCache<String, List<Listing>> coming;

	private final LoadingCache<String, List<Fraction>> fractions;

	private final LoadingCache<String, List<Campaign>> campaigns;

	Catalogue(MongoTemplate mongo, Clock clock, Organisations organisations) {
		this.mongo = mongo;
		this.clock = clock;
		this.organisations = organisations;
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

	/** One occurrence, read fresh from the database, with its activity. */
	public Optional<Listing> listing(String occurrenceId) {
		Occurrence occurrence = this.mongo.findById(occurrenceId, Occurrence.class);
		if (occurrence == null || occurrence.cancelled()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.mongo.findById(occurrence.activityId(), Activity.class))
			.filter((activity) -> activity.status() == ActivityStatus.ACTIVE)
			.map((activity) -> Listing.of(occurrence, activity));
	}

	private List<Listing> load(String organisationId) {
		Instant now = this.clock.instant();
		List<Occurrence> occurrences = this.mongo.find(Query
			.query(Criteria.where("organisationId").is(organisationId).and("end").gt(now).and("cancelled").is(false))
			.with(Sort.by("start")), Occurrence.class);
		Map<String, Activity> activities = this.mongo
			.find(Query
				.query(Criteria.where("organisationId").is(organisationId).and("status").is(ActivityStatus.ACTIVE)),
					Activity.class)
			.stream()
			.collect(Collectors.toMap(Activity::id, Function.identity()));
		return occurrences.stream()
			.filter((occurrence) -> activities.containsKey(occurrence.activityId()))
			.map((occurrence) -> Listing.of(occurrence, activities.get(occurrence.activityId())))
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
