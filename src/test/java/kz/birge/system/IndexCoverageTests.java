package kz.birge.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Category;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.catalog.PlanStore;
import kz.birge.planimport.source.Seeds;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query the bot makes has an index behind it: a typical week (a coordinator imports
 * a plan; a student browses, joins a fraction and signs up; a teacher marks who came; the
 * coordinator asks for the report and a recount; every scheduled job runs) is played with
 * a listener on the MongoDB driver that records the fields of every filter, and each
 * filter must be served by a declared index: one whose leading keys are exactly the
 * filter's fields, or all of whose keys the filter uses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexCoverageTests {

	/** Monday 23 November 2026, 09:00 in Almaty. */
	private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T04:00:00Z");

	private static final String SCHOOL = "school-indexes";

	private static final String CLEAN_UP = "Мектеп ауласын тазалау";

	private static final String CAMPAIGN = "Таза аула";

	private static final String FRACTION = "ЭКОЛОГИЯ ФРАКЦИЯСЫ";

	/**
	 * Collections read whole on purpose: a handful of documents each (the organisations a
	 * student chooses from; what each admin was before the admin list named them, read
	 * once at start; the people who blocked the bot, kept in memory from the start).
	 */
	private static final Set<String> READ_WHOLE = Set.of("organisations", "admin_standings", "unreachable");

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(MONDAY_MORNING);
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class, QueryShapes.Config.class, ScheduledJobs.class);
	}

	@AfterAll
	void stop() {
		this.clock.set(MONDAY_MORNING);
		this.own.close();
	}

	@Test
	void everyQueryOfATypicalWeekHasAnIndexBehindIt() throws Exception {
		aTypicalWeek();

		List<DatabaseIndexes.Declared> declared = this.own.birge().bean(DatabaseIndexes.class).declared();
		Set<QueryShapes.Shape> shapes = QueryShapes.RECORDED.shapes();
		List<String> unindexed = new ArrayList<>();
		for (QueryShapes.Shape shape : shapes) {
			if (!served(shape, declared)) {
				unindexed.add(shape.toString());
			}
		}
		assertThat(shapes).as("the week's queries").hasSizeGreaterThan(30);
		assertThat(new TreeSet<>(unindexed)).as("queries without an index behind them").isEmpty();
	}

	@Test
	void theDeclaredIndexesAreCreatedAtStart() {
		MongoTemplate mongo = this.own.birge().mongo();
		List<DatabaseIndexes.Declared> declared = this.own.birge().bean(DatabaseIndexes.class).declared();
		assertThat(declared).hasSizeGreaterThan(20);
		for (DatabaseIndexes.Declared index : declared) {
			assertThat(mongo.indexOps(index.collection()).getIndexInfo()).as("indexes of %s", index.collection())
				.anyMatch(
						(info) -> info.getIndexFields().stream().map(IndexField::getKey).toList().equals(index.keys()));
		}
	}

	private static boolean served(QueryShapes.Shape shape, List<DatabaseIndexes.Declared> declared) {
		Set<String> fields = shape.fields();
		if (fields.isEmpty()) {
			return READ_WHOLE.contains(shape.collection());
		}
		if (fields.contains("_id")) {
			return true;
		}
		return declared.stream()
			.filter((index) -> index.collection().equals(shape.collection()))
			.anyMatch((index) -> leads(index.keys(), fields));
	}

	/**
	 * True when the index's first keys are exactly the filter's fields, or the filter
	 * uses every key of a shorter index.
	 */
	static boolean leads(List<String> keys, Set<String> fields) {
		int length = Math.min(keys.size(), fields.size());
		Set<String> leading = Set.copyOf(keys.subList(0, length));
		return fields.containsAll(leading) && (keys.size() <= fields.size() || leading.equals(fields));
	}

	private void aTypicalWeek() throws Exception {
		TestChat admin = this.own.admin();
		admin.sendFile("plan-004.txt", Seeds.bytes("004"));
		SentMessage preview = admin.expect("import.preview.question");
		admin.tap(preview, admin.t("import.confirm"));
		admin.expectThat("import done", (m) -> m.messageId() == preview.messageId()
				&& m.text().startsWith(admin.t("import.done", "x", "", 0, 0, 0, 0, 0).substring(0, 8)));

		Occurrence cleanUp = schoolWithACleanUp();
		TestChat student = this.own.member("Айдана", "kk", Role.STUDENT, Optional.of(new SchoolClass(7, "А")), SCHOOL);
		student.send("/events");
		student.expectThat("the list", (m) -> m.text().contains(CLEAN_UP));
		student.send("/fractions");
		SentMessage fractions = student.expect("fractions.title");
		student.tap(fractions, student.t("fractions.join", FRACTION));
		student.expectThat("joined", (m) -> m.messageId() == fractions.messageId() && m.text().contains("✓"));
		student.send("/start ev_" + cleanUp.id());
		student.tap(student.expectThat("the card", (m) -> m.text().startsWith(CLEAN_UP)), student.t("card.sign-up"));
		student.expect("card.you-are-in");
		student.send("/my");
		student.expectThat("my sign-ups", (m) -> m.text().contains(CLEAN_UP));

		everyScheduledJob();
		this.clock.set(cleanUp.start().minus(Duration.ofHours(1)));
		everyScheduledJob();

		this.clock.set(cleanUp.start().plus(Duration.ofHours(1)));
		TestChat teacher = this.own.member("Гүлмира", "kk", Role.TEACHER, Optional.empty(), SCHOOL);
		teacher.send("/roster");
		SentMessage choices = teacher.expectThat("the choice", (m) -> m.text().startsWith(teacher.t("roster.choose")));
		teacher.tap(choices, "Мектеп ауласын");
		SentMessage roster = teacher.expectThat("the roster",
				(m) -> m.messageId() == choices.messageId() && m.text().startsWith(CLEAN_UP));
		teacher.tap(roster, "Айдана");
		this.own.api().awaitIdle();

		TestChat coordinator = this.own.member("Сәуле", "kk", Role.COORDINATOR, Optional.empty(), SCHOOL);
		coordinator.send("/report");
		coordinator.tap(coordinator.expect("report.choose"), CAMPAIGN);
		coordinator.expect("report.indicators");
		coordinator.send("/recount");
		coordinator.send("/activities");
		coordinator.send("/invite");
		this.own.api().awaitIdle();

		this.clock.advance(Duration.ofDays(40));
		everyScheduledJob();
	}

	private Occurrence schoolWithACleanUp() {
		this.own.birge().bean(Organisations.class).save(new Organisation(SCHOOL, "Көкшетау №2 мектеп-лицей"));
		String fraction = SCHOOL + "-eco";
		this.own.birge()
			.bean(PlanStore.class)
			.saveFractions(List.of(new Fraction(fraction, SCHOOL, FRACTION, 1, List.of())));
		Activities activities = this.own.birge().bean(Activities.class);
		Instant start = this.clock.instant().plus(Duration.ofDays(1));
		Activity created = activities.create(new Activities.NewActivity(SCHOOL, CLEAN_UP, Optional.of(fraction), start,
				start.plus(Duration.ofHours(3)), false, Optional.of("Мектеп ауласы"),
				new Audience(List.of(new GradeRange(5, 9)), Set.of(Category.STUDENTS)), Optional.empty(), CAMPAIGN));
		return activities.occurrences(created.id()).get(0);
	}

	private void everyScheduledJob() throws InvocationTargetException, IllegalAccessException {
		this.own.birge().bean(ScheduledJobs.class).runEach();
		this.own.api().awaitIdle();
	}

	/** Runs each @Scheduled method of the application once, as its scheduler would. */
	static class ScheduledJobs {

		private final ApplicationContext context;

		ScheduledJobs(ApplicationContext context) {
			this.context = context;
		}

		void runEach() throws InvocationTargetException, IllegalAccessException {
			for (String name : this.context.getBeanDefinitionNames()) {
				Object bean = this.context.getBean(name);
				Class<?> type = AopUtils.getTargetClass(bean);
				if (!type.getName().startsWith("kz.birge.")) {
					continue;
				}
				for (Method method : type.getDeclaredMethods()) {
					if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
						method.setAccessible(true);
						method.invoke(bean);
					}
				}
			}
		}

	}

}
