package kz.birge.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kz.birge.catalog.Campaign;
import kz.birge.planimport.PlanImporter;
import kz.birge.planimport.PlanReader;
import kz.birge.planimport.source.Seeds;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.TestChat;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordinators hear of a coming report deadline, and get the weekly summary on the plan's
 * day, once each.
 */
class ReportRemindersTests {

	@Test
	void aDeadlineReminderAndAWeeklySummaryComeOnce() throws Exception {
		MutableClock clock = MutableClock.Config.CLOCK;
		clock.set(Instant.parse("2025-04-01T04:00:00Z"));
		try (OwnBirge own = OwnBirge.start(Map.of("birge.reports.every", "PT0.2S"), MutableClock.Config.class)) {
			PlanImporter importer = own.birge().bean(PlanImporter.class);
			importer.save(PlanReader.read("tazalike.txt", Seeds.bytes("000")).plan(), "tazalike.txt", Optional.empty());
			importer.save(PlanReader.read("road.txt", Seeds.bytes("001")).plan(), "road.txt", Optional.empty());
			TestChat admin = own.admin();
			admin.send("/help");
			admin.expect("help.coordinator");

			// 19 April 2025: the TazaLike report is due on the 21st
			admin.remember();
			clock.set(Instant.parse("2025-04-19T04:00:00Z"));
			admin.expect("report.deadline-soon", title(own, "tazalike.txt"), day(2025, 4, 21), 2);
			own.api().awaitIdle();
			admin.remember();
			clock.set(Instant.parse("2025-04-19T10:00:00Z"));
			Thread.sleep(600);
			assertThat(admin.fresh()).isEmpty();

			// Thursday 4 August 2011: the road-to-school plan asks for a report every
			// Thursday
			clock.set(Instant.parse("2011-08-04T04:00:00Z"));
			admin.expect("report.weekly", title(own, "road.txt"), day(2011, 8, 4));
			admin.expect("report.indicators");
		}
		finally {
			clock.set(Instant.parse("2026-11-23T04:00:00Z"));
		}
	}

	private static String title(OwnBirge own, String sourceFile) {
		return own.birge()
			.mongo()
			.findOne(Query.query(Criteria.where("sourceFile").is(sourceFile)), Campaign.class)
			.title();
	}

	private static String day(int year, int month, int day) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("kk"))
			.format(LocalDate.of(year, month, day));
	}

}
