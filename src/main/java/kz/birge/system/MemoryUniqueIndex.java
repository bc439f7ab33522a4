package kz.birge.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;

/**
 * A unique index of the embedded server ({@code _id} and the unique ones Birge declares),
 * kept in memory. mongo-java-server's H2 backend keeps these in an H2 map whose keys it
 * cannot compare but by serialising both with Java serialization, at each step of every
 * look-up: every read by {@code _id} and every insert paid for it. This one is a hash
 * map, built from the collection's documents when the server opens the collection (as
 * mongo-java-server builds any empty index) and kept up to date by the server on every
 * insert, update and delete; the server checks uniqueness against it as before. The data
 * file keeps only the documents.
 */
final class MemoryUniqueIndex extends AbstractUniqueIndex<Object> {

	private final Map<KeyValue, Object> positions = new ConcurrentHashMap<>();

	MemoryUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
	}

	@Override
	protected Object removeDocument(KeyValue key) {
		return this.positions.remove(key);
	}

	@Override
	protected boolean putKeyPosition(KeyValue key, Object position) {
		return this.positions.putIfAbsent(key, Missing.ofNullable(position)) == null;
	}

	@Override
	protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
		return this.positions.entrySet();
	}

	@Override
	protected Object getPosition(KeyValue key) {
		return this.positions.get(key);
	}

	@Override
	public long getCount() {
		return this.positions.size();
	}

	@Override
	public boolean isEmpty() {
		return this.positions.isEmpty();
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

	@Override
	public void drop() {
		this.positions.clear();
	}

}
