package kz.birge.bot;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.catalog.PlanStore;
import kz.birge.indicators.Counters;
import kz.birge.indicators.IndicatorValues;
import kz.birge.signup.Registrations;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import kz.birge.user.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram's sizes, at each place where a text can grow: a 5,000-character title typed in
 * /new, a plan whose rows are 3,000 characters long, a long /activities list, a roster of
 * 200 people, a report with many rows, and the captions under a chart and an album. The
 * fake Bot API refuses what Telegram refuses (400 "message is too long", "message caption
 * is too long"), so a place that is missed fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramSizesTests {

	private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");

	private static final String SCHOOL = "big-school";

	private static final String CAMPAIGN = "Жасыл ел жобасы " + filler(3000);

	private static final int FRACTIONS = 12;

	private static final int ACTIVITIES = 30;

	private static final int CROWD = 200;

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	private final List<Activity> activities = new ArrayList<>();

	private int refusedBefore;

	@BeforeAll
	void aSchoolWithHugeNames() {
		this.clock.set(NOW);
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class);
		this.own.birge().bean(Organisations.class).save(new Organisation(SCHOOL, "Көкшетау №2 мектеп-лицей"));
		List<Fraction> fractions = new ArrayList<>();
		for (int i = 1; i <= FRACTIONS; i++) {
			fractions.add(new Fraction("f" + i, SCHOOL, "ФРАКЦИЯ " + i + " " + filler(3000), i, List.of()));
		}
		this.own.birge().bean(PlanStore.class).saveFractions(fractions);
		Activities catalog = this.own.birge().bean(Activities.class);
		for (int i = 1; i <= ACTIVITIES; i++) {
			Instant start = NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(i));
			this.activities.add(catalog.create(new Activities.NewActivity(SCHOOL, "Іс-шара " + i + " " + filler(3000),
					Optional.of("f" + (1 + i % FRACTIONS)), start, start.plus(Duration.ofHours(1)), false,
					Optional.of("Орны " + filler(2000)),
					new Audience(List.of(new GradeRange(5, 11)), Set.of(Category.STUDENTS)), Optional.empty(),
					CAMPAIGN)));
		}
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	@BeforeEach
	void now() {
		this.clock.set(NOW);
		this.refusedBefore = this.own.api().errors().size();
	}

	@AfterEach
	void telegramRefusedNothing() {
		List<?> refused = this.own.api().errors();
		assertThat(refused.subList(this.refusedBefore, refused.size())).as("calls Telegram would refuse").isEmpty();
	}

	@Test
	void aHugeTitleTypedInNewIsRefusedAndAHugeDateIsEchoedCut() {
		TestChat admin = this.own.admin();
		admin.send("/new");
		SentMessage first = admin.expectThat("the first question", (m) -> m.text().contains(admin.t("new.ask-title"))
				|| m.text().contains(admin.t("new.ask-organisation")));
		if (first.text().contains(admin.t("new.ask-organisation"))) {
			admin.tap(first, "Көкшетау");
			admin.expect("new.ask-title");
		}
		admin.send(filler(5000));
		admin.expect("new.bad-title", 200);
		admin.send("Эко-сабақ");
		SentMessage fractions = admin.expect("new.ask-fraction");
		assertThat(fractions.callbackButtons()).hasSizeGreaterThan(FRACTIONS)
			.allSatisfy((label) -> assertThat(label.length()).isLessThanOrEqualTo(Texts.BUTTON));
		admin.tap(fractions, admin.t("new.no-fraction"));
		admin.expect("new.ask-when");
		String typed = "ертеңгі " + filler(5000);
		admin.send(typed);
		SentMessage hint = admin.expectThat("the hint", (m) -> m.text().contains(typed.substring(0, 40)));
		assertThat(hint.text()).doesNotContain(typed).contains("/cancel");
		admin.send("/cancel");
		admin.expect("bot.cancelled");
	}

	@Test
	void aPlanWithHugeRowsIsPreviewedAndImportedInMessagesThatFit() {
		TestChat admin = this.own.admin();
		StringBuilder plan = new StringBuilder(
				"Ақсу ауылының ЖББМ-нің 2026-2027 оқу жылына арналған іс-шаралар жоспары " + filler(3000) + "\n");
		plan.append("№\tІс-шараның атауы\tӨткізу мерзімі\tҚатысушылар\tОрындалу индикаторлары\n");
		for (int i = 1; i <= 8; i++) {
			plan.append(i)
				.append("\t«Ұзын атау ")
				.append(i)
				.append(' ')
				.append(filler(3000))
				.append("»\t14 желтоқсан\t")
				.append(filler(3000))
				.append("\tҚатысушылар саны\n");
		}
		admin.sendFile("huge-rows.txt", plan.toString().getBytes(StandardCharsets.UTF_8));
		SentMessage preview = admin.expect("import.preview.question");
		admin.tap(preview, admin.t("import.confirm"));
		admin.expectThat("import done", (m) -> m.messageId() == preview.messageId()
				&& m.text().startsWith(admin.t("import.done", "x", "", 0, 0, 0, 0, 0).substring(0, 8)));
		this.own.api().awaitIdle();
	}

	@Test
	void aLongActivitiesListAndACardOfAHugeActivityFit() {
		TestChat admin = this.own.admin();
		admin.send("/activities");
		SentMessage list = admin.expectThat("the list", (m) -> !m.callbackButtons().isEmpty());
		assertThat(list.callbackButtons())
			.allSatisfy((label) -> assertThat(label.length()).isLessThanOrEqualTo(Texts.BUTTON));
		admin.tap(list, "Іс-шара");
		SentMessage card = admin.expectThat("the card", (m) -> m.text().contains("Іс-шара"));
		assertThat(card.text()).contains(admin.t("card.no-seat-limit"));
		this.own.api().awaitIdle();
	}

	@Test
	void aRosterOfTwoHundredPeopleFits() {
		Activity crowded = this.activities.get(0);
		Occurrence occurrence = this.own.birge().bean(Activities.class).occurrences(crowded.id()).get(0);
		Users users = this.own.birge().bean(Users.class);
		Registrations registrations = this.own.birge().bean(Registrations.class);
		Catalogue catalogue = this.own.birge().bean(Catalogue.class);
		for (int i = 0; i < CROWD; i++) {
			long id = 800_000_000L + i;
			users.arrive(new Person(id, "Оқушы " + i + " " + filler(60), filler(60), "", "kk"), id);
			users.becomeStudent(id, new SchoolClass(5 + i % 7, "А"), Optional.of(SCHOOL));
			registrations.signUp(catalogue.listing(occurrence.id()).orElseThrow(), id, id);
		}
		this.clock.set(occurrence.start().plus(Duration.ofMinutes(30)));
		TestChat teacher = this.own.member("Гүлмира", "kk", Role.TEACHER, Optional.empty(), SCHOOL);
		teacher.send("/roster");
		SentMessage choices = teacher.expect("roster.choose");
		teacher.tap(choices, "Іс-шара 1 ");
		SentMessage roster = teacher.expectThat("the roster",
				(m) -> m.messageId() == choices.messageId() && m.text().startsWith("Іс-шара 1 "));
		assertThat(roster.text()).contains(String.valueOf(CROWD));
		assertThat(roster.callbackButtons()).anyMatch((label) -> label.contains("Оқушы"))
			.allSatisfy((label) -> assertThat(label.length()).isLessThanOrEqualTo(Texts.BUTTON));
		this.own.api().awaitIdle();
	}

	@Test
	void aReportOfManyRowsAndTheCaptionsUnderItsChartAndPhotosFit() {
		Activity photographed = this.activities.get(1);
		Occurrence occurrence = this.own.birge().bean(Activities.class).occurrences(photographed.id()).get(0);
		Counters.Scope scope = new Counters.Scope(occurrence.id(), photographed.id(), occurrence.campaignId());
		IndicatorValues values = this.own.birge().bean(IndicatorValues.class);
		for (int i = 0; i < 3; i++) {
			values.addEvidence(scope, "photo", this.own.api().registerFile(new byte[] { 1, 2, (byte) i }, "p.jpg"));
		}
		TestChat coordinator = this.own.member("Әлия", "kk", Role.COORDINATOR, Optional.empty(), SCHOOL);
		coordinator.send("/report");
		coordinator.tap(coordinator.expect("report.choose"), "Жасыл ел");
		SentMessage summary = coordinator.expect("report.indicators");
		coordinator.expectThat("the chart",
				(m) -> m.document().map((d) -> d.fileName().endsWith(".png")).orElse(false));
		coordinator.tap(summary, coordinator.t("report.photos", 3));
		// the album comes after the bot has looked up the photos: wait for it, not for a
		// quiet moment, which a cold first run can have before the album goes
		this.own.api().awaitCalls("sendMediaGroup", 1);
		assertThat(this.own.api().albumsTo(coordinator.id())).isNotEmpty();
	}

	/** Kazakh words up to {@code length} characters. */
	private static String filler(int length) {
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			text.append("жасыл ").append("ағаш ").append("мектеп ");
		}
		return text.substring(0, length).strip();
	}

}
