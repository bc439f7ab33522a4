package kz.birge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.birge.bot.ChatLeases;
import kz.birge.support.ApiError;
import kz.birge.support.BirgeInstance;
import kz.birge.support.FakeBotApi;
import kz.birge.support.OwnBirge;
import kz.birge.support.People;
import kz.birge.support.TestChat;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long polling with two instances on one database and one fake Bot API: one of them polls
 * (Telegram would answer a second getUpdates with 409), the other stands by, and takes
 * over when the poller stops. The database lives in a third instance of its own, which
 * polls a fake of its own without leases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PollingLeadershipTests {

	private OwnBirge host;

	private FakeBotApi api;

	private BirgeInstance one;

	private BirgeInstance two;

	@BeforeAll
	void start() throws IOException {
		this.host = OwnBirge.start(Map.of());
		String uri = this.host.birge().bean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
		String database = this.host.birge().mongo().getDb().getName();
		this.api = FakeBotApi.start(BirgeInstance.TOKEN);
		Map<String, Object> cluster = new HashMap<>(Map.of("birge.database.uri", uri, "birge.cluster.enabled", "true",
				"birge.cluster.lease-time", "1500ms"));
		this.one = BirgeInstance.start(this.api, Files.createTempDirectory("birge-one"), database, cluster);
		this.two = BirgeInstance.start(this.api, Files.createTempDirectory("birge-two"), database, cluster);
	}

	@AfterAll
	void stop() {
		for (BirgeInstance instance : List.of(this.one, this.two)) {
			try {
				instance.close();
			}
			catch (RuntimeException ex) {
				// closed by the test
			}
		}
		this.api.close();
		this.host.close();
	}

	@Test
	void oneInstancePollsAndTheOtherTakesOverWhenItStops() throws Exception {
		TestChat chat = new TestChat(this.api, this.one.messages(), People.fresh("Poll", "en"));
		for (int i = 0; i < 5; i++) {
			chat.send("/help");
			chat.expect("help.newcomer");
		}
		BirgeInstance leader = poller().equals(this.one.bean(ChatLeases.class).owner()) ? this.one : this.two;
		BirgeInstance standby = (leader == this.one) ? this.two : this.one;
		assertThat(poller()).isEqualTo(leader.bean(ChatLeases.class).owner());
		assertThat(conflicts()).as("getUpdates refused for another one in flight").isEmpty();
		assertThat(health(standby)).contains("\"standby\"");
		assertThat(health(leader)).doesNotContain("standby");

		// the poller stops (and lets its lease go): the one standing by polls
		leader.close();
		chat.send("/help");
		chat.expect("help.newcomer");
		assertThat(poller()).isEqualTo(standby.bean(ChatLeases.class).owner());
		assertThat(health(standby)).doesNotContain("standby");
	}

	/** Who holds the poller's lease. */
	private String poller() {
		Document lease = this.host.birge()
			.mongo()
			.getCollection("leases")
			.find(new Document("_id", "telegram-poller"))
			.first();
		assertThat(lease).isNotNull();
		return lease.getString("owner");
	}

	private List<ApiError> conflicts() {
		return this.api.errors().stream().filter((error) -> error.errorCode() == 409).toList();
	}

	private static String health(BirgeInstance instance) throws Exception {
		String port = instance.bean(Environment.class).getProperty("local.server.port");
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/polling"))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

}
