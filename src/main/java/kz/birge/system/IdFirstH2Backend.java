package kz.birge.system;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 backend, with one change to how a query finds its documents:
 * mongo-java-server uses an index only when the query names exactly the index's fields,
 * so a query by {@code _id} with any other condition ({@code _id} and a state, as every
 * conditional update, lease and claim is) read and deserialised the whole collection.
 * Here such a query takes the one document its {@code _id} names and checks the rest of
 * the query on it, which gives the same result. And the non-unique indexes Birge
 * declares, which mongo-java-server ignores, are kept in memory ({@link MemoryIndex}), so
 * that a person's sign-ups or an activity's attendance are found without reading every
 * document of the collection. The unique indexes ({@code _id} among them) are kept in
 * memory too ({@link MemoryUniqueIndex}): H2 compared their keys by serialising them. The
 * data file holds the documents; every index is built from them when the server opens a
 * collection.
 */
final class IdFirstH2Backend extends H2Backend {

	/**
	 * The fill rate, in percent, under which the store's background writer rewrites a
	 * chunk of the file to reclaim the space of what was overwritten. H2's default, 90,
	 * rewrites about nine bytes still in use for each byte reclaimed; Birge overwrites
	 * small documents all day (seat counts, sign-ups, update ids), and the rewriting,
	 * which reads and deserialises each page again, took a tenth of the CPU under load.
	 * At 50 a byte is rewritten for each reclaimed, and the file is at most about twice
	 * its data.
	 */
	static final int COMPACT_BELOW_PERCENT = 50;

	IdFirstH2Backend(String fileName) {
		super(new MVStore.Builder().fileName(fileName).autoCompactFillRate(COMPACT_BELOW_PERCENT).open());
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getMvStore(), getCursorRegistry());
	}

	// not static: the super class opens the indexes from its constructor, and the
	// store is read from the backend then
	private final class Database extends H2Database {

		Database(String name, MVStore store, CursorRegistry cursors) {
			super(name, store, cursors);
		}

		/**
		 * A unique index ({@code _id} among them): kept in memory, built when the
		 * collection opens, instead of in an H2 map that serialises its keys to compare
		 * them.
		 */
		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			// the H2 map an earlier Birge kept this index in goes: it would no longer be
			// kept up to date, and an empty index is rebuilt from the documents by any
			// version that opens the file
			String oldMap = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
			MVStore store = getMvStore();
			if (store.hasMap(oldMap)) {
				store.removeMap(oldMap);
			}
			return new MemoryUniqueIndex(indexName, keys, sparse);
		}

		/**
		 * A non-unique index, which mongo-java-server would ignore: kept in memory, built
		 * when the collection opens.
		 */
		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			return new MemoryIndex(indexName, keys, sparse, "_id");
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			H2Collection plain = (H2Collection) super.openOrCreateCollection(collectionName, options);
			// the maps as the super class names and opens them
			return new Collection(this, collectionName, options, field(H2Collection.class, plain, "dataMap"),
					field(H2Collection.class, plain, "metaMap"),
					field(AbstractMongoCollection.class, plain, "cursorRegistry"));
		}

		@SuppressWarnings("unchecked")
		private static <T> T field(Class<?> owner, H2Collection collection, String name) {
			try {
				Field field = owner.getDeclaredField(name);
				field.setAccessible(true);
				return (T) field.get(collection);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("mongo-java-server's H2Collection has no field " + name, ex);
			}
		}

	}

	/**
	 * A query whose top-level {@code $and} joins conditions on distinct fields, as one
	 * document of them; the query itself when there is nothing to join. Only for choosing
	 * an index: the server checks the query as written on every document found.
	 */
	static Document flattened(Document query) {
		if (!(query.get("$and") instanceof List<?> conditions)) {
			return query;
		}
		Document flat = new Document();
		for (Map.Entry<String, Object> entry : query.entrySet()) {
			if (!entry.getKey().equals("$and")) {
				flat.put(entry.getKey(), entry.getValue());
			}
		}
		for (Object condition : conditions) {
			if (!(condition instanceof Document one)) {
				return query;
			}
			for (Map.Entry<String, Object> entry : one.entrySet()) {
				if (entry.getKey().startsWith("$") || flat.containsKey(entry.getKey())) {
					return query;
				}
				flat.put(entry.getKey(), entry.getValue());
			}
		}
		return flat;
	}

	private static final class Collection extends H2Collection {

		Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
				MVMap<String, Object> meta, CursorRegistry cursors) {
			super(database, name, options, data, meta, cursors);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			Object id = query.get("_id");
			if (query.size() > 1 && id != null && !(id instanceof Document) && !(id instanceof List)
					&& !BsonRegularExpression.isRegularExpression(id)) {
				for (Index<Object> index : getIndexes()) {
					List<IndexKey> keys = index.getKeys();
					if (keys.size() == 1 && keys.get(0).getKey().equals("_id")) {
						Iterable<Object> positions = index.getPositions(new Document("_id", id));
						return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
					}
				}
			}
			// the index that names the most of the query's fields, when any can answer
			// it;
			// conditions joined by a top-level $and are read as one query to choose it
			Document flat = flattened(query);
			Index<Object> best = null;
			int bestMatched = 0;
			for (Index<Object> index : getIndexes()) {
				int matched = (index instanceof MemoryIndex memory) ? memory.matched(flat)
						: index.canHandle(flat) ? index.getKeys().size() : 0;
				if (matched > bestMatched) {
					best = index;
					bestMatched = matched;
				}
			}
			if (best != null) {
				return matchDocuments(query, best.getPositions(flat), orderBy, numberToSkip, limit, batchSize,
						fieldSelector);
			}
			return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

	}

}
