package kz.birge.indicators;

import kz.birge.bot.Texts;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.CallbackHandler;
import kz.birge.bot.CommandHandler;
import kz.birge.bot.Conversation;
import kz.birge.bot.ConversationHandler;
import kz.birge.bot.Incoming;
import kz.birge.bot.Reply;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Coordinators;
import kz.birge.indicators.report.ReportData;
import kz.birge.indicators.report.ReportFiles;
import kz.birge.user.User;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /report: a coordinator picks a campaign and gets a summary message, an .xlsx with one sheet per
 * view and a chart of participants by fraction (or by month); targets are set from the summary.
 * /recount checks the kept counts against the raw records.
 */
@Configuration(proxyBeanMethods = false)
class ReportHandlers implements ConversationHandler {

	static final String TARGET_FLOW = "target";

	private static final int GROUP_LINES = 8;

	@CallbackData.Prefix("rp")
	record Pick(String campaignId) implements CallbackData {
	}

	@CallbackData.Prefix("tp")
	record ChooseTarget(String campaignId) implements CallbackData {
	}

	@CallbackData.Prefix("tm")
	record SetTarget(String campaignId, String key) implements CallbackData {
	}

	@CallbackData.Prefix("ta")
	record ChooseActivityTarget(String campaignId) implements CallbackData {
	}

	/** A target on one activity, compared with its average per occurrence. */
	@CallbackData.Prefix("tA")
	record SetActivityTarget(String activityId) implements CallbackData {
	}

	private final Coordinators coordinators;

	private final CampaignReports reports;

	private final Targets targets;

	private final Recount recount;

	ReportHandlers(Coordinators coordinators, CampaignReports reports, Targets targets, Recount recount) {
		this.coordinators = coordinators;
		this.reports = reports;
		this.targets = targets;
		this.recount = recount;
	}

	@Override
	public String flow() {
		return TARGET_FLOW;
	}

	@Bean
	CommandHandler reportCommand() {
		return CommandHandler.of("report", 43, CommandHandler.MenuAudience.COORDINATORS, (ctx, args) -> this.coordinators.coordinator(ctx.userId()).ifPresentOrElse((user) -> {
			List<Campaign> campaigns = this.reports.campaigns(user.organisation());
			if (campaigns.isEmpty()) {
				ctx.say("report.no-campaigns");
				return;
			}
			List<Button> buttons = campaigns.stream().map((c) -> ctx.button(Texts.shorten(c.title(), 60), new Pick(c.id()))).toList();
			ctx.reply(new Reply(ctx.t("report.choose"), BotContext.inline(buttons, 1)));
		}, () -> ctx.say("report.not-allowed")));
	}

	@Bean
	CallbackHandler<Pick> reportPickButton() {
		return CallbackHandler.of(Pick.class, (ctx, data) -> campaign(ctx, data.campaignId()).ifPresent((campaign) -> send(ctx, campaign)));
	}

	@Bean
	CallbackHandler<ChooseTarget> reportChooseTargetButton() {
		return CallbackHandler.of(ChooseTarget.class, (ctx, data) -> campaign(ctx, data.campaignId()).ifPresent((campaign) -> {
			List<Button> buttons = new ArrayList<>();
			buttons.add(ctx.button(ctx.t("metric.PARTICIPANTS"), new SetTarget(campaign.id(), Metric.PARTICIPANTS.name())));
			for (CampaignReports.Column column : this.reports.columns(campaign)) {
				buttons.add(ctx.button(Texts.shorten(IndicatorFlow.label(ctx, column.indicator()), 40), new SetTarget(campaign.id(), column.key())));
			}
			buttons.add(ctx.buttonOf("report.activity-target", new ChooseActivityTarget(campaign.id())));
			ctx.reply(new Reply(ctx.t("report.choose-target"), BotContext.inline(buttons, 1)));
		}));
	}

