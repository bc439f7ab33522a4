package kz.birge.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index of the embedded server, kept in memory: mongo-java-server keeps only
 * unique indexes and reads the whole collection for any other query. This one is built
 * from the collection's documents when the server opens it and kept up to date by the
 * server on every insert, update and delete.
 * <p>
 * Like MongoDB's, it answers a query that names a prefix of its fields with plain values
 * ({@code $eq} and {@code $in} too), whatever else the query asks: {@code {userId, status
 * $in, end > now}} is looked up by user and status on the index {@code (userId,
 * status, end)}. It gives the documents that may match, and the server checks the whole
 * query on each of them. So it may give more than match (a multi-key array, a number
 * written as another type) but never fewer. Each prefix has a map of its own.
 */
final class MemoryIndex extends Index<Object> {

	/** The most combinations of {@code $in} values looked up at once. */
	private static final int MOST_COMBINATIONS = 1_000;

	private final String idField;

	/** Positions by the values of the first 1, 2... fields: one map per prefix. */
	private final List<Map<KeyValue, Set<Object>>> byPrefix = new ArrayList<>();

	private long entries;

	MemoryIndex(String name, List<IndexKey> keys, boolean sparse, String idField) {
		super(name, keys, sparse);
		this.idField = idField;
		for (int i = 0; i < keys.size(); i++) {
			this.byPrefix.add(new HashMap<>());
		}
	}

	@Override
	public Object getPosition(Document document) {
		// the unique indexes say where a document is; this one does not know better
		return null;
	}

	@Override
	public void checkAdd(Document document, MongoCollection<Object> collection) {
		// not unique: nothing can clash
	}

