package kz.birge.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

/** A coordinator creates an activity with /new, then renames, moves, cancels and restores it with /activities. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityAdminTests {

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.own = OwnBirge.start(Map.of());
		this.own.birge().bean(Organisations.class).save(new Organisation("school-2", "Көкшетау №2 мектеп-лицей"));
		mongo().save(new Fraction("eco", "school-2", "ЭКОЛОГИЯ ФРАКЦИЯСЫ", 1, List.of("«ЭКО START» ЖОБАСЫ")));
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	private MongoTemplate mongo() {
		return this.own.birge().mongo();
	}

	@Test
	void aCoordinatorCreatesChangesCancelsAndRestoresAnActivity() {
		TestChat admin = this.own.admin();
		admin.send("/new");
		admin.expect("new.ask-title");
		admin.send("Мектеп ауласын тазалау");
		SentMessage fractions = admin.expect("new.ask-fraction");
		admin.tap(fractions, "ЭКОЛОГИЯ");
		admin.expect("new.ask-when");
		admin.send("ертең бе?");
		admin.expect("new.bad-when", "ертең бе?");
		admin.send("12.12.2020 15:00");
		admin.expect("new.when-past");
		admin.send("12.12.2027 15:00");
		admin.expect("new.ask-place");
		admin.send("Мектеп ауласы");
		admin.expect("new.ask-audience");
		admin.send("оныншы");
		admin.expect("new.bad-audience", "оныншы");
		admin.send("5-9 сынып");
		admin.expect("new.ask-seats");
		admin.send("көп");
		admin.expect("new.bad-seats", 10_000);
		admin.send("30");
		SentMessage summary = admin.expect("new.summary");
		assertThat(summary.text()).contains("Мектеп ауласы").contains(admin.t("card.seats", 30)).contains("ЭКОЛОГИЯ ФРАКЦИЯСЫ");
		assertThat(mongo().count(Query.query(Criteria.where("title").is("Мектеп ауласын тазалау")), Activity.class)).isZero();
		admin.tap(summary, admin.t("new.create"));
		admin.expectText(admin.t("new.created", "Мектеп ауласын тазалау", "").split("\n")[0]);

		Activity activity = mongo().findOne(Query.query(Criteria.where("title").is("Мектеп ауласын тазалау")), Activity.class);
		assertThat(activity.organisationId()).isEqualTo("school-2");
		assertThat(activity.fractionId()).isEqualTo("eco");
		assertThat(activity.capacity()).isEqualTo(30);
		assertThat(activity.audience().grades()).containsExactly(new GradeRange(5, 9));
		Occurrence occurrence = mongo().findOne(Query.query(Criteria.where("activityId").is(activity.id())), Occurrence.class);
		// 15:00 in Almaty (UTC+5) is 10:00 UTC
		assertThat(occurrence.start()).isEqualTo(Instant.parse("2027-12-12T10:00:00Z"));
		assertThat(occurrence.allDay()).isFalse();

		admin.send("/activities");
		SentMessage list = admin.expect("manage.list", 1);
		admin.tap(list, "Мектеп ауласын");
		SentMessage card = admin.expectThat("the card",
				(m) -> m.messageId() == list.messageId() && m.text().contains(admin.t("card.seats", 30)));
		admin.tap(card, admin.t("manage.rename"));
		admin.expect("manage.ask.TITLE");
		admin.send("Сенбілік");
		admin.expect("manage.saved");
		admin.tap(card, admin.t("manage.move"));
		admin.expect("manage.ask.WHEN");
		admin.send("13 желтоқсан 2027");
		SentMessage moved = admin.expectThat("the moved card", (m) -> m.text().startsWith("Сенбілік") && m.text().contains("13"));
		Occurrence after = mongo().findById(occurrence.id(), Occurrence.class);
		assertThat(after.start()).isEqualTo(Instant.parse("2027-12-12T19:00:00Z"));
		assertThat(after.allDay()).isTrue();

		admin.tap(moved, admin.t("manage.cancel"));
		SentMessage confirm = admin.expect("manage.confirm-cancel", "Сенбілік");
		admin.tap(confirm, admin.t("manage.yes-cancel"));
		SentMessage cancelled = admin.expect("card.status.CANCELLED");
		assertThat(mongo().findById(activity.id(), Activity.class).status()).isEqualTo(ActivityStatus.CANCELLED);
		admin.tap(cancelled, admin.t("manage.restore"));
		admin.expectThat("restored",
				(m) -> m.messageId() == cancelled.messageId() && !m.text().contains(admin.t("card.status.CANCELLED")));
		assertThat(mongo().findById(activity.id(), Activity.class).status()).isEqualTo(ActivityStatus.ACTIVE);
	}

	@Test
	void othersCannotCreateOrChangeActivities() {
		Activity existing = this.own.birge()
			.bean(Activities.class)
			.create(new Activities.NewActivity("school-2", "Дебат", java.util.Optional.empty(),
					Instant.parse("2027-01-10T09:00:00Z"), Instant.parse("2027-01-10T11:00:00Z"), false,
					java.util.Optional.empty(), Audience.UNSPECIFIED, java.util.Optional.empty(), "Birge"));
		TestChat student = this.own.newChat("Дана", "kk");
		student.send("/new");
		student.expect("new.not-allowed");
		student.send("/activities");
		student.expect("manage.not-allowed");
		student.tapData(1, "mc:" + existing.id() + ":1");
		this.own.api().awaitIdle();
		assertThat(mongo().findById(existing.id(), Activity.class).status()).isEqualTo(ActivityStatus.ACTIVE);
		assertThat(this.own.api()
			.calls("answerCallbackQuery")
			.stream()
			.anyMatch((call) -> call.params().path("text").asText("").equals(student.t("manage.not-allowed")))).isTrue();
	}

}
