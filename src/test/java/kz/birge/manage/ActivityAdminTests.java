package kz.birge.manage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityStatus;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.catalog.PlanStore;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator creates an activity with /new, then renames, moves, cancels and restores
 * it with /activities.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityAdminTests {

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private OwnBirge own;

	@BeforeAll
	void schoolWithAFraction() {
		this.own = OwnBirge.start(Map.of());
		this.own.birge().bean(Organisations.class).save(new Organisation("school-2", "Көкшетау №2 мектеп-лицей"));
		this.own.birge()
			.bean(PlanStore.class)
			.saveFractions(
					List.of(new Fraction("eco", "school-2", "ЭКОЛОГИЯ ФРАКЦИЯСЫ", 1, List.of("«ЭКО START» ЖОБАСЫ"))));
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	private MongoTemplate mongo() {
		return this.own.birge().mongo();
	}

	/** A day some weeks after the bot's today, as a coordinator types it. */
	private LocalDate inWeeks(int weeks) {
		return LocalDate.now(this.own.birge().bean(Clock.class).withZone(ALMATY)).plusWeeks(weeks);
	}

	private Activity comingDebate(String title) {
		Instant start = inWeeks(6).atTime(9, 0).atZone(ALMATY).toInstant();
		return this.own.birge()
			.bean(Activities.class)
			.create(new Activities.NewActivity("school-2", title, Optional.empty(), start,
					start.plus(Duration.ofHours(2)), false, Optional.empty(),
					new Audience(List.of(new GradeRange(8, 11)), Set.of()), Optional.of(30), "Birge"));
	}

	/** Answers /new up to its last step: title, fraction, date, place, grades, seats. */
	private SentMessage newActivityUpToTheSummary(TestChat admin, String title, LocalDate day) {
		admin.send("/new");
		admin.expect("new.ask-title");
		admin.send(title);
		admin.tap(admin.expect("new.ask-fraction"), "ЭКОЛОГИЯ");
		admin.expect("new.ask-when");
		admin.send(TYPED.format(day) + " 15:00");
		admin.expect("new.ask-place");
		admin.send("Мектеп ауласы");
		admin.expect("new.ask-audience");
		admin.send("5-9 сынып");
		admin.expect("new.ask-seats");
		admin.send("30");
		return admin.expect("new.summary");
	}

	@Test
	void aCoordinatorCreatesAnActivityStepByStep() {
		TestChat admin = this.own.admin();
		LocalDate day = inWeeks(3);
		SentMessage summary = newActivityUpToTheSummary(admin, "Мектеп ауласын тазалау", day);
		assertThat(summary.text()).contains("Мектеп ауласы")
			.contains(admin.t("card.seats", 30))
			.contains("ЭКОЛОГИЯ ФРАКЦИЯСЫ");
		assertThat(mongo().count(Query.query(Criteria.where("title").is("Мектеп ауласын тазалау")), Activity.class))
			.isZero();

		admin.tap(summary, admin.t("new.create"));
		admin.expectText(admin.t("new.created", "Мектеп ауласын тазалау", "").split("\n")[0]);
		Activity activity = mongo().findOne(Query.query(Criteria.where("title").is("Мектеп ауласын тазалау")),
				Activity.class);
		assertThat(activity.organisationId()).isEqualTo("school-2");
		assertThat(activity.fractionId()).isEqualTo("eco");
		assertThat(activity.capacity()).isEqualTo(30);
		assertThat(activity.audience().grades()).containsExactly(new GradeRange(5, 9));
		Occurrence occurrence = mongo().findOne(Query.query(Criteria.where("activityId").is(activity.id())),
				Occurrence.class);
		assertThat(occurrence.start()).isEqualTo(day.atTime(15, 0).atZone(ALMATY).toInstant());
		assertThat(occurrence.allDay()).isFalse();
	}

	@Test
	void wrongAnswersGetAHintAndTheStepStaysOpen() {
		TestChat admin = this.own.admin();
		admin.send("/new");
		admin.expect("new.ask-title");
		admin.send("Дебат");
		admin.tap(admin.expect("new.ask-fraction"), admin.t("new.no-fraction"));
		admin.expect("new.ask-when");
		admin.send("ертең бе?");
		assertThat(admin.expect("new.bad-when", "ертең бе?").text()).contains("/cancel");
		admin.send(TYPED.format(inWeeks(-2)) + " 15:00");
		admin.expect("new.when-past");
		admin.send(TYPED.format(inWeeks(2)));
		admin.expect("new.ask-place");
		admin.send("Акт залы");
		admin.send("оныншы");
		admin.expect("new.bad-audience", "оныншы");
		admin.send("8-11");
		admin.send("көп");
		admin.expect("new.bad-seats", 10_000);
		admin.send("/cancel");
		admin.expect("bot.cancelled");
		assertThat(mongo().count(Query.query(Criteria.where("title").is("Дебат")), Activity.class)).isZero();
	}

	@Test
	void backReturnsToTheQuestionBeforeAndKeepsTheAnswers() {
		TestChat admin = this.own.admin();
		SentMessage summary = newActivityUpToTheSummary(admin, "Құс ұясын жасау", inWeeks(4));
		admin.tap(summary, admin.t("flow.back"));
		admin.expect("new.ask-seats");
		admin.send("12");
		SentMessage again = admin.expect("new.summary");
		assertThat(again.text()).contains(admin.t("card.seats", 12)).contains("Мектеп ауласы");
		admin.tap(again, admin.t("new.create"));
		admin.expectText(admin.t("new.created", "Құс ұясын жасау", "").split("\n")[0]);
		assertThat(
				mongo().findOne(Query.query(Criteria.where("title").is("Құс ұясын жасау")), Activity.class).capacity())
			.isEqualTo(12);
	}

	@Test
	void aCoordinatorRenamesAndMovesAnActivity() {
		Activity debate = comingDebate("Дебат турнирі");
		TestChat admin = this.own.admin();
		SentMessage card = openCard(admin, "Дебат турнирі");
		admin.tap(card, admin.t("manage.rename"));
		admin.expect("manage.ask.TITLE");
		admin.send("Сенбілік");
		admin.expect("manage.saved");
		SentMessage renamed = admin.expectThat("the renamed card", (m) -> m.text().startsWith("Сенбілік"));
		admin.tap(renamed, admin.t("manage.move"));
		admin.expect("manage.ask.WHEN");
		LocalDate day = inWeeks(7);
		admin.send(TYPED.format(day));
		admin.expect("manage.saved");
		Occurrence moved = this.own.birge().bean(Activities.class).occurrences(debate.id()).get(0);
		assertThat(moved.start()).isEqualTo(day.atStartOfDay(ALMATY).toInstant());
		assertThat(moved.allDay()).isTrue();
	}

	@Test
	void aCoordinatorCancelsAndRestoresAnActivity() {
		Activity debate = comingDebate("Экология апталығы");
		TestChat admin = this.own.admin();
		SentMessage card = openCard(admin, "Экология апталығы");
		admin.tap(card, admin.t("manage.cancel"));
		SentMessage confirm = admin.expect("manage.confirm-cancel", "Экология апталығы");
		admin.tap(confirm, admin.t("manage.yes-cancel"));
		SentMessage cancelled = admin.expect("card.status.CANCELLED");
		assertThat(mongo().findById(debate.id(), Activity.class).status()).isEqualTo(ActivityStatus.CANCELLED);
		admin.tap(cancelled, admin.t("manage.restore"));
		admin.expectThat("restored",
				(m) -> m.messageId() == cancelled.messageId() && !m.text().contains(admin.t("card.status.CANCELLED")));
		assertThat(mongo().findById(debate.id(), Activity.class).status()).isEqualTo(ActivityStatus.ACTIVE);
	}

	private SentMessage openCard(TestChat admin, String title) {
		admin.send("/activities");
		SentMessage list = admin.expect("manage.list", 1);
		SentMessage page = list;
		while (page.callbackData(title).isEmpty()) {
			admin.tap(page, admin.t("paging.next"));
			SentMessage before = page;
			page = admin.expectThat("the next page", (m) -> m.messageId() == before.messageId());
		}
		admin.tap(page, title);
		SentMessage shown = page;
		return admin.expectThat("the card", (m) -> m.messageId() == shown.messageId() && m.text().contains(title));
	}

}
