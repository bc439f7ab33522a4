package kz.birge.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.Texts;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Metric;

import org.springframework.stereotype.Component;

/**
 * /recount's work: checks each campaign of a coordinator's organisation against the raw
 * records, rebuilds the counters when asked to, and says how each campaign fared.
 */
@Component
class RecountReport {

	/** Width of a campaign's title on its line. */
	static final int TITLE_WIDTH = 80;

	/** The most differences named for one campaign. */
	static final int MAX_DIFFERENCES = 5;

	/** How a campaign's counters fared. */
	enum Status {

		AGREE, DIFFER, REPAIRED

	}

	/** One campaign's result. */
	record Outcome(Campaign campaign, Status status, List<Recount.Difference> differences) {
	}

	private final CampaignReports reports;

	private final Recount recount;

	RecountReport(CampaignReports reports, Recount recount) {
		this.reports = reports;
		this.recount = recount;
	}

	/**
	 * Checks the campaigns of an organisation (of every one when empty), rebuilding those
	 * that differ when {@code repair}.
	 */
	List<Outcome> run(Optional<String> organisationId, boolean repair) {
		return this.reports.campaigns(organisationId).stream().map((campaign) -> check(campaign, repair)).toList();
	}

	private Outcome check(Campaign campaign, boolean repair) {
		List<Recount.Difference> differences = this.recount.check(campaign.id());
		if (differences.isEmpty()) {
			return new Outcome(campaign, Status.AGREE, differences);
		}
		if (repair) {
			this.recount.rebuild(campaign.id());
			return new Outcome(campaign, Status.REPAIRED, differences);
		}
		return new Outcome(campaign, Status.DIFFER, differences);
	}

	/** One line a campaign. */
	String text(BotContext ctx, List<Outcome> outcomes) {
		if (outcomes.isEmpty()) {
			return ctx.t("report.no-campaigns");
		}
		return String.join("\n", outcomes.stream().map((outcome) -> line(ctx, outcome)).toList());
	}

	private static String line(BotContext ctx, Outcome outcome) {
		String title = Texts.shorten(outcome.campaign().title(), TITLE_WIDTH);
		return switch (outcome.status()) {
			case AGREE -> ctx.t("recount.agree", title);
			case REPAIRED -> ctx.t("recount.repaired", title);
			case DIFFER -> ctx.t("recount.differ", title,
					String.join("; ",
							outcome.differences()
								.stream()
								.limit(MAX_DIFFERENCES)
								.map((difference) -> difference(ctx, difference))
								.toList()));
		};
	}

	private static String difference(BotContext ctx, Recount.Difference difference) {
		String what = what(ctx, difference);
		String kept = ReportSummary.number(ctx, difference.kept());
		String counted = ReportSummary.number(ctx, difference.counted());
		return difference.occurrenceId()
			.map((occurrence) -> ctx.t("recount.difference-at", what, occurrence, kept, counted))
			.orElseGet(() -> ctx.t("recount.difference", what, kept, counted));
	}

	private static String what(BotContext ctx, Recount.Difference difference) {
		return switch (difference.kind()) {
			case PARTICIPANTS -> ctx.t("report.summary.participants");
			case UNIQUE -> ctx.t("report.summary.unique");
			case CLASSES -> ctx.t("report.summary.classes");
			case SCHOOLS -> ctx.t("report.summary.schools");
			case METRIC -> metric(ctx, difference.metricKey().orElse(""));
		};
	}

	/**
	 * An indicator by its key: a metric's name, or a custom one's key (its label is not
	 * kept with the counts).
	 */
	private static String metric(BotContext ctx, String key) {
		return Arrays.stream(Metric.values())
			.filter((metric) -> metric != Metric.CUSTOM && metric.name().equals(key))
			.findFirst()
			.map((metric) -> ctx.t("metric." + metric.name()))
			.orElseGet(() -> ctx.t("recount.custom-metric", key));
	}

}
