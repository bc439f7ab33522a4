package kz.birge.user;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.support.BirgeInstance;
import kz.birge.support.FakeBotApi;
import kz.birge.support.People;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.support.TgUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BIRGE_ADMIN_IDS is the truth at every start: an id listed is a coordinator of every
 * organisation even when they first registered as a student of one school, whose profile
 * they keep; an id no longer listed is what it was before; a coordinator of no
 * organisation who is not listed is a plain user; and an invite made when there is no
 * organisation asks for one first.
 */
class AdminListTests {

	/** An id in the list that is nobody of these tests. */
	private static final String SOMEONE_ELSE = "1";

	@TempDir
	Path dataDir;

	private final String database = "birge_admins_" + UUID.randomUUID().toString().substring(0, 8);

	private FakeBotApi api;

	private BirgeInstance birge;

	@BeforeEach
	void startApi() {
		this.api = FakeBotApi.start(BirgeInstance.TOKEN);
	}

	@AfterEach
	void stopAll() {
		if (this.birge != null) {
			if (BirgeInstance.realMongo()) {
				this.birge.dropDatabase();
			}
			this.birge.close();
		}
		this.api.close();
	}

	@Test
	void aStudentMadeAnAdminManagesEveryOrganisationAndIsAStudentAgainWhenTheListDropsThem() {
		start(SOMEONE_ELSE);
		organisations().save(new Organisation("school-a", "Ақсу мектебі"));
		organisations().save(new Organisation("school-b", "Балқаш мектебі"));
		TgUser aliya = People.fresh("Әлия", "kk");
		chat(aliya).send("/help");
		chat(aliya).expect("help.newcomer");
		this.birge.bean(Users.class).becomeStudent(aliya.id(), new SchoolClass(7, "А"), Optional.of("school-a"));

		start(String.valueOf(aliya.id()));
		TestChat admin = chat(aliya);
		admin.send("/invite");
		admin.tap(admin.expect("invite.ask-role"), admin.t("role.teacher"));
		SentMessage choice = admin.expect("invite.ask-organisation");
		assertThat(choice.callbackButtons()).contains("Ақсу мектебі", "Балқаш мектебі");
		User promoted = user(aliya);
		assertThat(promoted.role()).isEqualTo(Role.COORDINATOR);
		assertThat(promoted.schoolClass()).contains(new SchoolClass(7, "А"));
		assertThat(promoted.organisationId()).isEqualTo("school-a");
		assertThat(this.api.myCommands("chat:" + aliya.id(), null)).containsKeys("invite", "staff");

		start(SOMEONE_ELSE);
		User restored = user(aliya);
		assertThat(restored.role()).isEqualTo(Role.STUDENT);
		assertThat(restored.organisationId()).isEqualTo("school-a");
		TestChat student = chat(aliya);
		student.send("/invite");
		student.expect("access.coordinators-only");
		assertThat(this.api.myCommands("chat:" + aliya.id(), null)).doesNotContainKeys("invite", "staff", "roster");
	}

	@Test
	void aCoordinatorOfNoOrganisationWhoIsNotAnAdminIsAPlainUserAfterAStart() {
		start(SOMEONE_ELSE);
		TgUser marat = People.fresh("Марат", "ru");
		chat(marat).send("/help");
		chat(marat).expect("help.newcomer");
		// as an invite made before any organisation existed left them
		this.birge.bean(Users.class).becomeStaff(marat.id(), Role.COORDINATOR, Optional.empty());
		assertThat(user(marat).role()).isEqualTo(Role.COORDINATOR);

		start(SOMEONE_ELSE);
		assertThat(user(marat).role()).isEqualTo(Role.NEWCOMER);
		TestChat chat = chat(marat);
		chat.send("/activities");
		chat.expect("access.coordinators-only");
	}

	@Test
	void anInviteWhenThereIsNoOrganisationAsksForItsNameFirst() {
		start(String.valueOf(BirgeInstance.ADMIN_ID));
		TestChat admin = new TestChat(this.api, this.birge.messages(),
				new TgUser(BirgeInstance.ADMIN_ID, "Aliya", "Serikova", null, "kk"));
		admin.send("/invite");
		admin.tap(admin.expect("invite.ask-role"), admin.t("role.teacher"));
		admin.expect("staff.ask-first-organisation");
		admin.send("№2");
		admin.expect("staff.bad-organisation-name", NewOrganisationFlow.MIN_NAME, NewOrganisationFlow.MAX_NAME);
		admin.send("Ақсу ЖОББМ");
		admin.expect("staff.organisation-created", "Ақсу ЖОББМ");
		SentMessage link = admin.expectText("?start=inv_");
		assertThat(link.text()).contains("Ақсу ЖОББМ");
		Organisation created = organisations().all().get(0);
		assertThat(created.school()).isTrue();

		TestChat teacher = chat(People.fresh("Гүлнар", "kk"));
		teacher.send("/start " + link.text().replaceAll("(?s).*\\?start=(inv_[A-Za-z0-9_-]+).*", "$1"));
		teacher.expect("invite.accepted", teacher.t("role.teacher"));
		assertThat(this.birge.mongo().findById(teacher.id(), User.class).organisationId()).isEqualTo(created.id());
	}

	// ------------------------------------------------------------------ fixtures

	/** Starts Birge (stopping the one running) on the same data, with this list. */
	private void start(String adminIds) {
		if (this.birge != null) {
			this.birge.close();
		}
		this.birge = BirgeInstance.start(this.api, this.dataDir, this.database, Map.of("birge.admin-ids", adminIds));
	}

	private TestChat chat(TgUser user) {
		return new TestChat(this.api, this.birge.messages(), user);
	}

	private Organisations organisations() {
		return this.birge.bean(Organisations.class);
	}

	private User user(TgUser user) {
		return this.birge.mongo().findById(user.id(), User.class);
	}

}
