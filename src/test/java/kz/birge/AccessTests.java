package kz.birge;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.birge.bot.Access;
import kz.birge.bot.CallbackCodec;
import kz.birge.bot.CallbackData;
import kz.birge.bot.Routes;
import kz.birge.bot.Subject;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.signup.Registrations;
import kz.birge.signup.SignUpResult;
import kz.birge.support.ApiCall;
import kz.birge.support.OwnBirge;
import kz.birge.support.TestChat;
import kz.birge.support.Updates;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import kz.birge.user.Users;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff command and every staff button, sent and pressed by people who may not use
 * them on school A's things: a student, a volunteer, a teacher and a coordinator of
 * school B. Each is refused, and nothing of school A changes. A roster toggle crafted by
 * school A's own teacher for someone not on that roster, or for an occurrence of school
 * B, is refused too; and a button pressed in a group chat is not served.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTests {

	private static final List<String> PEOPLES_OWN = List.of("processed_updates", "conversations", "users");

	/** The scheduled jobs' locks: no school's data, taken every second by a job. */
	private static final List<String> JOB_LOCKS = List.of("shedlock");

	private OwnBirge own;

	private Occurrence occurrence;

	private Activity activity;

	private TestChat student;

	private TestChat volunteer;

	private TestChat teacherOfB;

	private TestChat coordinatorOfB;

	private TestChat teacherOfA;

	private TestChat studentOfB;

	/** School A's activity starting in half an hour: its roster may be marked. */
	private Occurrence soonInA;

	/** School B's activity starting in half an hour. */
	private Occurrence soonInB;

	@BeforeAll
	void schoolsAndPeople() {
		this.own = OwnBirge.start(Map.of());
		Organisations organisations = this.own.birge().bean(Organisations.class);
		organisations.save(new Organisation("school-a", "A мектебі"));
		organisations.save(new Organisation("school-b", "B мектебі"));
		Instant start = this.own.birge().bean(Clock.class).instant().plus(Duration.ofDays(3));
		this.activity = this.own.birge()
			.bean(Activities.class)
			.create(new Activities.NewActivity("school-a", "Сенбілік", Optional.empty(), start,
					start.plus(Duration.ofHours(2)), false, Optional.empty(), Audience.UNSPECIFIED, Optional.of(20),
					"A"));
		this.occurrence = this.own.birge().bean(Activities.class).occurrences(this.activity.id()).get(0);
		Users users = this.own.birge().bean(Users.class);
		this.student = person("Дана");
		users.becomeStudent(this.student.id(), new SchoolClass(7, "А"), Optional.of("school-a"));
		this.volunteer = person("Ерлан");
		users.becomeVolunteer(this.volunteer.id(), "Ерлан", Optional.empty());
		this.teacherOfB = person("Гүлнар");
		users.becomeStaff(this.teacherOfB.id(), Role.TEACHER, Optional.of("school-b"));
		this.coordinatorOfB = person("Марат");
		users.becomeStaff(this.coordinatorOfB.id(), Role.COORDINATOR, Optional.of("school-b"));
		this.teacherOfA = person("Сәуле");
		users.becomeStaff(this.teacherOfA.id(), Role.TEACHER, Optional.of("school-a"));
		this.studentOfB = person("Нұрлан");
		users.becomeStudent(this.studentOfB.id(), new SchoolClass(7, "А"), Optional.of("school-b"));
		Instant soon = this.own.birge().bean(Clock.class).instant().plus(Duration.ofMinutes(30));
		this.soonInA = signedUp(soonOccurrence("school-a", soon), this.student);
		this.soonInB = signedUp(soonOccurrence("school-b", soon), this.studentOfB);
	}

	private Occurrence soonOccurrence(String school, Instant start) {
		Activities activities = this.own.birge().bean(Activities.class);
		Activity created = activities.create(new Activities.NewActivity(school, "Дебат", Optional.empty(), start,
				start.plus(Duration.ofHours(1)), false, Optional.empty(),
				new Audience(List.of(new GradeRange(5, 11)), Set.of(Category.STUDENTS)), Optional.empty(), "B"));
		return activities.occurrences(created.id()).get(0);
	}

	private Occurrence signedUp(Occurrence occurrence, TestChat chat) {
		SignUpResult result = this.own.birge()
			.bean(Registrations.class)
			.signUp(this.own.birge().bean(Catalogue.class).listing(occurrence.id()).orElseThrow(), chat.id(),
					chat.id());
		assertThat(result.outcome()).isEqualTo(SignUpResult.Outcome.CONFIRMED);
		return occurrence;
	}

	private TestChat person(String name) {
		TestChat chat = this.own.newChat(name, "kk");
		chat.send("/start");
		chat.expect("onboarding.ask-role");
		chat.send("/cancel");
		chat.expect("bot.cancelled");
		return chat;
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	@Test
	void staffCommandsAreRefusedToThoseWithoutTheStanding() {
		Map<String, Access> commands = staffOnly(routes().commandAccess());
		assertThat(commands).containsKeys("roster", "report", "recount", "new", "activities", "invite");
		Map<String, Long> before = schoolA();
		commands.forEach((command, access) -> {
			for (TestChat chat : List.of(this.student, this.volunteer)) {
				chat.send("/" + command);
				chat.expect(refusalKey(access));
			}
			if (access == Access.COORDINATOR) {
				this.teacherOfB.send("/" + command);
				this.teacherOfB.expect("access.coordinators-only");
			}
		});
		this.own.api().awaitIdle();
		assertThat(schoolA()).isEqualTo(before);
	}

	@Test
	void everyStaffButtonOnSchoolAsThingsIsRefusedToOthers() throws Exception {
		Map<Class<? extends CallbackData>, Access> buttons = staffOnly(routes().buttonAccess());
		assertThat(buttons).isNotEmpty();
		Map<String, Long> before = schoolA();
		for (Map.Entry<Class<? extends CallbackData>, Access> button : buttons.entrySet()) {
			CallbackData data = crafted(button.getKey());
			String encoded = this.own.birge().bean(CallbackCodec.class).encode(data);
			List<TestChat> refused = new ArrayList<>(List.of(this.student, this.volunteer));
			if (data instanceof Subject.Scoped || button.getValue() == Access.COORDINATOR) {
				refused.add(this.teacherOfB);
			}
			if (data instanceof Subject.Scoped) {
				refused.add(this.coordinatorOfB);
			}
			for (TestChat chat : refused) {
				assertThat(press(chat, encoded)).as("%s pressed by %s", data, chat.user().firstName())
					.isIn(chat.t("access.staff-only"), chat.t("access.coordinators-only"),
							chat.t("access.other-organisation"), chat.t("bot.button-outdated"));
			}
			press(this.coordinatorOfB, encoded);
		}
		assertThat(schoolA()).isEqualTo(before);
	}

	@Test
	void aRosterToggleForSomeoneNotOnThatRosterIsRefusedAndChangesNothing() {
		Map<String, Long> before = schoolA();
		for (String attendanceId : List.of(this.soonInA.id() + "_" + this.volunteer.id(),
				this.soonInA.id() + "_" + this.studentOfB.id(), this.soonInA.id() + "_1", this.soonInA.id() + "_abc",
				this.soonInA.id() + "_w_made-up")) {
			assertThat(press(this.teacherOfA, toggle(attendanceId))).as(attendanceId)
				.isEqualTo(this.teacherOfA.t("roster.not-on-roster"));
		}
		assertThat(schoolA()).isEqualTo(before);
		assertThat(marks(this.soonInA)).isEmpty();

		// the same teacher marks the student who signed up
		press(this.teacherOfA, toggle(this.soonInA.id() + "_" + this.student.id()));
		this.own.api().awaitIdle();
		assertThat(marks(this.soonInA)).containsExactly(this.soonInA.id() + "_" + this.student.id());
	}

	@Test
	void aRosterToggleOnAnotherOrganisationsOccurrenceIsRefusedAndChangesNothing() {
		Map<String, Long> before = schoolA();
		assertThat(press(this.teacherOfA, toggle(this.soonInB.id() + "_" + this.studentOfB.id())))
			.isEqualTo(this.teacherOfA.t("access.other-organisation"));
		assertThat(schoolA()).isEqualTo(before);
		assertThat(marks(this.soonInB)).isEmpty();
	}

	@Test
	void aButtonPressedInAGroupChatIsNotServedAndTheChatIdStays() {
		long group = -1_001_234_567_890L;
		ObjectNode update = Updates.callback(this.teacherOfA.user(), 1, "rl:" + this.soonInA.id() + ":0");
		((ObjectNode) update.path("callback_query").path("message")).putObject("chat")
			.put("id", group)
			.put("type", "supergroup")
			.put("title", "7А сыныбы");
		this.teacherOfA.deliver(update);
		this.teacherOfA.send("/help");
		this.teacherOfA.expect("help.teacher");
		this.own.api().awaitIdle();
		assertThat(this.own.api().messagesTo(group)).isEmpty();
		assertThat(this.own.birge().bean(Users.class).get(this.teacherOfA.id()).chatId())
			.isEqualTo(this.teacherOfA.id());
	}

	private CallbackData toggle(String attendanceId) {
		try {
			Constructor<? extends CallbackData> constructor = routes().buttonAccess()
				.keySet()
				.stream()
				.filter((type) -> CallbackCodec.prefixOf(type).equals("rt"))
				.findFirst()
				.orElseThrow()
				.getDeclaredConstructor(String.class, boolean.class, int.class);
			constructor.setAccessible(true);
			return constructor.newInstance(attendanceId, true, 0);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String press(TestChat chat, CallbackData data) {
		return press(chat, this.own.birge().bean(CallbackCodec.class).encode(data));
	}

	/** The attendance records of an occurrence, by id. */
	private List<String> marks(Occurrence occurrence) {
		this.own.api().awaitIdle();
		List<String> ids = new ArrayList<>();
		this.own.birge()
			.mongo()
			.getCollection("attendance")
			.find(new Document("occurrenceId", occurrence.id()))
			.forEach((doc) -> ids.add(doc.getString("_id")));
		return ids;
	}

	/** Presses a button and returns the notice it answered with. */
	private String press(TestChat chat, String data) {
		int answered = this.own.api().calls("answerCallbackQuery").size();
		chat.tapData(1, data);
		this.own.api().awaitCalls("answerCallbackQuery", answered + 1);
		List<ApiCall> calls = this.own.api().calls("answerCallbackQuery");
		return calls.get(calls.size() - 1).params().path("text").asText("");
	}

	/** A button's data aimed at school A's things, whatever its type. */
	private CallbackData crafted(Class<? extends CallbackData> type) throws Exception {
		RecordComponent[] components = type.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			values[i] = value(components[i]);
		}
		Constructor<? extends CallbackData> constructor = type.getDeclaredConstructor(types);
		constructor.setAccessible(true);
		return constructor.newInstance(values);
	}

	private Object value(RecordComponent component) {
		Class<?> type = component.getType();
		if (type == int.class) {
			return 0;
		}
		if (type == long.class) {
			// a person of school A (whom a button may name, to be erased or reached)
			return this.student.id();
		}
		if (type == boolean.class) {
			return true;
		}
		if (type == long.class) {
			return this.student.id();
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		return switch (component.getName()) {
			case "occurrenceId" -> this.occurrence.id();
			case "activityId" -> this.activity.id();
			case "campaignId" -> this.activity.campaignId();
			case "organisationId" -> "school-a";
			case "attendanceId" -> this.occurrence.id() + "_" + this.student.id();
			case "key" -> "PARTICIPANTS";
			default -> "x";
		};
	}

	private Routes routes() {
		return this.own.birge().bean(Routes.class);
	}

	private static <K> Map<K, Access> staffOnly(Map<K, Access> all) {
		Map<K, Access> staff = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
		all.forEach((key, access) -> {
			if (access != Access.ANYONE) {
				staff.put(key, access);
			}
		});
		return staff;
	}

	private static String refusalKey(Access access) {
		return (access == Access.COORDINATOR) ? "access.coordinators-only" : "access.staff-only";
	}

	/**
	 * Every document of every collection that is not a person's own: ids and contents,
	 * hashed.
	 */
	private Map<String, Long> schoolA() {
		this.own.api().awaitIdle();
		MongoTemplate mongo = this.own.birge().mongo();
		Map<String, Long> state = new TreeMap<>();
		for (String collection : mongo.getCollectionNames()) {
			if (PEOPLES_OWN.contains(collection) || JOB_LOCKS.contains(collection)) {
				continue;
			}
			for (Document doc : mongo.getCollection(collection).find()) {
				state.merge(collection, (long) doc.toJson().hashCode(), Long::sum);
			}
		}
		return state;
	}

}
