package kz.birge.user;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.i18n.Lang;
import kz.birge.support.SentMessage;
import kz.birge.support.SharedBirge;
import kz.birge.support.TestChat;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Onboarding as Telegram drives it: updates in over HTTP, replies from the fake Bot API,
 * state in the database.
 */
@ExtendWith(SharedBirge.Extension.class)
class OnboardingTests {

	private final SharedBirge shared;

	OnboardingTests(SharedBirge shared) {
		this.shared = shared;
	}

	@Test
	void studentOnboardsInKazakhWithButtons() {
		TestChat chat = this.shared.newChat("Айгерім", "kk");
		chat.send("/start");
		chat.expect("onboarding.greeting", "Айгерім");
		SentMessage roles = chat.expectText("Сіз кімсіз?");
		chat.tap(roles, "Оқушы");
		SentMessage grades = chat.expect("onboarding.ask-grade");
		chat.tap(grades, "7");
		SentMessage letters = chat.expect("onboarding.ask-letter", 7);
		chat.tap(letters, "7Ә");
		chat.expectText("Тіркелу аяқталды! Сыныбыңыз: 7Ә.");

		User user = user(chat);
		assertThat(user.role()).isEqualTo(Role.STUDENT);
		assertThat(user.schoolClass()).contains(new SchoolClass(7, "Ә"));
		assertThat(user.lang()).isEqualTo(Lang.KK);
		chat.send("7Б");
		chat.expect("bot.not-understood");
	}

	@Test
	void studentOnboardsInRussianByTypingTheClass() {
		TestChat chat = this.shared.newChat("Дмитрий", "ru");
		chat.send("/start");
		SentMessage roles = chat.expectText("Кто вы?");
		chat.tap(roles, "Ученик");
		chat.expect("onboarding.ask-grade");
		chat.send("9a");
		chat.expectText("Регистрация завершена! Ваш класс: 9А.");

		User user = user(chat);
		assertThat(user.schoolClass()).contains(new SchoolClass(9, "А"));
		assertThat(user.lang()).isEqualTo(Lang.RU);
	}

	@Test
	void studentOnboardsInEnglish() {
		TestChat chat = this.shared.newChat("Sam", "en-GB");
		chat.send("/start");
		SentMessage roles = chat.expectText("Who are you?");
		chat.tap(roles, "Student");
		chat.expect("onboarding.ask-grade");
		chat.send("10-B");
		chat.expectText("You’re all set! Your class: 10В.");
		assertThat(user(chat).lang()).isEqualTo(Lang.EN);
	}

	@Test
	void anyOtherTelegramLanguageGetsKazakh() {
		TestChat chat = this.shared.newChat("Hans", "de");
		chat.send("/start");
		chat.expectText("Сіз кімсіз?");
		assertThat(user(chat).lang()).isEqualTo(Lang.KK);
	}

	@Test
	void badClassIsRefusedAndTheQuestionStaysOpen() {
		TestChat chat = this.shared.newChat("Ерлан", "kk");
		startAsStudent(chat);
		chat.send("15Z");
		chat.expectText("«15Z» — сынып емес.");
		assertThat(user(chat).role()).isEqualTo(Role.NEWCOMER);
		chat.expect("flow.how-to-leave");

		chat.send("7 ә");
		chat.expect("onboarding.done-student", "7Ә");
		assertThat(user(chat).schoolClass()).contains(new SchoolClass(7, "Ә"));
	}