	@Bean
	CallbackHandler<ChooseActivityTarget> reportChooseActivityTargetButton() {
		return CallbackHandler.of(ChooseActivityTarget.class, (ctx, data) -> campaign(ctx, data.campaignId()).ifPresent((campaign) -> {
			List<Button> buttons = this.reports.activities(campaign)
				.stream()
				.limit(40)
				.map((activity) -> ctx.button(Texts.shorten(activity.title(), 50), new SetActivityTarget(activity.id())))
				.toList();
			ctx.show(new Reply(ctx.t("report.choose-activity"), BotContext.inline(buttons, 1)));
		}));
	}

	@Bean
	CallbackHandler<SetActivityTarget> reportSetActivityTargetButton() {
		return CallbackHandler.of(SetActivityTarget.class, (ctx, data) -> this.reports.activity(data.activityId())
			.flatMap((activity) -> campaign(ctx, activity.campaignId()).map((campaign) -> activity))
			.ifPresent((activity) -> {
				ctx.converse(new Conversation(TARGET_FLOW, "VALUE", Map.of("campaign", activity.campaignId(), "scope",
						Targets.activity(activity.id()), "key", Metric.PARTICIPANTS.name())));
				ctx.say("report.ask-activity-target", activity.title());
			}));
	}

	@Bean
	CallbackHandler<SetTarget> reportSetTargetButton() {
		return CallbackHandler.of(SetTarget.class, (ctx, data) -> campaign(ctx, data.campaignId()).ifPresent((campaign) -> {
			ctx.converse(new Conversation(TARGET_FLOW, "VALUE", Map.of("campaign", campaign.id(), "key", data.key())));
			ctx.say("report.ask-target");
		}));
	}

	@Bean
	CommandHandler recountCommand() {
		return CommandHandler.of("recount", 44, CommandHandler.MenuAudience.COORDINATORS, (ctx, args) -> this.coordinators.coordinator(ctx.userId()).ifPresentOrElse((user) -> {
			List<String> lines = new ArrayList<>();
			boolean repair = args.strip().equalsIgnoreCase("fix");
			for (Campaign campaign : this.reports.campaigns(user.organisation())) {
				List<String> differences = this.recount.check(campaign.id());
				if (repair && !differences.isEmpty()) {
					this.recount.rebuild(campaign.id());
					lines.add(ctx.t("recount.repaired", Texts.shorten(campaign.title(), 80)));
					continue;
				}
				lines.add(differences.isEmpty() ? ctx.t("recount.agree", Texts.shorten(campaign.title(), 80))
						: ctx.t("recount.differ", Texts.shorten(campaign.title(), 80), String.join("; ", differences.subList(0, Math.min(5, differences.size())))));
			}
			ctx.say("recount.result", String.join("\n", lines.isEmpty() ? List.of(ctx.t("report.no-campaigns")) : lines));
			if (!repair && lines.stream().anyMatch((line) -> line.startsWith("✗"))) {
				ctx.say("recount.how-to-repair");
			}
		}, () -> ctx.say("report.not-allowed")));
	}

	@Override
	public void onInput(BotContext ctx, Conversation conversation) {
		Optional<Campaign> campaign = conversation.get("campaign").flatMap((id) -> campaign(ctx, id));
		if (campaign.isEmpty()) {
			ctx.endConversation();
			return;
		}
		String text = (ctx.update().incoming() instanceof Incoming.Text typed) ? typed.text() : "";
		TypedNumber.Reading reading = TypedNumber.read(text, Metric.CUSTOM.ceiling());
		if (!(reading instanceof TypedNumber.Reading.Value value) || value.value().signum() == 0) {
			ctx.say("report.bad-target");
			return;
		}
		String scope = conversation.get("scope").orElse(Targets.campaign(campaign.get().id()));
		this.targets.set(scope, conversation.get("key").orElseThrow(), value.value());
		ctx.endConversation();
		ctx.say("report.target-saved", number(ctx, value.value()));
	}

	private Optional<Campaign> campaign(BotContext ctx, String campaignId) {
		Optional<Campaign> campaign = this.reports.campaign(campaignId)
			.filter((found) -> this.coordinators.manages(ctx.userId(), found.organisationId()));
		if (campaign.isEmpty()) {
			ctx.notice("report.not-allowed");
		}
		return campaign;
	}

