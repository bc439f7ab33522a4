package kz.birge.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The counts reports read, kept up to date as attendance and indicators change, so a
 * report never scans raw records: per occurrence, activity and campaign, the participants
 * (confirmed attendances, walk-in headcounts included), the unique participants, classes
 * and schools of a campaign, and each indicator's total. Every change is one atomic $inc
 * per document; values are kept in thousandths, so 1.5 tonnes add up exactly.
 * {@link #recount} checks them against the raw records.
 */
@Service
public class Counters {

	static final String COLLECTION = "counters";

	/** Indicator values are kept in thousandths of their unit. */
	public static final int SCALE = 3;

	/**
	 * Set on a campaign's counter when it is first written: its activities' unique
	 * participants, classes and schools are counted too (they were not before this field;
	 * a recount writes them).
	 */
	private static final Bson BY_ACTIVITY = Updates.setOnInsert("byActivity", true);

	private final MongoTemplate mongo;

	Counters(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Where a change happened: the three levels it counts at. */
	public record Scope(String occurrenceId, String activityId, String campaignId) {
	}

	/** What is counted of one occurrence, activity or campaign. */
	public record Counted(long participants, long unique, long classes, long schools, Map<String, BigDecimal> metrics) {

		public static final Counted NONE = new Counted(0, 0, 0, 0, Map.of());

		public BigDecimal metric(String key) {
			return this.metrics.getOrDefault(key, BigDecimal.ZERO);
		}

	}

	/** Participants come or go: {@code delta} heads at every level. */
	public void participants(Scope scope, long delta) {
		inc(scope, Updates.inc("participants", delta));
	}

	/**
	 * A person (a student, a volunteer, a walk-in group) starts ({@code delta} +1) or
	 * stops (-1) attending an occurrence of a campaign. They count once per campaign, and
	 * once per activity, however often they come, as {@code headcount} people (a group of
	 * walk-ins counts as its size); so do their class and school.
	 */
	public void person(Scope scope, String personKey, int delta, long headcount, Optional<String> classKey,
			Optional<String> schoolKey) {
		String campaignId = scope.campaignId();
		String campaign = "campaign:" + campaignId;
		String activity = "activity:" + scope.activityId();
		String inActivity = activity + ":";
		distinct(campaignId, "person:" + personKey, campaign, delta, "unique", headcount);
		distinct(campaignId, inActivity + "person:" + personKey, activity, delta, "unique", headcount);
		classKey.ifPresent((key) -> {
			distinct(campaignId, "class:" + key, campaign, delta, "classes", 1);
			distinct(campaignId, inActivity + "class:" + key, activity, delta, "classes", 1);
		});
		schoolKey.ifPresent((key) -> {
			distinct(campaignId, "school:" + key, campaign, delta, "schools", 1);
			distinct(campaignId, inActivity + "school:" + key, activity, delta, "schools", 1);
		});
	}

	/**
	 * Keeps how often a thing attends; {@code field} of the counter {@code target} moves
	 * by {@code weight} when that crosses zero.
	 */
	private void distinct(String campaignId, String key, String target, int delta, String field, long weight) {
		Document after = counters().findOneAndUpdate(Filters.eq("_id", "distinct:" + campaignId + ":" + key),
				Updates.inc("count", delta),
				new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		long now = ((Number) after.get("count")).longValue();
		long before = now - delta;
		long change = (before <= 0 && now > 0) ? weight : (before > 0 && now <= 0) ? -weight : 0;
		if (change != 0) {
			counters().updateOne(
					Filters.eq("_id", target), target.startsWith("campaign:")
							? Updates.combine(Updates.inc(field, change), BY_ACTIVITY) : Updates.inc(field, change),
					new UpdateOptions().upsert(true));
		}
	}

	/** An indicator's value changed by {@code delta}. */
	public void metric(Scope scope, String metricKey, BigDecimal delta) {
		inc(scope, Updates.inc("metrics." + metricKey, toThousandths(delta)));
	}

	private void inc(Scope scope, Bson update) {
		counters().updateOne(Filters.eq("_id", "occurrence:" + scope.occurrenceId()),
				Updates.combine(update, Updates.set("campaignId", scope.campaignId()),
						Updates.set("activityId", scope.activityId()),
						Updates.set("occurrenceId", scope.occurrenceId())),
				new UpdateOptions().upsert(true));
		counters().updateOne(Filters.eq("_id", "activity:" + scope.activityId()), update,
				new UpdateOptions().upsert(true));
		counters().updateOne(Filters.eq("_id", "campaign:" + scope.campaignId()), Updates.combine(update, BY_ACTIVITY),
				new UpdateOptions().upsert(true));
	}

	public Counted occurrence(String occurrenceId) {
		return read("occurrence:" + occurrenceId);
	}

	public Counted activity(String activityId) {
		return read("activity:" + activityId);
	}

	public Counted campaign(String campaignId) {
		return read("campaign:" + campaignId);
	}

	/** The counts of every occurrence of a campaign that has any: one query. */
	public Map<String, Counted> occurrencesOf(String campaignId) {
		return counters().find(Filters.and(Filters.eq("campaignId", campaignId), Filters.regex("_id", "^occurrence:")))
			.into(new ArrayList<>())
			.stream()
			.collect(Collectors.toMap((doc) -> doc.getString("occurrenceId"), Counters::counted));
	}

	/**
	 * The counts of these activities of a campaign, unique participants, classes and
	 * schools among them: one query; empty when the campaign's counters were started
	 * before activities were counted that way (a recount fixes that).
	 */
	public Optional<Map<String, Counted>> activitiesOf(String campaignId, Collection<String> activityIds) {
		Document campaign = counters().find(Filters.eq("_id", "campaign:" + campaignId)).first();
		if (campaign != null && !Boolean.TRUE.equals(campaign.get("byActivity"))) {
			return Optional.empty();
		}
		Map<String, Counted> counted = new HashMap<>();
		counters().find(Filters.in("_id", activityIds.stream().map((id) -> "activity:" + id).toList()))
			.forEach((doc) -> counted.put(doc.getString("_id").substring("activity:".length()), counted(doc)));
		return Optional.of(counted);
	}

	private Counted read(String id) {
		Document doc = counters().find(Filters.eq("_id", id)).first();
		return (doc != null) ? counted(doc) : Counted.NONE;
	}

	private static Counted counted(Document doc) {
		Document metrics = doc.get("metrics", Document.class);
		Map<String, BigDecimal> values = (metrics != null) ? metrics.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> fromThousandths(((Number) entry.getValue()).longValue())))
				: Map.of();
		return new Counted(number(doc, "participants"), number(doc, "unique"), number(doc, "classes"),
				number(doc, "schools"), values);
	}

	private static long number(Document doc, String field) {
		Object value = doc.get(field);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	static long toThousandths(BigDecimal value) {
		return value.setScale(SCALE, RoundingMode.HALF_UP).unscaledValue().longValueExact();
	}

	static BigDecimal fromThousandths(long value) {
		return BigDecimal.valueOf(value, SCALE).stripTrailingZeros();
	}

	/** Forgets a campaign's counts, before a recount writes them anew. */
	void reset(String campaignId, List<String> activityIds) {
		counters()
			.deleteMany(Filters.or(Filters.eq("campaignId", campaignId), Filters.eq("_id", "campaign:" + campaignId),
					Filters.in("_id", activityIds.stream().map((id) -> "activity:" + id).toList()),
					Filters.regex("_id", "^distinct:" + Pattern.quote(campaignId) + ":")));
	}

	/**
	 * A person is known by another key from now on (they were forgotten, and their
	 * attendance is kept under an anonymous key): how often they attended a campaign
	 * moves to the new key, and no count changes.
	 * @param campaignId the campaign
	 * @param personKey the key {@link #person} was given so far
	 * @param newPersonKey the key it is given from now on
	 */
	public void renamePerson(String campaignId, String personKey, String newPersonKey) {
		String prefix = "distinct:" + campaignId + ":";
		move(prefix + "person:" + personKey, prefix + "person:" + newPersonKey);
		String suffix = ":person:" + personKey;
		List<String> perActivity = counters()
			.find(Filters.regex("_id",
					"^" + Pattern.quote(prefix + "activity:") + "[^:]+" + Pattern.quote(suffix) + "$"))
			.map((doc) -> doc.getString("_id"))
			.into(new ArrayList<>());
		for (String id : perActivity) {
			move(id, id.substring(0, id.length() - suffix.length()) + ":person:" + newPersonKey);
		}
	}

	private void move(String id, String newId) {
		Document old = counters().findOneAndDelete(Filters.eq("_id", id));
		if (old != null) {
			counters().updateOne(Filters.eq("_id", newId), Updates.inc("count", number(old, "count")),
					new UpdateOptions().upsert(true));
		}
	}

	private MongoCollection<Document> counters() {
		return this.mongo.getCollection(COLLECTION);
	}

}