	@Test
	void volunteerSharesTheirOwnContact() {
		TestChat chat = this.shared.newChat("Нұрлан", "kk");
		chat.send("/start");
		chat.tap(chat.expect("onboarding.ask-role"), "Ерікті");
		SentMessage askName = chat.expect("onboarding.ask-name");
		chat.tap(askName, "Нұрлан");
		SentMessage askPhone = chat.expect("onboarding.ask-phone");
		assertThat(askPhone.replyButtons()).contains(chat.t("onboarding.share-phone"), chat.t("onboarding.skip"));

		chat.shareContact("+7 701 234 56 78", 12345L);
		chat.expect("onboarding.foreign-contact");
		assertThat(user(chat).phoneNumber()).isEmpty();

		chat.shareContact("77012345678", chat.id());
		chat.expect("onboarding.done-volunteer", "Нұрлан");
		User user = user(chat);
		assertThat(user.role()).isEqualTo(Role.VOLUNTEER);
		assertThat(user.phoneNumber()).contains("+77012345678");
		assertThat(user.displayName()).isEqualTo("Нұрлан");
	}

	@Test
	void volunteerTypesANameAndSkipsThePhone() {
		TestChat chat = this.shared.newChat("Kate", "en");
		chat.send("/start");
		chat.tap(chat.expect("onboarding.ask-role"), "Volunteer");
		chat.expect("onboarding.ask-name");
		chat.send("12345");
		chat.expect("onboarding.bad-name", 64);
		chat.send("/help");
		chat.expect("help.newcomer");
		chat.send("Ekaterina   Ivanova");
		chat.expect("onboarding.ask-phone");
		chat.send("Skip");
		chat.expect("onboarding.done-volunteer", "Ekaterina Ivanova");
		User user = user(chat);
		assertThat(user.displayName()).isEqualTo("Ekaterina Ivanova");
		assertThat(user.phoneNumber()).isEmpty();
	}

	@Test
	void cancelLeavesOnboardingAndLaterTextGetsAHint() {
		TestChat chat = this.shared.newChat("Алма", "kk");
		startAsStudent(chat);
		chat.send("/cancel");
		chat.expect("bot.cancelled");

		chat.send("7Ә");
		chat.expect("bot.not-understood");
		assertThat(user(chat).role()).isEqualTo(Role.NEWCOMER);
	}

	@Test
	void typedTextWhereAButtonIsExpectedGetsAHint() {
		TestChat chat = this.shared.newChat("Dana", "en");
		chat.send("/start");
		SentMessage roles = chat.expect("onboarding.ask-role");
		chat.send("I am a student");
		SentMessage hint = chat.expect("flow.tap-a-button");
		assertThat(hint.text()).contains(chat.t("flow.how-to-leave"));
		chat.tap(roles, "Student");
		chat.expect("onboarding.role-chosen", chat.t("role.student"));
	}

	@Test
	void profileChangesClassAndLanguage() {
		TestChat chat = this.shared.newChat("Арман", "kk");
		startAsStudent(chat);
		chat.send("8Б");
		chat.expect("onboarding.done-student", "8Б");

		chat.send("/profile");
		SentMessage profile = chat.expect("profile.class", "8Б");
		chat.tap(profile, chat.t("profile.change-class"));
		chat.expect("onboarding.ask-grade");
		chat.send("9 В");
		chat.expect("profile.class", "9В");
		assertThat(user(chat).schoolClass()).contains(new SchoolClass(9, "В"));
		assertThat(user(chat).role()).isEqualTo(Role.STUDENT);

		chat.send("/lang");
		SentMessage languages = chat.expect("lang.ask");
		chat.tap(languages, "Русский");
		chat.speaking(Lang.RU).expectText("Язык изменён: Русский.");
		assertThat(user(chat).lang()).isEqualTo(Lang.RU);
		chat.send("/help");
		chat.expect("help.student");
	}

	@Test
	void aStudentChangesTheirNameAsAVolunteerCan() {
		TestChat chat = this.shared.newChat("Арман", "kk");
		startAsStudent(chat);
		chat.send("8Б");
		chat.expect("onboarding.done-student", "8Б");

		chat.send("/profile");
		SentMessage profile = chat.expect("profile.name", "Арман");
		chat.tap(profile, chat.t("profile.change-name"));
		chat.expect("onboarding.ask-name");
		chat.send("?");
		chat.expect("onboarding.bad-name", 64);
		chat.send("Арман  Серікұлы");
		chat.expect("profile.name", "Арман Серікұлы");
		assertThat(user(chat).displayName()).isEqualTo("Арман Серікұлы");
		assertThat(user(chat).schoolClass()).contains(new SchoolClass(8, "Б"));
	}

