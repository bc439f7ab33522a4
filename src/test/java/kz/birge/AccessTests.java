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
import java.util.TreeMap;

import kz.birge.bot.Access;
import kz.birge.bot.CallbackCodec;
import kz.birge.bot.CallbackData;
import kz.birge.bot.Routes;
import kz.birge.bot.Subject;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.support.ApiCall;
import kz.birge.support.OwnBirge;
import kz.birge.support.TestChat;
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
 * school B. Each is refused, and nothing of school A changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTests {

	private static final List<String> PEOPLES_OWN = List.of("processed_updates", "conversations", "users");

	private OwnBirge own;

	private Occurrence occurrence;

	private Activity activity;

	private TestChat student;

	private TestChat volunteer;

	private TestChat teacherOfB;

	private TestChat coordinatorOfB;

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
			if (PEOPLES_OWN.contains(collection)) {
				continue;
			}
			for (Document doc : mongo.getCollection(collection).find()) {
				state.merge(collection, (long) doc.toJson().hashCode(), Long::sum);
			}
		}
		return state;
	}

}
