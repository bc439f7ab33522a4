package kz.birge.indicators;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * What a teacher recorded for an occurrence: one value per indicator, and the evidence
 * (links and photos). Setting a value again replaces it, and the counters move by the
 * difference.
 */
@Service
public class IndicatorValues {

	static final String VALUES = "indicator_values";

	static final String EVIDENCE = "evidence";

	private final MongoTemplate mongo;

	private final Counters counters;

	private final Clock clock;

	IndicatorValues(MongoTemplate mongo, Counters counters, Clock clock) {
		this.mongo = mongo;
		this.counters = counters;
		this.clock = clock;
	}

	/**
	 * The key an indicator is counted under: the metric's name, or a short digest of a
	 * custom label.
	 */
	public static String keyOf(IndicatorSpec indicator) {
		if (indicator.metric() != Metric.CUSTOM) {
			return indicator.metric().name();
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(indicator.label().getBytes(StandardCharsets.UTF_8));
			return "C_" + HexFormat.of().formatHex(digest, 0, 5);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Records a value; returns the one it replaced. */
	public Optional<BigDecimal> set(Counters.Scope scope, String key, BigDecimal value, long recordedBy) {
		long thousandths = Counters.toThousandths(value);
		Document before = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(scope.occurrenceId() + ":" + key)),
				new Update().set("value", thousandths)
					.set("by", recordedBy)
					.set("at", this.clock.instant())
					.setOnInsert("occurrenceId", scope.occurrenceId())
					.setOnInsert("activityId", scope.activityId())
					.setOnInsert("campaignId", scope.campaignId())
					.setOnInsert("key", key),
				FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, VALUES);
		long old = (before != null) ? ((Number) before.get("value")).longValue() : 0;
		if (old != thousandths) {
			this.counters.metric(scope, key, Counters.fromThousandths(thousandths - old));
		}
		return Optional.ofNullable(before).map((doc) -> Counters.fromThousandths(old));
	}

	/** The values recorded for an occurrence, by key. */
	public Map<String, BigDecimal> of(String occurrenceId) {
		return this.mongo.find(Query.query(Criteria.where("occurrenceId").is(occurrenceId)), Document.class, VALUES)
			.stream()
			.collect(Collectors.toMap((doc) -> doc.getString("key"),
					(doc) -> Counters.fromThousandths(((Number) doc.get("value")).longValue())));
	}

	/** Every value of a campaign: the raw records a recount reads. */
	public List<Document> campaignValues(String campaignId) {
		return this.mongo.find(Query.query(Criteria.where("campaignId").is(campaignId)), Document.class, VALUES);
	}

	/** Evidence of an occurrence: a link, or a photo's file id. */
	public void addEvidence(Counters.Scope scope, String kind, String value) {
		this.mongo.insert(new Document("occurrenceId", scope.occurrenceId()).append("campaignId", scope.campaignId())
			.append("kind", kind)
			.append("value", value)
			.append("at", this.clock.instant()), EVIDENCE);
	}

	/**
	 * Photos given as evidence (their file ids), by occurrence, in the order given: one
	 * query.
	 */
	public Map<String, List<String>> evidencePhotos(String campaignId) {
		return this.mongo
			.find(Query.query(Criteria.where("campaignId").is(campaignId).and("kind").is("photo")).with(Sort.by("at")),
					Document.class, EVIDENCE)
			.stream()
			.collect(Collectors.groupingBy((doc) -> doc.getString("occurrenceId"), LinkedHashMap::new,
					Collectors.mapping((doc) -> doc.getString("value"), Collectors.toList())));
	}

	/** Links given as evidence, by occurrence, for a campaign: one query. */
	public Map<String, List<String>> evidenceLinks(String campaignId) {
		return this.mongo
			.find(Query.query(Criteria.where("campaignId").is(campaignId).and("kind").is("link")), Document.class,
					EVIDENCE)
			.stream()
			.collect(Collectors.groupingBy((doc) -> doc.getString("occurrenceId"),
					Collectors.mapping((doc) -> doc.getString("value"), Collectors.toList())));
	}

}
