package kz.birge.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Flow;
import kz.birge.bot.Incoming;
import kz.birge.bot.Reply;
import kz.birge.bot.Subject;
import kz.birge.bot.Texts;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Metric;

/**
 * /report: a coordinator picks a campaign and gets a summary message, an .xlsx with one
 * sheet per view and a chart of participants by fraction (or by month); targets are set
 * from the summary, each by one typed number. /recount checks the kept counts against the
 * raw records.
 */
@ChatHandlers
class ReportHandlers extends Flow<ReportHandlers.Step, ReportHandlers.Draft> {

	/** Width of a campaign's title on its button. */
	static final int CAMPAIGN_BUTTON_WIDTH = 60;

	/** Width of an indicator's name on its button. */
	static final int INDICATOR_BUTTON_WIDTH = 40;

	/** Width of an activity's title on its button. */
	static final int ACTIVITY_BUTTON_WIDTH = 50;

	/** The most activities offered for a target. */
	static final int MAX_ACTIVITIES = 40;

	enum Step {

		/** The target figure. */
		VALUE

	}

	/**
	 * The target being set.
	 *
	 * @param campaignId the campaign
	 * @param activityId the activity for a target on one activity; null for the
	 * campaign's
	 * @param key the indicator's key
	 */
	record Draft(String campaignId, String activityId, String key) implements Subject.OfCampaign {

		/** Where the target is kept. */
		String scope() {
			return (this.activityId != null) ? Targets.activity(this.activityId) : Targets.campaign(this.campaignId);
		}

	}

	@CallbackData.Prefix("rp")
	record Pick(String campaignId) implements CallbackData, Subject.OfCampaign {
	}

	@CallbackData.Prefix("tp")
	record ChooseTarget(String campaignId) implements CallbackData, Subject.OfCampaign {
	}

	@CallbackData.Prefix("tm")
	record SetTarget(String campaignId, String key) implements CallbackData, Subject.OfCampaign {
	}

	@CallbackData.Prefix("ta")
	record ChooseActivityTarget(String campaignId) implements CallbackData, Subject.OfCampaign {
	}

	/** A target on one activity, compared with its average per occurrence. */
	@CallbackData.Prefix("tA")
	record SetActivityTarget(String activityId) implements CallbackData, Subject.OfActivity {
	}

	private final CampaignReports reports;

	private final ReportSummary summary;

	private final RecountReport recount;

	private final Targets targets;

	ReportHandlers(CampaignReports reports, ReportSummary summary, RecountReport recount, Targets targets) {
		super("target", Step.class, Draft.class);
		this.reports = reports;
		this.summary = summary;
		this.recount = recount;
		this.targets = targets;
	}

	@Override
	protected Access access() {
		return Access.COORDINATOR;
	}

	// ------------------------------------------------------------------ the report

	@ChatHandlers.Command(value = "report", menu = 43, access = Access.COORDINATOR)
	void report(BotContext ctx) {
		List<Campaign> campaigns = this.reports.campaigns(ctx.caller().organisationId());
		if (campaigns.isEmpty()) {
			ctx.say("report.no-campaigns");
			return;
		}
		List<Button> buttons = campaigns.stream()
			.map((campaign) -> ctx.button(Texts.shorten(campaign.title(), CAMPAIGN_BUTTON_WIDTH),
					new Pick(campaign.id())))
			.toList();
		ctx.reply(new Reply(ctx.t("report.choose"), BotContext.inline(buttons, 1)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void pick(BotContext ctx, Pick data) {
		this.reports.campaign(data.campaignId())
			.ifPresentOrElse(
					(campaign) -> this.summary.send(ctx, campaign,
							BotContext.inline(
									List.of(ctx.buttonOf("report.set-target", new ChooseTarget(campaign.id()))), 1)),
					() -> ctx.outdated());
	}

	@ChatHandlers.Command(value = "recount", menu = 44, access = Access.COORDINATOR)
	void recount(BotContext ctx, String arguments) {
		boolean repair = arguments.strip().equalsIgnoreCase("fix");
		List<RecountReport.Outcome> outcomes = this.recount.run(ctx.caller().organisationId(), repair);
		ctx.say("recount.result", this.recount.text(ctx, outcomes));
		if (outcomes.stream().anyMatch((outcome) -> outcome.status() == RecountReport.Status.DIFFER)) {
			ctx.say("recount.how-to-repair");
		}
	}

	// ------------------------------------------------------------------ targets

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void chooseTarget(BotContext ctx, ChooseTarget data) {
		Optional<Campaign> campaign = this.reports.campaign(data.campaignId());
		if (campaign.isEmpty()) {
			ctx.outdated();
			return;
		}
		List<Button> buttons = new ArrayList<>();
		buttons.add(ctx.buttonOf("metric.PARTICIPANTS", new SetTarget(data.campaignId(), Metric.PARTICIPANTS.name())));
		for (CampaignReports.Column column : this.reports.columns(campaign.get())) {
			String label = Texts.shorten(IndicatorFlow.label(ctx, column.indicator()), INDICATOR_BUTTON_WIDTH);
			buttons.add(ctx.button(label, new SetTarget(data.campaignId(), column.key())));
		}
		buttons.add(ctx.buttonOf("report.activity-target", new ChooseActivityTarget(data.campaignId())));
		ctx.reply(new Reply(ctx.t("report.choose-target"), BotContext.inline(buttons, 1)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void chooseActivityTarget(BotContext ctx, ChooseActivityTarget data) {
		Optional<Campaign> campaign = this.reports.campaign(data.campaignId());
		if (campaign.isEmpty()) {
			ctx.outdated();
			return;
		}
		List<Button> buttons = this.reports.activities(campaign.get())
			.stream()
			.limit(MAX_ACTIVITIES)
			.map((activity) -> ctx.button(Texts.shorten(activity.title(), ACTIVITY_BUTTON_WIDTH),
					new SetActivityTarget(activity.id())))
			.toList();
		ctx.show(new Reply(ctx.t("report.choose-activity"), BotContext.inline(buttons, 1)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void setTarget(BotContext ctx, SetTarget data) {
		start(ctx, Step.VALUE, new Draft(data.campaignId(), null, data.key()));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void setActivityTarget(BotContext ctx, SetActivityTarget data) {
		this.reports.activity(data.activityId())
			.ifPresentOrElse(
					(activity) -> start(ctx, Step.VALUE,
							new Draft(activity.campaignId(), activity.id(), Metric.PARTICIPANTS.name())),
					() -> ctx.outdated());
	}

	@Override
	protected void ask(BotContext ctx, Step step, Draft draft) {
		if (draft.activityId() == null) {
			ctx.say("report.ask-target");
			return;
		}
		Optional<Activity> activity = this.reports.activity(draft.activityId());
		if (activity.isEmpty()) {
			finish(ctx);
			ctx.outdated();
			return;
		}
		ctx.say("report.ask-activity-target", activity.get().title());
	}

	@Override
	protected void onInput(BotContext ctx, Step step, Draft draft, Incoming incoming) {
		TypedNumber.Reading reading = TypedNumber.read(typed(incoming), Metric.CUSTOM.ceiling());
		if (!(reading instanceof TypedNumber.Reading.Value value) || value.value().signum() == 0) {
			hint(ctx, "report.bad-target");
			return;
		}
		this.targets.set(draft.scope(), draft.key(), value.value());
		finish(ctx);
		ctx.say("report.target-saved", ReportSummary.number(ctx, value.value()));
	}

}
