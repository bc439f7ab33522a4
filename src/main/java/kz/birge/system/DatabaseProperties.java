package kz.birge.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Birge keeps its data: a MongoDB given by {@code uri}, or, when it is blank, an
 * embedded MongoDB-compatible server persisted under {@code dataDir}.
 *
 * @param uri MongoDB connection string (MONGODB_URI), blank for the embedded server
 * @param dataDir folder of the embedded server's data file (BIRGE_DATA_DIR)
 * @param name database used when the connection string names none
 */
@ConfigurationProperties("birge.database")
public record DatabaseProperties(String uri, @DefaultValue("./data") Path dataDir, @DefaultValue("birge") String name) {

	boolean embedded() {
		return this.uri == null || this.uri.isBlank();
	}

}
