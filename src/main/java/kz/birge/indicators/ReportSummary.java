package kz.birge.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.birge.bot.BotContext;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Reply;
import kz.birge.bot.Texts;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Campaign;
import kz.birge.indicators.report.ReportData;
import kz.birge.indicators.report.ReportFiles;

import org.springframework.stereotype.Component;

/**
 * A campaign's report as a coordinator gets it: the summary message, built line by line
 * from message templates, then the workbook and the chart of participants.
 */
@Component
class ReportSummary {

	/** The most lines of one group view in the message; the rest are in the file. */
	static final int GROUP_LINES = 8;

	/** Telegram's message limit, with room to spare. */
	static final int MAX_MESSAGE = 4000;

	/** Width of the campaign's title in the message's first line. */
	static final int TITLE_WIDTH = 300;

	/** Width of a group's or an activity's name on its line. */
	static final int LABEL_WIDTH = 60;

	/**
	 * The most months before this one shown under a monthly target; the rest are in the
	 * file.
	 */
	static final int EARLIER_MONTHS = 3;

	/** Width of the campaign's title in the workbook's caption. */
	static final int CAPTION_WIDTH = 200;

	private final CampaignReports reports;

	ReportSummary(CampaignReports reports) {
		this.reports = reports;
	}

	/**
	 * The summary message, the workbook and the chart; {@code under} goes under the
	 * message.
	 */
	void send(BotContext ctx, Campaign campaign, List<Activity> stored, Keyboard under) {
		CampaignReports.Report report = this.reports.report(ctx, campaign, stored);
		ReportData data = report.data();
		ctx.reply(new Reply(text(ctx, data, report.activityTargets(), monthly(ctx, campaign, report.monthlyTargets())),
				under));
		ctx.sender()
			.sendDocument(ctx.chatId(), ctx.t("report.file-name") + ".xlsx", ReportFiles.xlsx(data, ctx::t),
					ctx.t("report.file-caption", Texts.shorten(campaign.title(), CAPTION_WIDTH)));
		boolean byFraction = data.byFraction().size() > 1;
		String chartTitle = ctx.t(byFraction ? "report.chart-by-fraction" : "report.chart-by-month");
		ctx.sender()
			.sendDocument(ctx.chatId(), ctx.t("report.chart-file-name") + ".png",
					ReportFiles.participantsChart(chartTitle, byFraction ? data.byFraction() : data.byMonth(), ctx::t),
					chartTitle);
	}

	/** The summary message alone. */
	String text(BotContext ctx, Campaign campaign) {
		CampaignReports.Report report = this.reports.report(ctx, campaign, this.reports.storedActivities(campaign));
		return text(ctx, report.data(), report.activityTargets(), monthly(ctx, campaign, report.monthlyTargets()));
	}

	/**
	 * The "meetings a month" targets: this month's meetings against each, and the months
	 * before.
	 */
	private List<String> monthly(BotContext ctx, Campaign campaign, List<CampaignReports.MonthlyTarget> targets) {
		if (targets.isEmpty()) {
			return List.of();
		}
		YearMonth now = this.reports.thisMonth();
		List<YearMonth> earlier = this.reports.months(campaign)
			.stream()
			.filter((month) -> month.isBefore(now))
			.toList();
		List<String> lines = new ArrayList<>();
		lines.add("");
		lines.add(ctx.t("report.monthly-targets"));
		for (CampaignReports.MonthlyTarget target : targets) {
			lines.add(ctx.t("report.line.item", Texts.shorten(target.label(), LABEL_WIDTH),
					ctx.t("report.meetings-this-month", target.in(now), number(ctx, target.target()))));
			earlier.subList(Math.max(0, earlier.size() - EARLIER_MONTHS), earlier.size())
				.forEach((month) -> lines.add(ctx.t("report.meetings-in-month", CampaignReports.month(ctx, month),
						target.in(month), number(ctx, target.target()))));
		}
		return lines;
	}

