package kz.birge.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Consistent copies of the embedded store, made while the bot runs: a zip holding the
 * data file {@code birge.mv} in BIRGE_DATA_DIR/backups, named by the moment it was made
 * (UTC). To restore one, stop the bot and unzip it into an empty data folder. On MongoDB
 * there is nothing to copy here: mongodump does it (see the README).
 */
@Service
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	private static final String PREFIX = "birge-";

	private static final String SUFFIX = ".zip";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final DatabaseConfig.EmbeddedDatabase database;

	private final Path folder;

	private final BackupProperties properties;

	private final BirgeProperties birge;

	private final Clock clock;

	Backups(DatabaseConfig.EmbeddedDatabase database, DatabaseProperties databaseProperties,
			BackupProperties properties, BirgeProperties birge, Clock clock) {
		this.database = database;
		this.folder = databaseProperties.dataDir().resolve("backups").toAbsolutePath();
		this.properties = properties;
		this.birge = birge;
		this.clock = clock;
	}

	/** True when the bot runs on the embedded store, whose copies this makes. */
	public boolean available() {
		return this.database.running();
	}

	/**
	 * Makes a copy now, then deletes the oldest beyond {@code birge.backup.keep}.
	 * @return the copy's file
	 * @throws IllegalStateException on MongoDB, where mongodump makes the copies
	 */
	public synchronized Path makeNow() {
		if (!available()) {
			throw new IllegalStateException("Backups are made here for the embedded store only; use mongodump");
		}
		Instant now = this.clock.instant();
		Path target = this.folder.resolve(PREFIX + STAMP.format(now.atOffset(ZoneOffset.UTC)) + SUFFIX);
		try {
			Files.createDirectories(this.folder);
			Path partial = this.folder.resolve(target.getFileName() + ".partial");
			try (OutputStream out = Files.newOutputStream(partial)) {
				this.database.backup(out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the backup " + target, ex);
		}
		log.info("Backup made: {} ({} bytes)", target, target.toFile().length());
		prune();
		return target;
	}

	/** The copies in the backups folder, oldest first. */
	public List<Path> list() {
		if (!Files.isDirectory(this.folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.filter((file) -> madeAt(file).isPresent()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + this.folder, ex);
		}
	}

	/**
	 * Makes the day's copy once the day (in birge.timezone) has reached
	 * {@code birge.backup.hour} and none was made since that hour.
	 */
	@Scheduled(fixedDelayString = "${birge.backup.every:PT10M}", initialDelayString = "${birge.backup.every:PT10M}")
	@SchedulerLock(name = "daily-backup", lockAtMostFor = "PT1H", lockAtLeastFor = "PT0S")
	public void makeDailyCopyIfDue() {
		if (!this.properties.enabled() || !available()) {
			return;
		}
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), this.birge.timezone());
		LocalDate day = (now.getHour() >= this.properties.hour()) ? now.toLocalDate() : now.toLocalDate().minusDays(1);
		Instant due = day.atTime(this.properties.hour(), 0).atZone(this.birge.timezone()).toInstant();
		boolean made = list().stream()
			.map(Backups::madeAt)
			.flatMap(Optional::stream)
			.anyMatch((at) -> !at.isBefore(due));
		if (!made) {
			try {
				makeNow();
			}
			catch (RuntimeException ex) {
				log.error("The daily backup failed", ex);
			}
		}
	}

	private void prune() {
		List<Path> copies = list();
		for (Path old : copies.subList(0, Math.max(0, copies.size() - this.properties.keep()))) {
			try {
				Files.deleteIfExists(old);
				log.info("Old backup deleted: {}", old);
			}
			catch (IOException ex) {
				log.warn("Could not delete the old backup {}: {}", old, ex.getMessage());
			}
		}
	}

	private static Optional<Instant> madeAt(Path file) {
		String name = file.getFileName().toString();
		if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
			return Optional.empty();
		}
		try {
			String stamp = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
			return Optional.of(LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
