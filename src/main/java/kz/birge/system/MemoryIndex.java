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
 * It answers a query that names all its fields with a plain value ({@code $eq} too), or
 * its one field with {@code $in}, whatever else the query asks: it gives the documents
 * that may match, and the server checks the whole query on each of them. So it may give
 * more than match (a multi-key array, a number written as another type) but never fewer.
 */
final class MemoryIndex extends Index<Object> {

	private final String idField;

	private final Map<KeyValue, Set<Object>> positions = new HashMap<>();

	private long entries;

	MemoryIndex(String name, List<IndexKey> keys, boolean sparse, String idField) {
		super(name, keys, sparse);
		this.idField = idField;
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
		for (KeyValue key : keysOf(document)) {
			if (this.positions.computeIfAbsent(key, (any) -> new LinkedHashSet<>()).add(position)) {
				this.entries++;
			}
		}
	}

	@Override
	public synchronized Object remove(Document document) {
		Object position = positionOf(document);
		for (KeyValue key : keysOf(document)) {
			drop(key, position);
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
		Set<KeyValue> before = keysOf(oldDocument);
		Set<KeyValue> after = keysOf(newDocument);
		if (before.equals(after)) {
			return;
		}
		for (KeyValue key : before) {
			if (!after.contains(key)) {
				drop(key, position);
			}
		}
		for (KeyValue key : after) {
			if (this.positions.computeIfAbsent(key, (any) -> new LinkedHashSet<>()).add(position)) {
				this.entries++;
			}
		}
	}

	@Override
	public boolean canHandle(Document query) {
		return wanted(query).isPresent();
	}

	@Override
	public synchronized Iterable<Object> getPositions(Document query) {
		Collection<KeyValue> wanted = wanted(query).orElseThrow();
		Set<Object> found = new LinkedHashSet<>();
		for (KeyValue key : wanted) {
			Set<Object> at = this.positions.get(key);
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
		this.positions.clear();
		this.entries = 0;
	}

	/**
	 * The keys a query asks for, when it names each of this index's fields with a plain
	 * value (or its one field with {@code $in}); empty when this index cannot answer it.
	 */
	private Optional<Collection<KeyValue>> wanted(Document query) {
		List<String> fields = keys();
		if (fields.stream().anyMatch((field) -> field.contains(".") || !query.containsKey(field))) {
			return Optional.empty();
		}
		if (fields.size() == 1) {
			Object value = query.get(fields.get(0));
			Optional<List<Object>> values = plainValues(value);
			return values.map((list) -> {
				Set<KeyValue> keys = new LinkedHashSet<>();
				list.forEach((one) -> keys.addAll(keysOf(new Document(fields.get(0), one))));
				return keys;
			});
		}
		Document probe = new Document();
		for (String field : fields) {
			Optional<Object> value = plainValue(query.get(field));
			if (value.isEmpty()) {
				return Optional.empty();
			}
			probe.put(field, value.get());
		}
		return Optional.of(keysOf(probe));
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
			return Optional.of(values);
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

	private Set<KeyValue> keysOf(Document document) {
		Set<KeyValue> keys = new LinkedHashSet<>();
		for (KeyValue key : getKeyValues(document)) {
			keys.add(key.normalized());
		}
		return keys;
	}

	private Object positionOf(Document document) {
		return Missing.ofNullable(Utils.getSubdocumentValue(document, this.idField));
	}

	private void drop(KeyValue key, Object position) {
		Set<Object> at = this.positions.get(key);
		if (at != null && at.remove(position)) {
			this.entries--;
			if (at.isEmpty()) {
				this.positions.remove(key);
			}
		}
	}

}
