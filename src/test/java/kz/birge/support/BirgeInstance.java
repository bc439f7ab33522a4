package kz.birge.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.birge.BirgeApplication;
import kz.birge.i18n.Messages;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The real Birge application, started in the test JVM against a {@link FakeBotApi}. It
 * runs on the embedded database in {@code dataDir}, or on the MongoDB of MONGODB_URI when
 * that is set, in a database of its own.
 */
public final class BirgeInstance implements AutoCloseable {

	/** A Telegram user id that BIRGE_ADMIN_IDS makes a coordinator. */
	public static final long ADMIN_ID = 900_000_001L;

	/** The bot token the tests use. */
	public static final String TOKEN = "7000000001:TEST-birge-token";

	private final ConfigurableApplicationContext context;

	private BirgeInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts Birge. {@code database} names the MongoDB database (used on a real MongoDB;
	 * the embedded server keeps one file per data folder). Extra configuration classes
	 * add beans, such as a handler that fails on purpose.
	 */
	public static BirgeInstance start(FakeBotApi api, Path dataDir, String database, Map<String, Object> properties,
			Class<?>... extraConfiguration) {
		List<Class<?>> sources = new ArrayList<>(List.of(BirgeApplication.class));
		sources.addAll(List.of(extraConfiguration));
		Map<String, Object> all = new HashMap<>(
				Map.of("telegram.token", BirgeInstance.TOKEN, "telegram.api-url", api.url(), "birge.database.data-dir",
						dataDir.toString(), "spring.mongodb.database", database, "birge.admin-ids",
						String.valueOf(ADMIN_ID), "telegram.workers", "8", "birge.demo", "false", "server.port", "0"));
		// tests drive the bot faster than any person: the flood limit is set high here,
		// and tests of flooding set their own
		all.putAll(Map.of("birge.limits.burst", "100000", "birge.limits.chat-queue", "10000", "birge.messages.strict",
				"true"));
		all.putAll(properties);
		// as command-line arguments, so they win over application.properties and the
		// environment
		String[] args = all.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
			.run(args);
		return new BirgeInstance(context);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** The application's context, for what a bean lookup does not reach. */
	public ApplicationContext context() {
		return this.context;
	}

	public MongoTemplate mongo() {
		return bean(MongoTemplate.class);
	}

	public Messages messages() {
		return bean(Messages.class);
	}

	/** True when the tests run on a real MongoDB (MONGODB_URI set). */
	public static boolean realMongo() {
		String uri = System.getenv("MONGODB_URI");
		return uri != null && !uri.isBlank();
	}

	/**
	 * Drops the database: for a real MongoDB, where a test run must leave nothing behind.
	 */
	public void dropDatabase() {
		mongo().getDb().drop();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
