package kz.birge.user;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import kz.birge.bot.CallbackCodec;
import kz.birge.bot.CallbackData;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.support.ApiCall;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /staff and invites: a coordinator sees their organisation's teachers and coordinators
 * with who invited them and when, removes one (who is told, and loses the staff commands
 * at once), lists and revokes open invites, and hears who used an invite; an admin of
 * BIRGE_ADMIN_IDS is not removable, a last coordinator does not remove themselves, and an
 * invite always names one organisation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffTests {

	/** Monday 23 November 2026, 09:00 in Almaty. */
	private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T04:00:00Z");

	private static final AtomicInteger SCHOOLS = new AtomicInteger();

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	private TestChat admin;

	@BeforeAll
	void start() {
		this.clock.set(MONDAY_MORNING);
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class);
		this.admin = this.own.admin();
		this.admin.send("/help");
		this.admin.expect("help.coordinator");
	}

	@BeforeEach
	void resetClock() {
		this.clock.set(MONDAY_MORNING);
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	// ------------------------------------------------------------------ invites

	@Test
	void theAdminHearsWhoUsedTheirInviteAndStaffShowsWhoInvitedWhomAndWhen() {
		School school = school();
		TestChat coordinator = invited(this.admin, school, Role.COORDINATOR, "Марат", "ru");
		this.admin.expect("staff.invite-used", "Марат", this.admin.t("role.coordinator"), school.name());

		TestChat teacher = invited(coordinator, school, Role.TEACHER, "Гүлнар", "kk");
		coordinator.expect("staff.invite-used", "Гүлнар", coordinator.t("role.teacher"), school.name());

		coordinator.send("/staff");
		SentMessage staff = coordinator.expect("staff.title", school.name(), 2);
		assertThat(staff.text())
			.contains(coordinator.t("staff.line", 1, "Марат", coordinator.t("role.coordinator"),
					coordinator.t("staff.invited-by", "Aliya Serikova", "23 ноября 2026, 09:00")))
			.contains(coordinator.t("staff.line", 2, "Гүлнар", coordinator.t("role.teacher"),
					coordinator.t("staff.invited-by", "Марат", "23 ноября 2026, 09:00")));
		assertThat(user(teacher).organisationId()).isEqualTo(school.id());
	}

	@Test
	void aRemovedTeacherIsToldAndLosesTheStaffCommandsAtOnce() {
		School school = school();
		TestChat coordinator = invited(this.admin, school, Role.COORDINATOR, "Марат", "ru");
		TestChat teacher = invited(coordinator, school, Role.TEACHER, "Гүлнар", "kk");
		assertThat(this.own.api().myCommands("chat:" + teacher.id(), null)).containsKey("roster");

		coordinator.send("/staff");
		SentMessage staff = coordinator.expect("staff.title", school.name(), 2);
		assertThat(staff.callbackButtons()).noneMatch((button) -> button.contains("Марат"));
		coordinator.tap(staff, "Гүлнар");
		SentMessage confirm = coordinator.expect("staff.confirm-remove", "Гүлнар", coordinator.t("role.teacher"),
				school.name());
		assertThat(user(teacher).role()).isEqualTo(Role.TEACHER);
		coordinator.tap(confirm, coordinator.t("staff.yes-remove"));
		coordinator.expect("staff.removed", "Гүлнар");

		teacher.expect("staff.you-were-removed", school.name());
		User removed = user(teacher);
		assertThat(removed.role()).isEqualTo(Role.NEWCOMER);
		assertThat(removed.organisationId()).isEqualTo(school.id());
		teacher.send("/roster");
		teacher.expect("access.staff-only");
		this.own.api().awaitIdle();
		assertThat(this.own.api().myCommands("chat:" + teacher.id(), null)).doesNotContainKey("roster")
			.containsKey("events");
	}

	@Test
	void keepingThePersonChangesNothing() {
		School school = school();
		TestChat coordinator = invited(this.admin, school, Role.COORDINATOR, "Марат", "ru");
		TestChat teacher = invited(coordinator, school, Role.TEACHER, "Гүлнар", "kk");
		coordinator.send("/staff");
		coordinator.tap(coordinator.expect("staff.title", school.name(), 2), "Гүлнар");
		coordinator.tap(
				coordinator.expect("staff.confirm-remove", "Гүлнар", coordinator.t("role.teacher"), school.name()),
				coordinator.t("staff.keep"));
		coordinator.expect("staff.title", school.name(), 2);
		assertThat(user(teacher).role()).isEqualTo(Role.TEACHER);
	}

	@Test
	void theLastCoordinatorCannotRemoveThemselvesAndAnAdminIsNotRemovable() {
		School school = school();
		TestChat coordinator = invited(this.admin, school, Role.COORDINATOR, "Марат", "ru");
		coordinator.send("/staff");
		SentMessage staff = coordinator.expect("staff.title", school.name(), 1);
		assertThat(staff.callbackButtons()).noneMatch((button) -> button.contains("Марат"));

		assertThat(press(coordinator, new StaffCommands.RemoveConfirmed(coordinator.id(), school.id())))
			.isEqualTo(coordinator.t("staff.last-coordinator"));
		assertThat(user(coordinator).role()).isEqualTo(Role.COORDINATOR);

		// the admin, whose profile names this school, is listed as an admin and stays one
		this.own.birge().bean(Users.class).setOrganisation(this.admin.id(), school.id());
		coordinator.send("/staff");
		SentMessage withAdmin = coordinator.expect("staff.title", school.name(), 2);
		assertThat(withAdmin.text()).contains(coordinator.t("staff.from-admin-list"));
		assertThat(withAdmin.callbackButtons()).noneMatch((button) -> button.contains("Aliya"));
		assertThat(press(coordinator, new StaffCommands.RemoveConfirmed(this.admin.id(), school.id())))
			.isEqualTo(coordinator.t("staff.admin-not-removable"));
		assertThat(user(this.admin).role()).isEqualTo(Role.COORDINATOR);
	}

	@Test
	void openInvitesAreListedAndARevokedOneNoLongerWorks() {
		School school = school();
		TestChat coordinator = invited(this.admin, school, Role.COORDINATOR, "Марат", "ru");
		String payload = inviteLink(coordinator, school, Role.TEACHER);

		coordinator.send("/staff");
		SentMessage staff = coordinator.expect("staff.title", school.name(), 1);
		coordinator.tap(staff, coordinator.t("staff.open-invites", 1));
		SentMessage invites = coordinator.expect("staff.invites-title", school.name(), 1);
		assertThat(invites.text()).contains(coordinator.t("staff.invite-line", 1, coordinator.t("role.teacher"),
				"Марат", "23 ноября 2026, 09:00", "26 ноября 2026, 09:00"));
		coordinator.tap(invites, coordinator.t("staff.revoke-button", 1));
		coordinator.expect("staff.invites-title", school.name(), 0);

		TestChat late = this.own.newChat("Бота", "kk");
		late.send("/start " + payload);
		late.expect("invite.revoked");
		assertThat(user(late).role()).isEqualTo(Role.NEWCOMER);
	}

	@Test
	void aCoordinatorOfOneOrganisationInvitesOnlyToIt() {
		School school = school();
		school();
		TestChat coordinator = invited(this.admin, school, Role.COORDINATOR, "Марат", "ru");
		coordinator.send("/invite");
		coordinator.tap(coordinator.expect("invite.ask-role"), coordinator.t("role.teacher"));
		SentMessage link = coordinator.expectText("?start=inv_");
		assertThat(link.text()).contains(school.name());
	}

	// ------------------------------------------------------------------ fixtures

	/** A school of the test's own. */
	private School school() {
		int n = SCHOOLS.incrementAndGet();
		String id = "staff-school-" + n;
		String name = "№" + n + " мектеп-лицей";
		this.own.birge().bean(Organisations.class).save(new Organisation(id, name));
		return new School(id, name);
	}

	/** Someone who opened an invite {@code by} made for {@code role} of the school. */
	private TestChat invited(TestChat by, School school, Role role, String name, String language) {
		String payload = inviteLink(by, school, role);
		TestChat chat = this.own.newChat(name, language);
		chat.send("/start " + payload);
		chat.expect("invite.accepted", chat.t(Profiles.roleKey(role)));
		return chat;
	}

	/** The payload of an invite link {@code by} makes through /invite. */
	private String inviteLink(TestChat by, School school, Role role) {
		by.send("/invite");
		by.tap(by.expect("invite.ask-role"), by.t(Profiles.roleKey(role)));
		if (by == this.admin) {
			by.tap(by.expect("invite.ask-organisation"), school.name());
		}
		SentMessage invite = by.expectText("?start=inv_");
		return invite.text().replaceAll("(?s).*\\?start=(inv_[A-Za-z0-9_-]+).*", "$1");
	}

	/** Presses a button with this data and returns the notice it answered with. */
	private String press(TestChat chat, CallbackData data) {
		String encoded = this.own.birge().bean(CallbackCodec.class).encode(data);
		int answered = this.own.api().calls("answerCallbackQuery").size();
		chat.tapData(1, encoded);
		this.own.api().awaitCalls("answerCallbackQuery", answered + 1);
		List<ApiCall> calls = this.own.api().calls("answerCallbackQuery");
		return calls.get(calls.size() - 1).params().path("text").asText("");
	}

	private User user(TestChat chat) {
		return Optional.ofNullable(this.own.birge().mongo().findById(chat.id(), User.class)).orElseThrow();
	}

	private record School(String id, String name) {
	}

}
