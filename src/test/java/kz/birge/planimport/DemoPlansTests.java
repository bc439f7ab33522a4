package kz.birge.planimport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import kz.birge.catalog.Activity;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;
import kz.birge.support.OwnBirge;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPlansTests {

	@Test
	void anEmptyDatabaseGetsTheTwoDemoPlansWithUpcomingActivities() {
		try (OwnBirge own = OwnBirge.start(Map.of("birge.demo", "true"))) {
			MongoTemplate mongo = own.birge().mongo();
			await(() -> mongo.count(new Query(), Campaign.class) == 2);
			List<Organisation> organisations = mongo.findAll(Organisation.class);
			assertThat(organisations).extracting(Organisation::name)
				.anySatisfy((name) -> assertThat(name).contains("Жоңғар-Алатауы"))
				.anySatisfy((name) -> assertThat(name).contains("№2"));
			assertThat(mongo.count(new Query(), Activity.class)).isEqualTo(12 + 37);
			Instant now = Instant.now();
			assertThat(mongo.count(Query.query(Criteria.where("start").gt(now)), Occurrence.class)).isPositive();
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
			int academicYear = (today.getMonthValue() >= 8) ? today.getYear() : today.getYear() - 1;
			Campaign parliament = mongo
				.findOne(Query.query(Criteria.where("sourceFile").is("school-parliament-plan.txt")), Campaign.class);
			assertThat(parliament.start()).isEqualTo(PlanPeriod.academicYear(academicYear).start());
			assertThat(parliament.title()).isEqualTo("«Мектеп парламенті»");
			Campaign tazaLike = mongo.findOne(Query.query(Criteria.where("sourceFile").is("tazalike-plan.txt")),
					Campaign.class);
			assertThat(tazaLike.reportDeadlines()).singleElement().satisfies((deadline) -> {
				assertThat(deadline.getMonthValue()).isEqualTo(4);
				assertThat(deadline).isAfter(today);
			});
		}
	}

	@Test
	void datesMoveIntoTheTargetPeriodKeepingDayAndMonth() {
		PlanDraft plan = new PlanDraft(Optional.empty(), "Жоспар 2025-2026 оқу жылы", PlanPeriod.academicYear(2025),
				List.of(), Optional.empty(), List.of(),
				List.of(new PlanDraft.ActivityDraft(1, 1, Optional.empty(), Optional.empty(), "A", "", Optional.empty(),
						List.of(), List.of(), "", "", Audience.UNSPECIFIED, List.of(), "", "",
						List.of(new Schedule.Between(LocalDate.of(2023, 12, 25), LocalDate.of(2024, 1, 10)),
								new Schedule.By(LocalDate.of(2022, 3, 4))))));
		PlanDraft moved = DemoPlans.moveTo(plan, PlanPeriod.academicYear(2026));
		assertThat(moved.title()).isEqualTo("Жоспар 2026-2027 оқу жылы");
		assertThat(moved.activities().get(0).schedules()).containsExactly(
				new Schedule.Between(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 10)),
				new Schedule.By(LocalDate.of(2027, 3, 4)));
	}

	private static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + 15_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Demo plans were not loaded in time");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