	@Test
	void helpDependsOnTheRole() {
		TestChat newcomer = this.shared.newChat("Asel", "en");
		newcomer.send("/help");
		newcomer.expect("help.newcomer");

		TestChat admin = this.shared.admin();
		admin.send("/help");
		admin.expect("help.coordinator");
	}

	@Test
	void inviteMakesOneTeacherAndIsRefusedTheSecondTime() {
		// not a school, so that students still choose among the schools they did before
		this.shared.birge()
			.bean(Organisations.class)
			.save(new Organisation("youth-centre", "«Жасыл ел» жастар орталығы", List.of(), Organisation.Kind.OTHER));
		TestChat admin = this.shared.admin();
		admin.send("/invite");
		admin.tap(admin.expect("invite.ask-role"), admin.t("role.teacher"));
		admin.tap(admin.expect("invite.ask-organisation"), "«Жасыл ел» жастар орталығы");
		SentMessage invite = admin.expectText("https://t.me/birge_test_bot?start=inv_");
		String payload = invite.text().replaceAll("(?s).*\\?start=(inv_[A-Za-z0-9_-]+).*", "$1");
		assertThat(payload.getBytes()).hasSizeLessThanOrEqualTo(64);

		TestChat teacher = this.shared.newChat("Гүлнар", "kk");
		teacher.send("/start " + payload);
		teacher.expect("invite.accepted", teacher.t("role.teacher"));
		assertThat(user(teacher).role()).isEqualTo(Role.TEACHER);
		assertThat(user(teacher).organisationId()).isEqualTo("youth-centre");
		// the teacher's chat gets a menu with their commands, in their language
		assertThat(this.shared.api().myCommands("chat:" + teacher.id(), null))
			.containsEntry("roster", teacher.t("command.roster"))
			.containsKey("events")
			.doesNotContainKey("report");
		assertThat(this.shared.api().myCommands("chat:" + admin.id(), null)).containsKeys("report", "roster", "invite",
				"new");

		TestChat second = this.shared.newChat("Марат", "ru");
		second.send("/start " + payload);
		second.expect("invite.already-used");
		assertThat(user(second).role()).isEqualTo(Role.NEWCOMER);

		teacher.send("/start " + payload);
		teacher.expect("invite.already-staff");
	}

	@Test
	void expiredOrUnknownInvitesAreRefusedAndOnlyCoordinatorsInvite() {
		MongoTemplate mongo = this.shared.birge().mongo();
		mongo.insert(new Document("_id", "oldcode").append("role", "TEACHER")
			.append("createdBy", 1L)
			.append("createdAt", Date.from(Instant.parse("2020-01-01T00:00:00Z")))
			.append("expiresAt", Date.from(Instant.parse("2020-01-04T00:00:00Z"))), "invites");

		TestChat late = this.shared.newChat("Bota", "en");
		late.send("/start inv_oldcode");
		late.expect("invite.expired");
		late.send("/start inv_nosuchcode");
		late.expect("invite.unknown");
		late.send("/invite");
		late.expect("access.coordinators-only");
		assertThat(user(late).role()).isEqualTo(Role.NEWCOMER);
	}

	private void startAsStudent(TestChat chat) {
		chat.send("/start");
		chat.tap(chat.expect("onboarding.ask-role"), chat.t("role.student"));
		chat.expect("onboarding.ask-grade");
	}

	private User user(TestChat chat) {
		return this.shared.birge().mongo().findById(chat.id(), User.class);
	}

}
