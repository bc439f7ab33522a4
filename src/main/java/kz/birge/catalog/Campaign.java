package kz.birge.catalog;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A plan or campaign ("TazaLike 2025", the school parliament's 2025-2026 plan): its
 * period and when its reports are due.
 *
 * @param id identifier
 * @param organisationId whose plan it is
 * @param title the plan's title
 * @param key what makes an import of the same plan the same campaign
 * @param start first day of the plan's period
 * @param end last day of the plan's period
 * @param reportDeadlines days by which a report is due
 * @param weeklyReportDay the weekday of a weekly report, or null
 * @param sourceFile the file it was last imported from
 * @param importedAt when it was last imported
 */
@CompoundIndex(name = "organisation_key", def = "{organisationId: 1, key: 1}")
@CompoundIndex(name = "end", def = "{end: 1}")
@Document("campaigns")
public record Campaign(@Id String id, String organisationId, String title, String key, LocalDate start, LocalDate end,
		List<LocalDate> reportDeadlines, DayOfWeek weeklyReportDay, String sourceFile, Instant importedAt) {

	public Campaign {
		reportDeadlines = (reportDeadlines != null) ? List.copyOf(reportDeadlines) : List.of();
	}

	public Optional<DayOfWeek> weeklyReport() {
		return Optional.ofNullable(this.weeklyReportDay);
	}

}
