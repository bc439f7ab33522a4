package kz.birge.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipOutputStream;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the database: the MongoDB named by MONGODB_URI, or an embedded
 * MongoDB-compatible server (mongo-java-server on an H2 file) so that one command starts
 * Birge with nothing else installed.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

	/**
	 * Started only when no MONGODB_URI is given; shut down after the MongoDB client is
	 * closed.
	 */
	@Bean(destroyMethod = "shutdown")
	EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
		return properties.embedded() ? EmbeddedDatabase.start(properties.dataDir()) : EmbeddedDatabase.none();
	}

	@Bean
	MongoConnectionDetails mongoConnectionDetails(DatabaseProperties properties, EmbeddedDatabase embedded) {
		ConnectionString connection = embedded.running()
				? new ConnectionString(embedded.uri() + "/" + properties.name())
				: withDatabase(new ConnectionString(properties.uri()), properties.name());
		if (!embedded.running()) {
			log.info("Database: MongoDB at {} (database {})", connection.getHosts(), connection.getDatabase());
		}
		return () -> connection;
	}

	private static ConnectionString withDatabase(ConnectionString given, String name) {
		if (given.getDatabase() != null) {
			return given;
		}
		String uri = given.getConnectionString();
		int query = uri.indexOf('?');
		String base = (query < 0) ? uri : uri.substring(0, query);
		String params = (query < 0) ? "" : uri.substring(query);
		String slash = base.endsWith("/") ? "" : "/";
		return new ConnectionString(base + slash + name + params);
	}

	/** The embedded server, or nothing when a real MongoDB is used. */
	static final class EmbeddedDatabase {

		private final MongoServer server;

		private final H2Backend backend;

		private final String uri;

		private EmbeddedDatabase(MongoServer server, H2Backend backend, String uri) {
			this.server = server;
			this.backend = backend;
			this.uri = uri;
		}

		static EmbeddedDatabase none() {
			return new EmbeddedDatabase(null, null, "");
		}

		static EmbeddedDatabase start(Path dataDir) {
			try {
				Files.createDirectories(dataDir);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), ex);
			}
			Path file = dataDir.resolve("birge.mv").toAbsolutePath();
			H2Backend backend = new IdFirstH2Backend(file.toString());
			MongoServer server = new MongoServer(backend);
			server.bind("127.0.0.1", 0);
			InetSocketAddress address = server.getLocalAddress();
			log.info("Database: embedded MongoDB-compatible server, data in {}", file);
			return new EmbeddedDatabase(server, backend, "mongodb://127.0.0.1:" + address.getPort());
		}

		boolean running() {
			return this.server != null;
		}

		String uri() {
			return this.uri;
		}

		/**
		 * Writes a consistent copy of the data file, while the bot runs, as a zip holding
		 * {@code birge.mv}: what was written so far is committed, and the store's own
		 * backup keeps the chunks being copied from being overwritten until it is done.
		 */
		void backup(OutputStream out) throws IOException {
			if (this.backend == null) {
				throw new IllegalStateException("No embedded database is running");
			}
			this.backend.commit();
			ZipOutputStream zip = new ZipOutputStream(out);
			this.backend.getMvStore().getFileStore().backup(zip);
			zip.finish();
		}

		void shutdown() {
			if (this.server != null) {
				this.server.shutdown();
			}
		}

	}

}
