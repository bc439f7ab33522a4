package kz.birge.user;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import kz.birge.attendance.Attendance;
import kz.birge.attendance.Attendances;
import kz.birge.bot.CallbackCodec;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.catalog.PlanStore;
import kz.birge.i18n.Messages;
import kz.birge.indicators.Counters;
import kz.birge.indicators.IndicatorValues;
import kz.birge.indicators.Recount;
import kz.birge.signup.Registrations;
import kz.birge.signup.SignUpResult;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.People;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.support.TgUser;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Erasing a person: /forget by the person, by a coordinator of their school at a parent's
 * request, and the purge of accounts that never finished onboarding. After it no
 * collection of the database holds the person's id, chat, names, username or phone, and
 * every report counts exactly what it counted before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForgetTests {

	/** Monday 23 November 2026, 09:00 in Almaty. */
	private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T04:00:00Z");

	private static final String CAMPAIGN = "Жасыл мектеп";

	private static final String CLEAN_UP = "Мектеп ауласын тазалау";

	private static final String PLANTING = "Ағаш отырғызу";

	private static final List<IndicatorSpec> INDICATORS = List
		.of(new IndicatorSpec(Metric.LITTER_COLLECTED, "Жиналған қоқыс көлемі (тонна)"));

	private static final String PHONE = "+77017654321";

	private static final AtomicInteger SCHOOLS = new AtomicInteger();

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(MONDAY_MORNING);
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class);
	}

	@BeforeEach
	void resetClock() {
		this.clock.set(MONDAY_MORNING);
	}

	@AfterAll
	void stop() {
		this.clock.set(MONDAY_MORNING);
		this.own.close();
	}

	// ------------------------------------------------------------------ by the person

	@Test
	void forgetLeavesNoTraceAndEveryReportUnchanged() {
		School school = schoolWithACleanUpAndAPlanting();
		TestChat zhansaya = studentWithAllThereIsToKeep(school, "Жансая", "Тоқтарова", "zhansaya_t");
		TestChat bekzat = student(school, "Бекзат", new SchoolClass(8, "Б"));
		assertThat(signUp(school.planting(), bekzat).outcome()).isEqualTo(SignUpResult.Outcome.WAITLISTED);
		TestChat teacher = this.own.member("Гүлмира", "kk", Role.TEACHER, Optional.empty(), school.id());
		TestChat coordinator = this.own.member("Әлия", "kk", Role.COORDINATOR, Optional.empty(), school.id());
		cleanUpHeld(school, teacher, zhansaya, bekzat);
		assertThat(collectionsHolding(zhansaya.user(), PHONE)).as("before /forget")
			.contains("users", "registrations", "attendance", "counters", "fraction_members", "event_filters",
					"conversations");
		Report before = report(school, coordinator);

		zhansaya.send("/forget");
		zhansaya.tap(zhansaya.expect("privacy.ask-forget-me"), zhansaya.t("privacy.forget-me"));
		zhansaya.expect("privacy.forgotten-me");
		this.own.api().awaitIdle();

		bekzat.expect("signup.promoted");
		assertThat(collectionsHolding(zhansaya.user(), PHONE)).as("collections holding a trace").isEmpty();
		assertThat(report(school, coordinator)).isEqualTo(before);
		assertThat(this.own.birge().bean(Recount.class).check(school.campaignId())).isEmpty();
		assertThat(attendances().roster(school.cleanUp()))
			.extracting(Attendances.Line::name, (line) -> line.mark().orElse(null))
			.containsExactlyInAnyOrder(tuple("Бекзат, 8Б", Attendance.Mark.PRESENT),
					tuple("—", Attendance.Mark.PRESENT));

		zhansaya.send("/start");
		zhansaya.expect("onboarding.greeting", "Жансая");
		assertThat(users().get(zhansaya.id()).role()).isEqualTo(Role.NEWCOMER);
	}

	@Test
	void keepingTheDataChangesNothing() {
		School school = schoolWithACleanUpAndAPlanting();
		TestChat dana = student(school, "Дана", new SchoolClass(7, "А"));

		dana.send("/forget");
		dana.tap(dana.expect("privacy.ask-forget-me"), dana.t("privacy.keep-me"));
		dana.expect("privacy.kept");

		assertThat(users().find(dana.id())).isPresent();
	}

	// ------------------------------------------------------------------ by a coordinator

	@Test
	void aCoordinatorErasesAStudentOfTheirSchoolAtAParentsRequest() {
		School school = schoolWithACleanUpAndAPlanting();
		School other = schoolWithACleanUpAndAPlanting();
		TestChat arman = studentWithAllThereIsToKeep(school, "Арман", "Сейітов", "arman_s");
		TestChat arminaOfTheOtherSchool = student(other, "Армина", new SchoolClass(9, "В"));
		TestChat coordinator = this.own.member("Сәуле", "kk", Role.COORDINATOR, Optional.empty(), school.id());
		Report before = report(school, coordinator);

		coordinator.send("/forget арм");
		SentMessage found = coordinator.expect("privacy.choose-person");
		assertThat(found.callbackButtons()).containsExactly("Арман Сейітов, 7А");
		coordinator.tap(found, "Арман");
		SentMessage confirm = coordinator.expect("privacy.ask-forget-person", "Арман Сейітов, 7А");
		coordinator.tap(confirm, coordinator.t("privacy.forget-person"));
		coordinator.expect("privacy.forgotten-person", "Арман Сейітов, 7А");

		arman.expect("privacy.forgotten-by-coordinator");
		this.own.api().awaitIdle();
		assertThat(collectionsHolding(arman.user(), PHONE)).isEmpty();
		assertThat(report(school, coordinator)).isEqualTo(before);
		assertThat(users().find(arminaOfTheOtherSchool.id())).isPresent();
	}

	@Test
	void aCoordinatorErasesAVolunteerWhoSignedUpForTheirActivitiesOnly() {
		School school = schoolWithACleanUpAndAPlanting();
		School other = schoolWithACleanUpAndAPlanting();
		TestChat ours = volunteer("Самал Ерікова");
		assertThat(signUp(school.cleanUp(), ours).outcome()).isEqualTo(SignUpResult.Outcome.CONFIRMED);
		TestChat theirs = volunteer("Самат Ержанов");
		assertThat(signUp(other.cleanUp(), theirs).outcome()).isEqualTo(SignUpResult.Outcome.CONFIRMED);
		TestChat coordinator = this.own.member("Сәуле", "kk", Role.COORDINATOR, Optional.empty(), school.id());

		coordinator.send("/forget сама");
		SentMessage found = coordinator.expect("privacy.choose-person");
		assertThat(found.callbackButtons()).containsExactly("Самал Ерікова");
		coordinator.tap(found, "Самал");
		coordinator.tap(coordinator.expect("privacy.ask-forget-person", "Самал Ерікова"),
				coordinator.t("privacy.forget-person"));
		coordinator.expect("privacy.forgotten-person", "Самал Ерікова");

		this.own.api().awaitIdle();
		assertThat(users().find(ours.id())).isEmpty();
		assertThat(users().find(theirs.id())).isPresent();
	}

	@Test
	void aCoordinatorCannotEraseSomeoneOfAnotherSchoolNorStaff() {
		School school = schoolWithACleanUpAndAPlanting();
		School other = schoolWithACleanUpAndAPlanting();
		TestChat erlan = student(other, "Ерлан", new SchoolClass(9, "В"));
		TestChat teacher = this.own.member("Ерлан", "kk", Role.TEACHER, Optional.empty(), school.id());
		TestChat coordinator = this.own.member("Сәуле", "kk", Role.COORDINATOR, Optional.empty(), school.id());
		erlan.remember();

		CallbackCodec codec = this.own.birge().bean(CallbackCodec.class);
		for (TestChat target : List.of(erlan, teacher)) {
			coordinator.send("/forget ерлан");
			SentMessage nobody = coordinator.expect("privacy.nobody-found", "ерлан");
			// a button crafted to erase them anyway
			coordinator.tapData(nobody.messageId(),
					codec.encode(new ForgetCommands.ConfirmForgetPerson(target.id(), true)));
			coordinator.expect("privacy.not-yours");
		}

		this.own.api().awaitIdle();
		assertThat(users().find(erlan.id())).isPresent();
		assertThat(users().find(teacher.id())).isPresent();
		erlan.expectSilence();
	}

	// ------------------------------------------------------------------ never finished

	@Test
	void accountsThatNeverFinishedOnboardingArePurgedAfterThirtyDays() {
		School school = schoolWithACleanUpAndAPlanting();
		TestChat newcomer = new TestChat(this.own.api(), messages(),
				People.fresh("Мадина", "kk").withLastName("Оспанова").withUsername("madina_o"));
		newcomer.send("/start");
		newcomer.expect("onboarding.greeting", "Мадина");
		TestChat student = student(school, "Нұрлан", new SchoolClass(6, "А"));
		Forgetting forgetting = this.own.birge().bean(Forgetting.class);

		this.clock.set(MONDAY_MORNING.plus(Duration.ofDays(29)));
		forgetting.purgeUnfinished();
		assertThat(users().find(newcomer.id())).isPresent();

		this.clock.set(MONDAY_MORNING.plus(Duration.ofDays(31)));
		forgetting.purgeUnfinished();
		assertThat(users().find(newcomer.id())).isEmpty();
		assertThat(collectionsHolding(newcomer.user(), "+77010000000")).isEmpty();
		assertThat(users().find(student.id())).isPresent();

		newcomer.send("/start");
		newcomer.expect("onboarding.greeting", "Мадина");
	}

	// ------------------------------------------------------------------ fixtures

	/**
	 * A school with a fraction, a clean-up tomorrow (counting litter) and a tree planting
	 * in ten days with one seat, in one campaign.
	 */
	private School schoolWithACleanUpAndAPlanting() {
		String id = "forget-school" + SCHOOLS.incrementAndGet();
		this.own.birge().bean(Organisations.class).save(new Organisation(id, "Көкшетау №" + SCHOOLS.get() + " мектеп"));
		PlanStore plans = this.own.birge().bean(PlanStore.class);
		String fraction = id + "-eco";
		plans.saveFractions(List.of(new Fraction(fraction, id, "ЭКОЛОГИЯ ФРАКЦИЯСЫ", 1, List.of())));
		Activities activities = this.own.birge().bean(Activities.class);
		Audience students = new Audience(List.of(new GradeRange(5, 9)), Set.of(Category.STUDENTS));
		Instant tomorrow = MONDAY_MORNING.plus(Duration.ofDays(1));
		Activity cleanUp = activities.create(new Activities.NewActivity(id, CLEAN_UP, Optional.of(fraction), tomorrow,
				tomorrow.plus(Duration.ofHours(3)), false, Optional.empty(), students, Optional.empty(), CAMPAIGN));
		plans.saveActivities(new PlanStore.ActivityChanges(List.of(counting(cleanUp)), List.of()));
		Instant later = MONDAY_MORNING.plus(Duration.ofDays(10));
		Activity planting = activities.create(new Activities.NewActivity(id, PLANTING, Optional.of(fraction), later,
				later.plus(Duration.ofHours(3)), false, Optional.empty(), students, Optional.of(1), CAMPAIGN));
		return new School(id, fraction, activities.occurrences(cleanUp.id()).get(0),
				activities.occurrences(planting.id()).get(0));
	}

	private static Activity counting(Activity created) {
		return new Activity(created.id(), created.organisationId(), created.campaignId(), created.fractionId(),
				created.project(), created.number(), created.title(), created.form(), created.places(),
				created.branches(), created.responsible(), created.partners(), created.audience(), INDICATORS,
				created.evidence(), created.scheduleText(), created.openToAll(), created.capacity(), created.status(),
				created.sourceKey(), created.fingerprint(), created.updatedAt());
	}

	/**
	 * A student of 7А with a last name, a username and a phone, signed up for both
	 * activities (the planting's one seat is theirs), a member of the fraction, with an
	 * /events filter of their own and a question open (a change of class from /profile).
	 */
	private TestChat studentWithAllThereIsToKeep(School school, String firstName, String lastName, String username) {
		TgUser user = People.fresh(firstName, "kk").withLastName(lastName).withUsername(username);
		TestChat chat = new TestChat(this.own.api(), messages(), user);
		chat.send("/help");
		chat.expect("help.newcomer");
		users().becomeStudent(chat.id(), new SchoolClass(7, "А"), Optional.of(school.id()));
		users().setPhone(chat.id(), PHONE);
		assertThat(signUp(school.cleanUp(), chat).outcome()).isEqualTo(SignUpResult.Outcome.CONFIRMED);
		assertThat(signUp(school.planting(), chat).outcome()).isEqualTo(SignUpResult.Outcome.CONFIRMED);
		chat.send("/fractions");
		chat.tap(chat.expect("fractions.title"), chat.t("fractions.join", "ЭКОЛОГИЯ ФРАКЦИЯСЫ"));
		chat.expectThat("a member", (m) -> m.callbackData(chat.t("fractions.leave", "ЭКОЛОГИЯ ФРАКЦИЯСЫ")).isPresent());
		chat.send("/events");
		chat.tap(chat.expectThat("the events", (m) -> m.callbackData(chat.t("events.window-button.ALL")).isPresent()),
				chat.t("events.window-button.ALL"));
		this.own.api().awaitIdle();
		chat.send("/profile");
		chat.tap(chat.expect("profile.title"), chat.t("profile.change-class"));
		chat.expect("onboarding.ask-grade");
		return chat;
	}

	private TestChat volunteer(String name) {
		TestChat chat = this.own.newChat(name.split(" ")[0], "kk");
		chat.send("/help");
		chat.expect("help.newcomer");
		users().becomeVolunteer(chat.id(), name, Optional.empty());
		return chat;
	}

	private TestChat student(School school, String name, SchoolClass schoolClass) {
		return this.own.member(name, "kk", Role.STUDENT, Optional.of(schoolClass), school.id());
	}

	private SignUpResult signUp(Occurrence occurrence, TestChat student) {
		Catalogue catalogue = this.own.birge().bean(Catalogue.class);
		return this.own.birge()
			.bean(Registrations.class)
			.signUp(catalogue.listing(occurrence.id()).orElseThrow(), student.id(), student.id());
	}

	/**
	 * The clean-up took place: the teacher marked these students present and recorded 1.5
	 * tonnes of litter; then the test clock moves past it.
	 */
	private void cleanUpHeld(School school, TestChat teacher, TestChat... students) {
		this.clock.set(school.cleanUp().start().plus(Duration.ofHours(1)));
		for (TestChat student : students) {
			attendances().mark(school.cleanUp(), student.id(), Attendance.Mark.PRESENT, teacher.id());
		}
		Counters.Scope scope = new Counters.Scope(school.cleanUp().id(), school.cleanUp().activityId(),
				school.campaignId());
		this.own.birge()
			.bean(IndicatorValues.class)
			.set(scope, Metric.LITTER_COLLECTED.name(), new BigDecimal("1.5"), teacher.id());
		this.clock.set(school.cleanUp().end().plus(Duration.ofHours(1)));
	}

	/** What the coordinator's report says, and the counters behind it. */
	private Report report(School school, TestChat coordinator) {
		coordinator.send("/report");
		coordinator.tap(coordinator.expect("report.choose"), CAMPAIGN);
		String summary = coordinator.expect("report.indicators").text();
		Counters counters = this.own.birge().bean(Counters.class);
		return new Report(summary, counters.campaign(school.campaignId()),
				counters.activity(school.cleanUp().activityId()), counters.occurrencesOf(school.campaignId()));
	}

	/**
	 * The collections in which a document holds, anywhere and at any depth, the person's
	 * Telegram id (which is also their chat id), as a number or within a text, their
	 * first name, last name, username or this phone.
	 */
	private List<String> collectionsHolding(TgUser person, String phone) {
		List<String> traces = new ArrayList<>();
		traces.add(String.valueOf(person.id()));
		traces.add(person.firstName());
		traces.add(phone);
		traces.add(phone.substring(1));
		Optional.ofNullable(person.lastName()).ifPresent(traces::add);
		Optional.ofNullable(person.username()).ifPresent(traces::add);
		MongoTemplate mongo = this.own.birge().mongo();
		List<String> holding = new ArrayList<>();
		for (String name : mongo.getCollectionNames()) {
			for (Document doc : mongo.getCollection(name).find()) {
				if (holds(doc, person.id(), traces)) {
					holding.add(name);
					break;
				}
			}
		}
		return holding;
	}

	private static boolean holds(Object value, long id, List<String> traces) {
		if (value instanceof Map<?, ?> map) {
			return map.keySet().stream().anyMatch((key) -> holds(key, id, traces))
					|| map.values().stream().anyMatch((inner) -> holds(inner, id, traces));
		}
		if (value instanceof List<?> list) {
			return list.stream().anyMatch((inner) -> holds(inner, id, traces));
		}
		if (value instanceof Number number) {
			return number.longValue() == id;
		}
		if (value instanceof String text) {
			return traces.stream().anyMatch(text::contains);
		}
		return false;
	}

	private Attendances attendances() {
		return this.own.birge().bean(Attendances.class);
	}

	private Users users() {
		return this.own.birge().bean(Users.class);
	}

	private Messages messages() {
		return this.own.birge().bean(Messages.class);
	}

	/** A school of its own, its fraction, the clean-up and the tree planting. */
	private record School(String id, String fractionId, Occurrence cleanUp, Occurrence planting) {

		String campaignId() {
			return this.cleanUp.campaignId();
		}

	}

	/** A report as the coordinator reads it, and the counts it is made of. */
	private record Report(String summary, Counters.Counted campaign, Counters.Counted activity,
			Map<String, Counters.Counted> occurrences) {
	}

}