	@Override
	public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
		List<Set<KeyValue>> prefixes = prefixesOf(document);
		for (int level = 0; level < prefixes.size(); level++) {
			for (KeyValue key : prefixes.get(level)) {
				put(level, key, position);
			}
		}
	}

	@Override
	public synchronized Object remove(Document document) {
		Object position = positionOf(document);
		List<Set<KeyValue>> prefixes = prefixesOf(document);
		for (int level = 0; level < prefixes.size(); level++) {
			for (KeyValue key : prefixes.get(level)) {
				drop(level, key, position);
			}
		}
		return position;
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
		// not unique: nothing can clash
	}

	@Override
	public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
			MongoCollection<Object> collection) {
		List<Set<KeyValue>> before = prefixesOf(oldDocument);
		List<Set<KeyValue>> after = prefixesOf(newDocument);
		for (int level = 0; level < before.size(); level++) {
			Set<KeyValue> was = before.get(level);
			Set<KeyValue> is = after.get(level);
			if (was.equals(is)) {
				continue;
			}
			for (KeyValue key : was) {
				if (!is.contains(key)) {
					drop(level, key, position);
				}
			}
			for (KeyValue key : is) {
				put(level, key, position);
			}
		}
	}

	@Override
	public boolean canHandle(Document query) {
		return wanted(query).isPresent();
	}

	/**
	 * How many of this index's first fields the query names with plain values: 0 when it
	 * cannot answer it.
	 */
	int matched(Document query) {
		return wanted(query).map(Wanted::level).orElse(-1) + 1;
	}

	@Override
	public synchronized Iterable<Object> getPositions(Document query) {
		Wanted wanted = wanted(query).orElseThrow();
		Map<KeyValue, Set<Object>> positions = this.byPrefix.get(wanted.level());
		Set<Object> found = new LinkedHashSet<>();
		for (KeyValue key : wanted.keys()) {
			Set<Object> at = positions.get(key);
			if (at != null) {
				found.addAll(at);
			}
		}
		return new ArrayList<>(found);
	}

	@Override
	public synchronized long getCount() {
		return this.entries;
	}

	@Override
	public long getDataSize() {
		return 0;
	}

	@Override
	public synchronized void drop() {
		this.byPrefix.forEach(Map::clear);
		this.entries = 0;
	}

	/** The keys of one prefix a query asks for. */
	private record Wanted(int level, Collection<KeyValue> keys) {
	}

	/**
	 * The keys a query asks for on the longest prefix of this index's fields it names
	 * with plain values ({@code $eq}, {@code $in}); empty when it names not even the
	 * first.
	 */
	private Optional<Wanted> wanted(Document query) {
		List<String> fields = keys();
		List<List<Object>> values = new ArrayList<>();
		long combinations = 1;
		for (String field : fields) {
			if (field.contains(".") || !query.containsKey(field)) {
				break;
			}
			Optional<List<Object>> accepted = plainValues(query.get(field));
			if (accepted.isEmpty() || combinations * accepted.get().size() > MOST_COMBINATIONS) {
				break;
			}
			combinations *= accepted.get().size();
			values.add(accepted.get());
		}
		if (values.isEmpty()) {
			return Optional.empty();
		}
		// every combination of the values asked for, as the keys the prefix's map holds
		List<List<Object>> combined = new ArrayList<>(List.of(List.of()));
		for (List<Object> accepted : values) {
			List<List<Object>> next = new ArrayList<>();
			for (List<Object> start : combined) {
				for (Object value : accepted) {
					List<Object> longer = new ArrayList<>(start);
					longer.add(value);
					next.add(longer);
				}
			}
			combined = next;
		}
		int level = values.size() - 1;
		Set<KeyValue> keys = new LinkedHashSet<>();
		combined.forEach((one) -> keys.add(new KeyValue(one).normalized()));
		return Optional.of(new Wanted(level, keys));
	}

	/** The values a condition on one field accepts: a plain value, $eq or $in. */
	private static Optional<List<Object>> plainValues(Object condition) {
		if (condition instanceof Document operators && operators.size() == 1 && operators.containsKey("$in")
				&& operators.get("$in") instanceof Collection<?> in) {
			List<Object> values = new ArrayList<>();
			for (Object one : in) {
				Optional<Object> plain = plainValue(one);
				if (plain.isEmpty()) {
					return Optional.empty();
				}
				values.add(plain.get());
			}
			return values.isEmpty() ? Optional.empty() : Optional.of(values);
		}
		return plainValue(condition).map(List::of);
	}

	/**
	 * A value compared for equality: not null, not a sub-document or operator, not a
	 * pattern.
	 */
	private static Optional<Object> plainValue(Object condition) {
		Object value = condition;
		if (value instanceof Document operators && operators.size() == 1 && operators.containsKey("$eq")) {
			value = operators.get("$eq");
		}
		if (value == null || value instanceof Document || value instanceof Collection<?> || value instanceof Missing
				|| value instanceof Pattern || BsonRegularExpression.isRegularExpression(value)) {
			return Optional.empty();
		}
		return Optional.of(value);
	}

	/** A document's keys, cut to each prefix length: the first set holds the shortest. */
	private List<Set<KeyValue>> prefixesOf(Document document) {
		int levels = keys().size();
		List<Set<KeyValue>> prefixes = new ArrayList<>();
		for (int i = 0; i < levels; i++) {
			prefixes.add(new LinkedHashSet<>());
		}
		for (KeyValue key : getKeyValues(document)) {
			KeyValue full = key.normalized();
			List<Object> parts = full.stream().toList();
			for (int level = 0; level < levels; level++) {
				prefixes.get(level).add(new KeyValue(parts.subList(0, level + 1)));
			}
		}
		return prefixes;
	}

	private Object positionOf(Document document) {
		return Missing.ofNullable(Utils.getSubdocumentValue(document, this.idField));
	}

	private void put(int level, KeyValue key, Object position) {
		if (this.byPrefix.get(level).computeIfAbsent(key, (any) -> new LinkedHashSet<>()).add(position)
				&& level == this.byPrefix.size() - 1) {
			this.entries++;
		}
	}

	private void drop(int level, KeyValue key, Object position) {
		Map<KeyValue, Set<Object>> positions = this.byPrefix.get(level);
		Set<Object> at = positions.get(key);
		if (at != null && at.remove(position)) {
			if (level == this.byPrefix.size() - 1) {
				this.entries--;
			}
			if (at.isEmpty()) {
				positions.remove(key);
			}
		}
	}

}
