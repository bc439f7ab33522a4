package kz.birge.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;

/**
 * The database indexes behind every query the bot makes, created at start, before the bot
 * polls. A collection of an entity class declares its indexes on the class
 * ({@code @CompoundIndex}); the collections the modules reach through the driver are
 * listed in {@link #DRIVER_COLLECTIONS}. Creating an index that exists is a no-op; the
 * embedded server accepts the non-unique ones and ignores them, which is fine for its
 * size. {@code IndexCoverageTests} fails when a query has no index behind it.
 */
@Component
public class DatabaseIndexes implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DatabaseIndexes.class);

	/**
	 * Indexes of the collections without an entity class, by collection: each index is
	 * its keys, in order, ascending.
	 */
	static final Map<String, List<List<String>>> DRIVER_COLLECTIONS = driverCollections();

	private final MongoTemplate mongo;

	private final MongoMappingContext mapping;

	DatabaseIndexes(MongoTemplate mongo, MongoMappingContext mapping) {
		this.mongo = mongo;
		this.mapping = mapping;
	}

	private static Map<String, List<List<String>>> driverCollections() {
		Map<String, List<List<String>>> indexes = new LinkedHashMap<>();
		// bot: old update ids are forgotten by age
		indexes.put("processed_updates", List.of(List.of("at")));
		// events: a fraction's members, a person's fractions
		indexes.put("fraction_members", List.of(List.of("fractionId"), List.of("userId")));
		// attendance: an occurrence's check-in code
		indexes.put("checkin_codes", List.of(List.of("occurrenceId")));
		// indicators: a campaign's kept counters, recorded values and evidence
		indexes.put("counters", List.of(List.of("campaignId")));
		indexes.put("indicator_values", List.of(List.of("occurrenceId"), List.of("campaignId")));
		indexes.put("evidence", List.of(List.of("campaignId", "kind", "at"), List.of("occurrenceId")));
		// planimport: previews not imported are forgotten by age
		indexes.put("pending_imports", List.of(List.of("at"), List.of("userId")));
		// outbound: the next message due, a lease run out, a person's queued messages; a
		// broadcast waiting its turn
		indexes.put("outbound",
				List.of(List.of("state", "readyAt"), List.of("state", "leaseUntil"), List.of("userId")));
		indexes.put("outbound_tags", List.of(List.of("touchedAt")));
		indexes.put("broadcasts", List.of(List.of("state")));
		// system: a scheduled job's lock is found by its name, the _id
		indexes.put(SchedulerLockConfig.COLLECTION, List.of());
		return Map.copyOf(indexes);
	}

	@Override
	public void afterSingletonsInstantiated() {
		int created = 0;
		for (Declared index : declared()) {
			try {
				this.mongo.indexOps(index.collection()).createIndex(index.definition());
				created++;
			}
			catch (RuntimeException ex) {
				// a missing index makes queries slower, not wrong: the bot starts all the
				// same
				log.error("Could not create the index {} {} ({})", index.collection(), index.keys(), ex.getMessage());
			}
		}
		log.info("Database indexes in place: {}", created);
	}

	/** Every index the bot declares, with its collection and keys in order. */
	public List<Declared> declared() {
		List<Declared> all = new ArrayList<>();
		MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(this.mapping);
		for (MongoPersistentEntity<?> entity : this.mapping.getPersistentEntities()) {
			if (!entity.isAnnotationPresent(Document.class)) {
				continue;
			}
			for (MongoPersistentEntityIndexResolver.IndexDefinitionHolder holder : resolver
				.resolveIndexForEntity(entity)) {
				all.add(new Declared(holder.getCollection(), List.copyOf(holder.getIndexKeys().keySet()), holder));
			}
		}
		DRIVER_COLLECTIONS.forEach((collection, indexes) -> indexes.forEach((keys) -> {
			Index index = new Index();
			keys.forEach((key) -> index.on(key, Sort.Direction.ASC));
			all.add(new Declared(collection, keys, index));
		}));
		return all;
	}

	/**
	 * An index the bot declares.
	 *
	 * @param collection its collection
	 * @param keys its keys, in order
	 * @param definition what is sent to create it
	 */
	public record Declared(String collection, List<String> keys, IndexDefinition definition) {

	}

}
