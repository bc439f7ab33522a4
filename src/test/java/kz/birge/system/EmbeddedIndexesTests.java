package kz.birge.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded server's indexes, kept in memory, find exactly what reading the whole
 * collection finds: after thousands of random inserts, updates, replacements and deletes,
 * and again after the server is restarted on the same file and builds them anew. Each
 * answer through a non-unique index is checked against the same question put as a range,
 * which no index answers; each through a unique one against a scan of every document. A
 * unique index refuses a second document with its key before and after a restart, and in
 * a data file written by mongo-java-server's own H2 backend, whose unique indexes lived
 * in H2 maps.
 */
class EmbeddedIndexesTests {

	private static final int PEOPLE = 40;

	private static final List<String> STATUSES = List.of("CONFIRMED", "WAITLISTED", "CANCELLED");

	@TempDir
	Path dataDir;

	@Test
	void answersThroughAnIndexAreThoseOfTheWholeCollectionBeforeAndAfterARestart() {
		Random random = new Random(14);
		DatabaseConfig.EmbeddedDatabase database = DatabaseConfig.EmbeddedDatabase.start(this.dataDir);
		try (MongoClient client = MongoClients.create(database.uri())) {
			MongoCollection<Document> signUps = client.getDatabase("birge").getCollection("sign_ups");
			signUps.createIndex(Indexes.ascending("userId"));
			signUps.createIndex(Indexes.ascending("activityId", "status"));
			signUps.createIndex(Indexes.ascending("status", "userId", "seen"));
			for (int i = 0; i < 3000; i++) {
				change(signUps, random, i);
			}
			checkEveryAnswer(signUps);
		}
		finally {
			database.shutdown();
		}
		DatabaseConfig.EmbeddedDatabase reopened = DatabaseConfig.EmbeddedDatabase.start(this.dataDir);
		try (MongoClient client = MongoClients.create(reopened.uri())) {
			MongoCollection<Document> signUps = client.getDatabase("birge").getCollection("sign_ups");
			checkEveryAnswer(signUps);
			for (int i = 3000; i < 4000; i++) {
				change(signUps, random, i);
			}
			checkEveryAnswer(signUps);
		}
		finally {
			reopened.shutdown();
		}
	}

	@Test
	void uniqueIndexesFindEachDocumentAndRefuseASecondWithItsKeyBeforeAndAfterARestart() {
		Random random = new Random(7);
		List<ObjectId> ids = new ArrayList<>();
		DatabaseConfig.EmbeddedDatabase database = DatabaseConfig.EmbeddedDatabase.start(this.dataDir);
		try (MongoClient client = MongoClients.create(database.uri())) {
			MongoCollection<Document> people = client.getDatabase("birge").getCollection("people");
			people.createIndex(Indexes.ascending("telegramId"), new IndexOptions().unique(true));
			for (int i = 0; i < 2000; i++) {
				changePerson(people, random, ids);
			}
			checkUnique(people);
		}
		finally {
			database.shutdown();
		}
		DatabaseConfig.EmbeddedDatabase reopened = DatabaseConfig.EmbeddedDatabase.start(this.dataDir);
		try (MongoClient client = MongoClients.create(reopened.uri())) {
			MongoCollection<Document> people = client.getDatabase("birge").getCollection("people");
			checkUnique(people);
			for (int i = 0; i < 1000; i++) {
				changePerson(people, random, ids);
			}
			checkUnique(people);
		}
		finally {
			reopened.shutdown();
		}
	}

