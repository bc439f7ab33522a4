package kz.birge.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import kz.birge.catalog.Metric;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Target figures a coordinator sets on a campaign or an activity, as programmes do ("at
 * least 20 participants a meeting", "at least 5 meetings a month", "coverage over
 * 8,000"); reports show what was reached against them. A target is kept under its scope
 * ("campaign:ID", "activity:ID", "fraction:ID") and its key: an indicator's,
 * {@link #MEETINGS_PER_MONTH} or {@link #UNIQUE}.
 */
@Service
public class Targets {

	static final String COLLECTION = "targets";

	/** The key of "at least N meetings a month" on an activity or a fraction. */
	public static final String MEETINGS_PER_MONTH = "MEETINGS_PER_MONTH";

	/** The key of "at least N people covered" (unique participants) on a campaign. */
	public static final String UNIQUE = "UNIQUE";

	private final MongoTemplate mongo;

	Targets(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** A custom indicator's key, as {@link IndicatorValues#keyOf} makes it. */
	private static final Pattern CUSTOM_KEY = Pattern.compile("C_[0-9a-f]{10}");

	/**
	 * Whether a key names a target Birge keeps: a known indicator's, a custom
	 * indicator's, {@link #MEETINGS_PER_MONTH} or {@link #UNIQUE}. The key becomes part
	 * of a field name, so a key from a button is checked here before anything is stored.
	 */
	public static boolean isKey(String key) {
		if (key == null) {
			return false;
		}
		if (MEETINGS_PER_MONTH.equals(key) || UNIQUE.equals(key) || CUSTOM_KEY.matcher(key).matches()) {
			return true;
		}
		return Arrays.stream(Metric.values())
			.anyMatch((metric) -> metric != Metric.CUSTOM && metric.name().equals(key));
	}

	/**
	 * Sets a target.
	 * @throws IllegalArgumentException for a key that is not {@link #isKey a target's}
	 */
	public void set(String scope, String key, BigDecimal value) {
		if (!isKey(key)) {
			throw new IllegalArgumentException("Not a target key: " + key);
		}
		this.mongo.getCollection(COLLECTION)
			.updateOne(Filters.eq("_id", scope), Updates.set("values." + key, value.toPlainString()),
					new UpdateOptions().upsert(true));
	}

	/**
	 * The targets of a campaign ("campaign:ID") or an activity ("activity:ID"), by
	 * indicator key.
	 */
	public Map<String, BigDecimal> of(String scope) {
		Document doc = this.mongo.getCollection(COLLECTION).find(Filters.eq("_id", scope)).first();
		Document values = (doc != null) ? doc.get("values", Document.class) : null;
		if (values == null) {
			return Map.of();
		}
		return values.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> new BigDecimal(String.valueOf(e.getValue()))));
	}

	public static String campaign(String campaignId) {
		return "campaign:" + campaignId;
	}

	public static String activity(String activityId) {
		return "activity:" + activityId;
	}

	public static String fraction(String fractionId) {
		return "fraction:" + fractionId;
	}

	/**
	 * The "meetings a month" targets of these scopes (activities' and fractions'), by
	 * scope: one query.
	 */
	public Map<String, BigDecimal> monthlyOf(Collection<String> scopes) {
		return this.mongo.getCollection(COLLECTION)
			.find(Filters.in("_id", scopes))
			.into(new ArrayList<>())
			.stream()
			.filter((doc) -> doc.get("values", Document.class) != null
					&& doc.get("values", Document.class).containsKey(MEETINGS_PER_MONTH))
			.collect(Collectors.toMap((doc) -> doc.getString("_id"), (doc) -> new BigDecimal(
					String.valueOf(doc.get("values", Document.class).get(MEETINGS_PER_MONTH)))));
	}

	/** The participants targets of these activities, by activity id: one query. */
	public Map<String, BigDecimal> participantsOf(Collection<String> activityIds) {
		return this.mongo.getCollection(COLLECTION)
			.find(Filters.in("_id", activityIds.stream().map(Targets::activity).toList()))
			.into(new ArrayList<>())
			.stream()
			.filter((doc) -> doc.get("values", Document.class) != null
					&& doc.get("values", Document.class).containsKey(Metric.PARTICIPANTS.name()))
			.collect(Collectors.toMap((doc) -> doc.getString("_id").substring("activity:".length()),
					(doc) -> new BigDecimal(
							String.valueOf(doc.get("values", Document.class).get(Metric.PARTICIPANTS.name())))));
	}

}
