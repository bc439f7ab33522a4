package kz.birge.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Campaigns;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.support.BirgeInstance;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.support.Updates;
import kz.birge.support.UploadedFile;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import kz.birge.user.User;
import kz.birge.user.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Backups of the embedded store: an admin's /backup sends a copy that, unzipped into an
 * empty data folder, starts a bot holding the same campaigns and people; the daily copy
 * is made once a day from its hour and only the newest are kept; nobody else gets a copy,
 * and no group.
 */
class BackupAndRestoreTests {

	/** Monday 23 November 2026, 09:00 in Almaty. */
	private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T04:00:00Z");

	private static final String SCHOOL = "school-backup";

	private static final String CAMPAIGN = "Таза аула";

	private final MutableClock clock = MutableClock.Config.CLOCK;

	@BeforeEach
	void embeddedStoreOnly() {
		assumeFalse(BirgeInstance.realMongo(), "on MongoDB, mongodump makes the backups");
		this.clock.set(MONDAY_MORNING);
	}

	@Test
	void anAdminsBackupRestoredIntoAnEmptyDataFolderHoldsTheCampaignsAndThePeople() throws IOException {
		Path restored = Files.createTempDirectory("birge-restored");
		Activity cleanUp;
		long studentId;
		String database;
		try (OwnBirge own = OwnBirge.start(Map.of(), MutableClock.Config.class)) {
			database = own.birge().mongo().getDb().getName();
			cleanUp = schoolWithACleanUp(own);
			studentId = own.member("Айдана", "kk", Role.STUDENT, Optional.of(new SchoolClass(7, "А")), SCHOOL).id();
			TestChat admin = own.admin();

			admin.send("/backup");

			SentMessage backup = admin.expectThat("the backup", (message) -> message.document().isPresent());
			unzip(backup.document().get(), restored);
		}
		assertThat(restored.resolve("birge.mv")).isRegularFile();

		// the same database name, as a real deployment has ("birge"); tests give each bot
		// its own
		try (OwnBirge again = OwnBirge.start(
				Map.of("birge.database.data-dir", restored.toString(), "spring.mongodb.database", database),
				MutableClock.Config.class)) {
			Optional<Campaign> campaign = again.birge().bean(Campaigns.class).find(cleanUp.campaignId());
			assertThat(campaign).map(Campaign::title).contains(CAMPAIGN);
			assertThat(again.birge().bean(Campaigns.class).activities(cleanUp.campaignId())).extracting(Activity::title)
				.containsExactly(cleanUp.title());
			Optional<User> student = again.birge().bean(Users.class).find(studentId);
			assertThat(student).map(User::role).contains(Role.STUDENT);
			assertThat(student).map(User::organisationId).contains(SCHOOL);
			assertThat(student).map(User::grade).contains(7);
		}
	}

	@Test
	void theDailyCopyIsMadeOnceADayFromItsHourAndTheNewestAreKept() {
		try (OwnBirge own = OwnBirge.start(Map.of("birge.backup.hour", "3", "birge.backup.keep", "2"),
				MutableClock.Config.class)) {
			Backups backups = own.birge().bean(Backups.class);
			assertThat(backups.list()).isEmpty();

			backups.makeDailyCopyIfDue();
			backups.makeDailyCopyIfDue();
			assertThat(names(backups)).containsExactly("birge-20261123-040000.zip");

			// Tuesday 02:00 in Almaty: before the hour, Monday's copy stands for the day
			this.clock.set(Instant.parse("2026-11-23T21:00:00Z"));
			backups.makeDailyCopyIfDue();
			assertThat(names(backups)).containsExactly("birge-20261123-040000.zip");

			// Tuesday 03:10 and Wednesday 03:10
			this.clock.set(Instant.parse("2026-11-23T22:10:00Z"));
			backups.makeDailyCopyIfDue();
			this.clock.advance(Duration.ofDays(1));
			backups.makeDailyCopyIfDue();
			assertThat(names(backups)).containsExactly("birge-20261123-221000.zip", "birge-20261124-221000.zip");
		}
	}

	@Test
	void anInvitedCoordinatorGetsNoBackup() {
		try (OwnBirge own = OwnBirge.start(Map.of(), MutableClock.Config.class)) {
			own.birge().bean(Organisations.class).save(new Organisation(SCHOOL, "Көкшетау №2 мектеп-лицей"));
			TestChat coordinator = own.member("Гүлмира", "ru", Role.COORDINATOR, Optional.empty(), SCHOOL);

			coordinator.send("/backup");

			coordinator.expect("backup.admins-only");
			own.api().awaitIdle();
			assertThat(own.api().calls("sendDocument")).isEmpty();
			assertThat(own.birge().bean(Backups.class).list()).isEmpty();
		}
	}

	@Test
	void anAdminsBackupIsNeverSentToAGroup() {
		try (OwnBirge own = OwnBirge.start(Map.of(), MutableClock.Config.class)) {
			TestChat admin = own.admin();
			long group = -4_000_000_123L;

			own.api().enqueue(Updates.groupText(group, admin.user(), "/backup"));

			own.api().awaitIdle();
			assertThat(own.api().calls("sendDocument")).isEmpty();
			assertThat(own.birge().bean(Backups.class).list()).isEmpty();
		}
	}

	private Activity schoolWithACleanUp(OwnBirge own) {
		own.birge().bean(Organisations.class).save(new Organisation(SCHOOL, "Көкшетау №2 мектеп-лицей"));
		Instant start = this.clock.instant().plus(Duration.ofDays(1));
		return own.birge()
			.bean(Activities.class)
			.create(new Activities.NewActivity(SCHOOL, "Мектеп ауласын тазалау", Optional.empty(), start,
					start.plus(Duration.ofHours(3)), false, Optional.of("Мектеп ауласы"),
					new Audience(List.of(new GradeRange(5, 9)), Set.of(Category.STUDENTS)), Optional.empty(),
					CAMPAIGN));
	}

	private static List<String> names(Backups backups) {
		return backups.list().stream().map((file) -> file.getFileName().toString()).toList();
	}

	private static void unzip(UploadedFile file, Path folder) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Files.copy(zip, folder.resolve(Path.of(entry.getName()).getFileName()));
			}
		}
	}

}