	static String text(BotContext ctx, ReportData data, List<CampaignReports.ActivityTarget> activityTargets,
			List<String> monthly) {
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("report.title", Texts.shorten(data.title(), TITLE_WIDTH)));
		lines.add(ctx.t("report.line.participants", data.participants()));
		lines.add(ctx.t("report.line.unique", data.uniqueParticipants()));
		lines.add(ctx.t("report.line.coverage", data.classesCovered(), data.schoolsCovered()));
		lines.add("");
		lines.add(ctx.t("report.indicators"));
		data.totals().forEach((total) -> lines.add(total(ctx, total)));
		groups(ctx, lines, "report.by-fraction", data.byFraction());
		activityTargets(ctx, lines, activityTargets);
		lines.addAll(monthly);
		groups(ctx, lines, "report.by-month", data.byMonth());
		groups(ctx, lines, "report.by-branch", data.byBranch());
		return Texts.shorten(String.join("\n", lines), MAX_MESSAGE);
	}

	/** An indicator's total, with its unit, and against its target when there is one. */
	private static String total(BotContext ctx, ReportData.Total total) {
		String amount = amount(ctx, total.value(), total.unitKey());
		if (total.target().isEmpty()) {
			return ctx.t("report.line.item", total.label(), amount);
		}
		BigDecimal share = total.shareReached()
			.map((reached) -> reached.movePointRight(2).setScale(0, RoundingMode.HALF_UP))
			.orElse(BigDecimal.ZERO);
		return ctx.t("report.line.total-target", total.label(), amount, total.target().get(), share);
	}

	/**
	 * The activities with a target: their average participants per occurrence against it.
	 */
	private static void activityTargets(BotContext ctx, List<String> lines,
			List<CampaignReports.ActivityTarget> targets) {
		if (targets.isEmpty()) {
			return;
		}
		lines.add("");
		lines.add(ctx.t("report.activity-targets"));
		for (CampaignReports.ActivityTarget target : targets) {
			String reached = ctx.t("report.activity-target-line", scaled(target.average()), target.target(),
					target.sharePercent());
			lines.add(ctx.t("report.line.item", Texts.shorten(target.title(), LABEL_WIDTH), reached));
		}
	}

	private static void groups(BotContext ctx, List<String> lines, String key, List<ReportData.Group> groups) {
		if (groups.isEmpty()) {
			return;
		}
		lines.add("");
		lines.add(ctx.t(key));
		groups.stream()
			.limit(GROUP_LINES)
			.forEach((group) -> lines.add(ctx.t("report.line.item", Texts.shorten(group.label(), LABEL_WIDTH),
					ctx.t("report.group-line", group.occurrences(), group.participants()))));
		if (groups.size() > GROUP_LINES) {
			lines.add(ctx.t("report.more-in-file", groups.size() - GROUP_LINES));
		}
	}

	/**
	 * An amount as the reader writes it: a measure with its unit ("1,5 т", "16 адам"), a
	 * count alone ("5") where the indicator's name says what is counted.
	 * @param unitKey the unit's key as {@code Metric#unit()} names it
	 */
	static String amount(BotContext ctx, BigDecimal value, String unitKey) {
		return ctx.t("report.amount", scaled(value), unitKey);
	}

	/** A value with at most {@link Counters#SCALE} decimals, trailing zeros dropped. */
	static BigDecimal scaled(BigDecimal value) {
		BigDecimal rounded = value.setScale(Math.min(value.scale(), Counters.SCALE), RoundingMode.HALF_UP);
		return (rounded.signum() == 0) ? BigDecimal.ZERO : rounded.stripTrailingZeros();
	}

	/**
	 * A number as the reader writes it: "1,5" in Kazakh and Russian, "1.5" in English.
	 */
	static String number(BotContext ctx, BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(ctx.lang().locale());
		format.setMaximumFractionDigits(Counters.SCALE);
		return format.format(value);
	}

}
