package kz.birge.system;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The "database" health component: the store answers a ping. Boot's own MongoDB indicator
 * asks {@code hello}, which the embedded server does not know, so this one, which works
 * on both stores, stands in its place.
 */
@Component("databaseHealthIndicator")
class DatabaseHealth extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	private final DatabaseProperties properties;

	DatabaseHealth(MongoTemplate mongo, DatabaseProperties properties) {
		super("The database did not answer a ping");
		this.mongo = mongo;
		this.properties = properties;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.mongo.executeCommand(new Document("ping", 1));
		builder.up()
			.withDetail("store", this.properties.embedded() ? "embedded" : "mongodb")
			.withDetail("database", this.mongo.getDb().getName());
	}

}