	@Test
	void aDataFileWhoseUniqueIndexesLivedInH2MapsOpensWithThemBuiltInMemory() {
		Path file = this.dataDir.resolve("birge.mv");
		MongoServer plain = new MongoServer(new H2Backend(file.toString()));
		plain.bind("127.0.0.1", 0);
		String uri = "mongodb://127.0.0.1:" + plain.getLocalAddress().getPort();
		try (MongoClient client = MongoClients.create(uri)) {
			MongoCollection<Document> people = client.getDatabase("birge").getCollection("people");
			people.createIndex(Indexes.ascending("telegramId"), new IndexOptions().unique(true));
			for (long person = 0; person < 50; person++) {
				people.insertOne(new Document("telegramId", person).append("name", "p" + person));
			}
		}
		finally {
			plain.shutdownNow();
		}
		assertThat(h2Maps(file)).contains("birge.people._index__id_", "birge.people._index_telegramId_1");

		DatabaseConfig.EmbeddedDatabase database = DatabaseConfig.EmbeddedDatabase.start(this.dataDir);
		try (MongoClient client = MongoClients.create(database.uri())) {
			MongoCollection<Document> people = client.getDatabase("birge").getCollection("people");
			checkUnique(people);
			assertThat(people.find(Filters.eq("telegramId", 7L)).first()).extracting((person) -> person.get("name"))
				.isEqualTo("p7");
			people.deleteOne(Filters.eq("telegramId", 8L));
		}
		finally {
			database.shutdown();
		}
		assertThat(h2Maps(file)).doesNotContain("birge.people._index__id_", "birge.people._index_telegramId_1");
		// the file still opens with mongo-java-server's own backend, which rebuilds the
		// indexes it finds empty
		MongoServer again = new MongoServer(new H2Backend(file.toString()));
		again.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + again.getLocalAddress().getPort())) {
			MongoCollection<Document> people = client.getDatabase("birge").getCollection("people");
			assertThat(people.countDocuments()).isEqualTo(49);
			assertThat(people.find(Filters.eq("telegramId", 8L)).first()).isNull();
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> people.insertOne(new Document("telegramId", 9L)));
		}
		finally {
			again.shutdownNow();
		}
	}

	private static Set<String> h2Maps(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
		try {
			return store.getMapNames();
		}
		finally {
			store.close();
		}
	}

	private static void changePerson(MongoCollection<Document> people, Random random, List<ObjectId> ids) {
		long telegramId = random.nextInt(400);
		switch (random.nextInt(5)) {
			case 0, 1 -> {
				ObjectId id = new ObjectId();
				try {
					people.insertOne(new Document("_id", id).append("telegramId", telegramId));
					ids.add(id);
				}
				catch (MongoWriteException ex) {
					assertThat(ex.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
					assertThat(people.countDocuments(Filters.eq("telegramId", telegramId))).isEqualTo(1);
				}
			}
			case 2 -> {
				if (!ids.isEmpty()) {
					ObjectId id = ids.get(random.nextInt(ids.size()));
					try {
						people.updateOne(Filters.eq("_id", id), Updates.set("telegramId", telegramId));
					}
					catch (MongoWriteException ex) {
						assertThat(ex.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
					}
				}
			}
			case 3 -> people.updateOne(Filters.eq("telegramId", telegramId), Updates.inc("visits", 1));
			default -> {
				if (!ids.isEmpty()) {
					people.deleteOne(Filters.eq("_id", ids.remove(random.nextInt(ids.size()))));
				}
			}
		}
	}

	/**
	 * Every document is found by its _id and by its key through the unique indexes, no
	 * key is held twice, and a second document with a key held is refused.
	 */
	private static void checkUnique(MongoCollection<Document> people) {
		List<Document> all = people.find().into(new ArrayList<>());
		assertThat(all).hasSizeGreaterThan(40);
		Set<Long> keys = new TreeSet<>();
		for (Document person : all) {
			assertThat(people.find(Filters.eq("_id", person.get("_id"))).first()).isEqualTo(person);
			assertThat(people.find(Filters.eq("telegramId", person.get("telegramId"))).first()).isEqualTo(person);
			assertThat(keys.add(person.getLong("telegramId"))).isTrue();
		}
		for (long key = 0; key < 400; key++) {
			if (!keys.contains(key)) {
				assertThat(people.find(Filters.eq("telegramId", key)).first()).isNull();
			}
		}
		Long held = keys.iterator().next();
		assertThatExceptionOfType(MongoWriteException.class)
			.isThrownBy(() -> people.insertOne(new Document("telegramId", held)))
			.satisfies((ex) -> assertThat(ex.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
		assertThatExceptionOfType(MongoWriteException.class).isThrownBy(() -> people.insertOne(all.get(0)))
			.satisfies((ex) -> assertThat(ex.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
	}

	private static void change(MongoCollection<Document> signUps, Random random, int step) {
		String id = "o" + random.nextInt(300) + ":" + random.nextInt(PEOPLE);
		switch (random.nextInt(6)) {
			case 0, 1 ->
				signUps.replaceOne(Filters.eq("_id", id), signUp(id, random), new ReplaceOptions().upsert(true));
			case 2 -> signUps.updateOne(Filters.eq("_id", id), Updates.set("status", status(random)));
			case 3 -> signUps.updateOne(Filters.and(Filters.eq("_id", id), Filters.ne("status", "CANCELLED")),
					Updates.set("userId", (long) random.nextInt(PEOPLE)));
			case 4 ->
				signUps.updateMany(Filters.eq("userId", (long) random.nextInt(PEOPLE)), Updates.set("seen", step));
			default -> signUps.deleteOne(Filters.eq("_id", id));
		}
	}

	private static Document signUp(String id, Random random) {
		return new Document("_id", id).append("userId", (long) random.nextInt(PEOPLE))
			.append("activityId", "a" + random.nextInt(12))
			.append("status", status(random))
			.append("tags", List.of("t" + random.nextInt(3), "t" + random.nextInt(3)));
	}

	private static String status(Random random) {
		return STATUSES.get(random.nextInt(STATUSES.size()));
	}

	private static void checkEveryAnswer(MongoCollection<Document> signUps) {
		assertThat(signUps.countDocuments()).isGreaterThan(100);
		for (long user = 0; user < PEOPLE; user++) {
			assertSame(signUps, Filters.eq("userId", user),
					Filters.and(Filters.gte("userId", user), Filters.lte("userId", user)));
			assertSame(signUps, Filters.and(Filters.eq("userId", user), Filters.ne("status", "CANCELLED")), Filters
				.and(Filters.gte("userId", user), Filters.lte("userId", user), Filters.ne("status", "CANCELLED")));
		}
		assertSame(signUps, Filters.in("userId", 1L, 2L, 3L),
				Filters.and(Filters.gte("userId", 1L), Filters.lte("userId", 3L)));
		// two fields of (status, userId, seen) with $in, and a range on the third
		for (long user = 0; user < PEOPLE; user += 7) {
			assertSame(signUps,
					Filters.and(Filters.in("status", "CONFIRMED", "WAITLISTED"), Filters.eq("userId", user),
							Filters.gt("seen", 1500)),
					Filters.and(Filters.ne("status", "CANCELLED"), Filters.gte("userId", user),
							Filters.lte("userId", user), Filters.gt("seen", 1500)));
		}
		for (int activity = 0; activity < 12; activity++) {
			// the first field of (activityId, status) alone, and with a range after it
			assertSame(signUps, Filters.eq("activityId", "a" + activity),
					Filters.regex("activityId", "^a" + activity + "$"));
			assertSame(signUps,
					Filters.and(Filters.eq("activityId", "a" + activity), Filters.ne("status", "CANCELLED")),
					Filters.and(Filters.regex("activityId", "^a" + activity + "$"), Filters.ne("status", "CANCELLED")));
			for (String status : STATUSES) {
				assertSame(signUps, Filters.and(Filters.eq("activityId", "a" + activity), Filters.eq("status", status)),
						Filters.and(Filters.regex("activityId", "^a" + activity + "$"), Filters.eq("status", status)));
			}
		}
		List<Document> firstThree = signUps.find(Filters.eq("userId", 5L))
			.sort(Sorts.ascending("_id"))
			.limit(3)
			.into(new ArrayList<>());
		List<Document> firstThreeByScan = signUps
			.find(Filters.and(Filters.gte("userId", 5L), Filters.lte("userId", 5L)))
			.sort(Sorts.ascending("_id"))
			.limit(3)
			.into(new ArrayList<>());
		assertThat(firstThree).isEqualTo(firstThreeByScan);
	}

	private static void assertSame(MongoCollection<Document> signUps, Bson indexed, Bson scanned) {
		assertThat(ids(signUps, indexed)).as("%s", indexed).isEqualTo(ids(signUps, scanned));
	}

	private static Set<String> ids(MongoCollection<Document> signUps, Bson filter) {
		Set<String> ids = new TreeSet<>();
		signUps.find(filter).forEach((document) -> ids.add(document.getString("_id")));
		return ids;
	}

}
