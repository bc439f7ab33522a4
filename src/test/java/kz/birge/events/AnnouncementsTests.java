package kz.birge.events;

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
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.catalog.PlanImported;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan that brings many new activities to a fraction tells each member once, in one
 * message that lists them and fits in Telegram's 4,096 characters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnouncementsTests {

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(Instant.parse("2026-12-01T04:00:00Z"));
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class);
		this.own.birge().bean(Organisations.class).save(new Organisation("school", "Көкшетау №2 мектеп-лицей"));
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	@Test
	void thirtyNewActivitiesOfAFractionReachAMemberAsOneMessage() {
		this.clock.set(Instant.parse("2026-12-01T04:00:00Z"));
		List<String> created = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			Instant start = this.clock.instant().plus(Duration.ofDays(i));
			Activity activity = this.own.birge()
				.bean(Activities.class)
				.create(new Activities.NewActivity("school",
						"Экология апталығы " + i + ": " + "қоршаған ортаны қорғау туралы ашық сабақ ".repeat(4),
						Optional.of("fraction-eco"), start, start.plus(Duration.ofHours(1)), false, Optional.empty(),
						new Audience(List.of(new GradeRange(5, 9)), Set.of(Category.STUDENTS)), Optional.empty(),
						"Birge"));
			created.add(activity.id());
		}
		TestChat dana = this.own.member("Дана", "kk", Role.STUDENT, Optional.of(new SchoolClass(7, "А")), "school");
		this.own.birge().bean(FractionMembers.class).join("fraction-eco", dana.id());
		dana.remember();

		this.own.birge().bean(ChangeNotices.class).onImport(new PlanImported("school", "plan", created));

		SentMessage news = dana.expect("notice.new-in-fraction-many", 30);
		this.own.api().awaitIdle();
		assertThat(dana.fresh()).hasSize(1);
		assertThat(news.text()).hasSizeLessThanOrEqualTo(4096).contains("Экология апталығы 1:");
		assertThat(news.text()).contains(dana.t("notice.and-more", 0).replace("0", "").replace(":", "").strip());
		assertThat(news.callbackButtons()).hasSize(8);
		this.own.api().assertNoErrors();
	}

}