	/** The summary message, the workbook and the chart. */
	void send(BotContext ctx, Campaign campaign) {
		ReportData data = this.reports.build(ctx, campaign);
		ctx.reply(new Reply(summary(ctx, data, activityTargets(ctx, campaign)),
				BotContext.inline(List.of(ctx.buttonOf("report.set-target", new ChooseTarget(campaign.id()))), 1)));
		ctx.sender().sendDocument(ctx.chatId(), ctx.t("report.file-name") + ".xlsx", ReportFiles.xlsx(data, ctx::t),
				ctx.t("report.file-caption", Texts.shorten(campaign.title(), 200)));
		List<ReportData.Group> groups = (data.byFraction().size() > 1) ? data.byFraction() : data.byMonth();
		String chartTitle = ctx.t((data.byFraction().size() > 1) ? "report.chart-by-fraction" : "report.chart-by-month");
		ctx.sender().sendDocument(ctx.chatId(), ctx.t("report.chart-file-name") + ".png",
				ReportFiles.participantsChart(chartTitle, groups, ctx::t), chartTitle);
	}

	static String summary(BotContext ctx, ReportData data) {
		return summary(ctx, data, List.of());
	}

	static String summary(BotContext ctx, ReportData data, List<String> activityTargets) {
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("report.title", Texts.shorten(data.title(), 300)));
		lines.add(ctx.t("report.summary.participants") + ": " + data.participants());
		lines.add(ctx.t("report.summary.unique") + ": " + data.uniqueParticipants());
		lines.add(ctx.t("report.summary.classes") + ": " + data.classesCovered() + ", " + ctx.t("report.summary.schools") + ": "
				+ data.schoolsCovered());
		lines.add("");
		lines.add(ctx.t("report.indicators"));
		for (ReportData.Total total : data.totals()) {
			String line = "• " + total.label() + ": " + number(ctx, total.value()) + (total.unit().isEmpty() ? "" : " " + total.unit());
			if (total.target().isPresent()) {
				line += " " + ctx.t("report.of-target", number(ctx, total.target().get()),
						total.shareReached().map((share) -> number(ctx, share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP))).orElse("0"));
			}
			lines.add(line);
		}
		group(ctx, lines, "report.by-fraction", data.byFraction());
		activityTargets.forEach(lines::add);
		group(ctx, lines, "report.by-month", data.byMonth());
		group(ctx, lines, "report.by-branch", data.byBranch());
		String text = String.join("\n", lines);
		return (text.length() <= 4000) ? text : text.substring(0, 3999) + "…";
	}

	/** Lines for the activities with a target: their average participants per occurrence against it. */
	private List<String> activityTargets(BotContext ctx, Campaign campaign) {
		List<String> lines = new ArrayList<>();
		for (CampaignReports.ActivityTarget target : this.reports.activityTargets(campaign)) {
			if (lines.isEmpty()) {
				lines.add("");
				lines.add(ctx.t("report.activity-targets"));
			}
			lines.add("• " + Texts.shorten(target.title(), 60) + ": " + ctx.t("report.activity-target-line", number(ctx, target.average()),
					number(ctx, target.target()), number(ctx, target.sharePercent())));
		}
		return lines;
	}

	private static void group(BotContext ctx, List<String> lines, String key, List<ReportData.Group> groups) {
		if (groups.isEmpty()) {
			return;
		}
		lines.add("");
		lines.add(ctx.t(key));
		groups.stream().limit(GROUP_LINES).forEach((group) -> lines.add("• " + Texts.shorten(group.label(), 60) + ": "
				+ ctx.t("report.group-line", group.occurrences(), group.participants())));
		if (groups.size() > GROUP_LINES) {
			lines.add(ctx.t("report.more-in-file", groups.size() - GROUP_LINES));
		}
	}

	static String number(BotContext ctx, BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(ctx.lang().locale());
		format.setMaximumFractionDigits(Counters.SCALE);
		return format.format(value);
	}


}
