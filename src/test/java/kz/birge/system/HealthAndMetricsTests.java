package kz.birge.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.TestChat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator (or Docker's healthcheck) sees over HTTP on the loopback port: the
 * database, the Bot API and the polling loop in /actuator/health, and the metrics in
 * Prometheus's text format at /actuator/prometheus.
 */
class HealthAndMetricsTests {

	private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T04:00:00Z");

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void resetClock() {
		MutableClock.Config.CLOCK.set(MONDAY_MORNING);
	}

	@Test
	void aRunningBotReportsTheDatabaseTheBotApiAndThePollingUp() throws Exception {
		try (OwnBirge own = OwnBirge.start(Map.of(), MutableClock.Config.class)) {
			answersAMessage(own);

			HttpResponse<String> response = get(own, "/actuator/health");

			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode health = this.json.readTree(response.body());
			assertThat(health.path("status").asText()).isEqualTo("UP");
			assertThat(health.path("components").path("database").path("status").asText()).isEqualTo("UP");
			assertThat(health.path("components").path("telegram").path("status").asText()).isEqualTo("UP");
			assertThat(health.path("components").path("telegram").path("details").path("username").asText())
				.isEqualTo("birge_test_bot");
			assertThat(health.path("components").path("polling").path("status").asText()).isEqualTo("UP");
		}
	}

	@Test
	void theBotApiGoneIsReportedDownOnceTheLastGetMeIsStale() throws Exception {
		try (OwnBirge own = OwnBirge.start(Map.of(), MutableClock.Config.class)) {
			answersAMessage(own);
			assertThat(component(own, "telegram")).isEqualTo("UP");

			own.api().close();
			// a probe every few seconds does not call Telegram every few seconds
			assertThat(component(own, "telegram")).isEqualTo("UP");
			MutableClock.Config.CLOCK.advance(Duration.ofMinutes(1));

			HttpResponse<String> response = get(own, "/actuator/health");
			assertThat(response.statusCode()).isEqualTo(503);
			JsonNode health = this.json.readTree(response.body());
			assertThat(health.path("status").asText()).isEqualTo("DOWN");
			assertThat(health.path("components").path("telegram").path("status").asText()).isEqualTo("DOWN");
			assertThat(response.body()).doesNotContain(own.api().token());
			assertThat(health.path("components").path("database").path("status").asText()).isEqualTo("UP");
		}
	}

	@Test
	void metricsAreServedInPrometheusFormat() throws Exception {
		try (OwnBirge own = OwnBirge.start(Map.of(), MutableClock.Config.class)) {
			answersAMessage(own);

			HttpResponse<String> response = get(own, "/actuator/prometheus");

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
			assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes gauge")
				.contains("mongodb_driver_commands_seconds_count")
				.doesNotContain(own.api().token());
		}
	}

	@Test
	void onlyHealthAndMetricsAreExposed() throws Exception {
		try (OwnBirge own = OwnBirge.start(Map.of(), MutableClock.Config.class)) {
			assertThat(get(own, "/actuator/env").statusCode()).isEqualTo(404);
			assertThat(get(own, "/actuator/beans").statusCode()).isEqualTo(404);
		}
	}

	private static void answersAMessage(OwnBirge own) {
		TestChat someone = own.newChat("Асель", "kk");
		someone.send("/help");
		someone.expect("help.newcomer");
	}

	private String component(OwnBirge own, String name) throws IOException, InterruptedException {
		return this.json.readTree(get(own, "/actuator/health").body())
			.path("components")
			.path(name)
			.path("status")
			.asText();
	}

	private HttpResponse<String> get(OwnBirge own, String path) throws IOException, InterruptedException {
		String port = own.birge().bean(Environment.class).getProperty("local.server.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
