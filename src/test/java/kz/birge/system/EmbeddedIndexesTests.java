package kz.birge.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server's non-unique indexes, kept in memory, find exactly what reading the
 * whole collection finds: after thousands of random inserts, updates, replacements and
 * deletes, and again after the server is restarted on the same file and builds them anew.
 * Each answer through an index is checked against the same question put as a range, which
 * no index answers.
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
		for (int activity = 0; activity < 12; activity++) {
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
