package kz.birge.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import kz.birge.catalog.Campaigns;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.Metric;
import kz.birge.i18n.Lang;
import kz.birge.indicators.report.ReportFiles;

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

	/** Width of the caption under an album of photos. */
	static final int PHOTO_CAPTION_WIDTH = 200;

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
	 * @param fractionId the fraction for a target on one fraction; null otherwise
	 * @param key the indicator's key, {@link Targets#MEETINGS_PER_MONTH} or
	 * {@link Targets#UNIQUE}
	 */
	record Draft(String campaignId, String activityId, String fractionId, String key) implements Subject.OfCampaign {

		/** Where the target is kept. */
		String scope() {
			if (this.fractionId != null) {
				return Targets.fraction(this.fractionId);
			}
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

	/** "At least N meetings a month" for one activity: which activity. */
	@CallbackData.Prefix("tM")
	record ChooseMonthlyActivity(String campaignId) implements CallbackData, Subject.OfCampaign {
	}

	@CallbackData.Prefix("tN")
	record SetMonthlyActivity(String activityId) implements CallbackData, Subject.OfActivity {
	}

	/** "At least N meetings a month" for one fraction: which fraction. */
	@CallbackData.Prefix("tf")
	record ChooseMonthlyFraction(String campaignId) implements CallbackData, Subject.OfCampaign {
	}

	/** A fraction by its place among the organisation's, so that the data stays short. */
	@CallbackData.Prefix("tF")
	record SetMonthlyFraction(String campaignId, int position) implements CallbackData, Subject.OfCampaign {
	}

	/** The photos given as evidence, an album per occurrence. */
	@CallbackData.Prefix("ph")
	record Photos(String campaignId) implements CallbackData, Subject.OfCampaign {
	}

	/** The plan report in a language the coordinator chose. */
	@CallbackData.Prefix("pd")
	record PlanDocx(String campaignId, String lang, String period,
			int part) implements CallbackData, Subject.OfCampaign {

		/** The plan report of a campaign in its plan's language, over a period. */
		static PlanDocx over(String campaignId, PlanReports.Period period) {
			return new PlanDocx(campaignId, "", period.name(), -1);
		}

	}

	/** Which fraction or branch gets its own copy of the plan report. */
	@CallbackData.Prefix("pp")
	record PlanParts(String campaignId) implements CallbackData, Subject.OfCampaign {
	}

	private final CampaignReports reports;

	private final PlanReports planReports;

	private final ReportSummary summary;

	private final RecountReport recount;

	private final Targets targets;

	private final Campaigns campaigns;

	ReportHandlers(CampaignReports reports, ReportSummary summary, RecountReport recount, Targets targets,
			Campaigns campaigns, PlanReports planReports) {
		super("target", Step.class, Draft.class);
		this.reports = reports;
		this.planReports = planReports;
		this.summary = summary;
		this.recount = recount;
		this.targets = targets;
		this.campaigns = campaigns;
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
		this.reports.campaign(data.campaignId()).ifPresentOrElse((campaign) -> {
			List<Button> buttons = new ArrayList<>();
			buttons.add(ctx.buttonOf("report.set-target", new ChooseTarget(campaign.id())));
			int photos = this.reports.photoCount(campaign);
			if (photos > 0) {
				buttons.add(ctx.button(ctx.t("report.photos", photos), new Photos(campaign.id())));
			}
			// read once for the plan's language and the report
			List<Activity> stored = this.reports.storedActivities(campaign);
			Lang lang = this.planReports.languageOf(campaign, stored);
			Lang other = (lang == Lang.KK) ? Lang.RU : Lang.KK;
			buttons.add(ctx.button(ctx.t("plan-report.other-language", ctx.t("plan-report.language." + other.code())),
					new PlanDocx(campaign.id(), other.code(), PlanReports.Period.WHOLE.name(), -1)));
			buttons.add(ctx.buttonOf("plan-report.period.WEEK", PlanDocx.over(campaign.id(), PlanReports.Period.WEEK)));
			buttons
				.add(ctx.buttonOf("plan-report.period.MONTH", PlanDocx.over(campaign.id(), PlanReports.Period.MONTH)));
			if (campaign.weeklyReport().isPresent()) {
				buttons.add(ctx.buttonOf("plan-report.period.REPORTING",
						PlanDocx.over(campaign.id(), PlanReports.Period.REPORTING)));
			}
			if (!this.planReports.parts(campaign).isEmpty()) {
				buttons.add(ctx.buttonOf("plan-report.parts-button", new PlanParts(campaign.id())));
			}
			this.summary.send(ctx, campaign, stored, BotContext.inline(buttons, 1));
			sendPlanReport(ctx, campaign, lang, PlanReports.Period.WHOLE, Optional.empty());
		}, () -> ctx.outdated());
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void planDocx(BotContext ctx, PlanDocx data) {
		Optional<Campaign> campaign = this.reports.campaign(data.campaignId());
		Optional<PlanReports.Period> period = Arrays.stream(PlanReports.Period.values())
			.filter((known) -> known.name().equals(data.period()))
			.findFirst();
		if (campaign.isEmpty() || period.isEmpty()) {
			ctx.outdated();
			return;
		}
		Optional<Lang> lang = data.lang().isEmpty() ? Optional.of(this.planReports.languageOf(campaign.get()))
				: Lang.byCode(data.lang()).filter((chosen) -> chosen != Lang.EN);
		if (lang.isEmpty()) {
			ctx.outdated();
			return;
		}
		List<PlanReports.Part> parts = this.planReports.parts(campaign.get());
		if (data.part() >= parts.size()) {
			ctx.outdated();
			return;
		}
		Optional<PlanReports.Part> part = (data.part() < 0) ? Optional.empty() : Optional.of(parts.get(data.part()));
		sendPlanReport(ctx, campaign.get(), lang.get(), period.get(), part);
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void planParts(BotContext ctx, PlanParts data) {
		Optional<Campaign> campaign = this.reports.campaign(data.campaignId());
		if (campaign.isEmpty()) {
			ctx.outdated();
			return;
		}
		List<PlanReports.Part> parts = this.planReports.parts(campaign.get());
		List<Button> buttons = new ArrayList<>();
		for (int i = 0; i < parts.size() && i < MAX_ACTIVITIES; i++) {
			buttons.add(ctx.button(Texts.shorten(parts.get(i).label(), ACTIVITY_BUTTON_WIDTH),
					new PlanDocx(data.campaignId(), "", PlanReports.Period.WHOLE.name(), i)));
		}
		ctx.reply(new Reply(ctx.t("plan-report.choose-part"), BotContext.inline(buttons, 1)));
	}

	/** The plan handed back with what was done, as a .docx in a language. */
	private void sendPlanReport(BotContext ctx, Campaign campaign, Lang lang, PlanReports.Period period,
			Optional<PlanReports.Part> part) {
		Optional<PlanReports.Span> span = this.planReports.span(campaign, period);
		ctx.sender()
			.sendDocument(ctx.chatId(), this.planReports.fileName(campaign, lang, span),
					ReportFiles.planDocx(this.planReports.build(campaign, lang, span, part)),
					ctx.t("plan-report.caption", Texts.shorten(campaign.title(), ReportSummary.CAPTION_WIDTH)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void photos(BotContext ctx, Photos data) {
		Optional<Campaign> campaign = this.reports.campaign(data.campaignId());
		if (campaign.isEmpty()) {
			ctx.outdated();
			return;
		}
		List<CampaignReports.Album> albums = this.reports.albums(ctx, campaign.get());
		if (albums.isEmpty()) {
			ctx.say("report.no-photos");
			return;
		}
		albums.forEach((album) -> ctx.sender()
			.sendPhotos(ctx.chatId(), album.fileIds(), Texts.shorten(album.caption(), PHOTO_CAPTION_WIDTH)));
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
		buttons.add(ctx.buttonOf("report.target-unique", new SetTarget(data.campaignId(), Targets.UNIQUE)));
		buttons.add(ctx.buttonOf("report.target-monthly-activity", new ChooseMonthlyActivity(data.campaignId())));
		buttons.add(ctx.buttonOf("report.target-monthly-fraction", new ChooseMonthlyFraction(data.campaignId())));
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
	void chooseMonthlyActivity(BotContext ctx, ChooseMonthlyActivity data) {
		Optional<Campaign> campaign = this.reports.campaign(data.campaignId());
		if (campaign.isEmpty()) {
			ctx.outdated();
			return;
		}
		List<Button> buttons = this.reports.activities(campaign.get())
			.stream()
			.limit(MAX_ACTIVITIES)
			.map((activity) -> ctx.button(Texts.shorten(activity.title(), ACTIVITY_BUTTON_WIDTH),
					new SetMonthlyActivity(activity.id())))
			.toList();
		ctx.show(new Reply(ctx.t("report.choose-activity"), BotContext.inline(buttons, 1)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void chooseMonthlyFraction(BotContext ctx, ChooseMonthlyFraction data) {
		Optional<Campaign> campaign = this.reports.campaign(data.campaignId());
		if (campaign.isEmpty()) {
			ctx.outdated();
			return;
		}
		List<Fraction> fractions = fractions(campaign.get());
		if (fractions.isEmpty()) {
			ctx.say("report.no-fractions");
			return;
		}
		List<Button> buttons = new ArrayList<>();
		for (int i = 0; i < fractions.size(); i++) {
			buttons.add(ctx.button(Texts.shorten(fractions.get(i).name(), ACTIVITY_BUTTON_WIDTH),
					new SetMonthlyFraction(data.campaignId(), i)));
		}
		ctx.show(new Reply(ctx.t("report.choose-fraction"), BotContext.inline(buttons, 1)));
	}

	/** The campaign's organisation's fractions, in their order. */
	private List<Fraction> fractions(Campaign campaign) {
		return this.campaigns.fractions(campaign.organisationId())
			.stream()
			.sorted(Comparator.comparingInt(Fraction::position).thenComparing(Fraction::id))
			.toList();
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void setTarget(BotContext ctx, SetTarget data) {
		Optional<Campaign> campaign = this.reports.campaign(data.campaignId());
		if (campaign.isEmpty() || !Targets.isKey(data.key()) || !offered(campaign.get(), data.key())) {
			ctx.outdated();
			return;
		}
		start(ctx, Step.VALUE, new Draft(data.campaignId(), null, null, data.key()));
	}

	/**
	 * Whether the campaign's target buttons offer this key: a key from button data is
	 * taken only when it is one of them.
	 */
	private boolean offered(Campaign campaign, String key) {
		return Metric.PARTICIPANTS.name().equals(key) || Targets.UNIQUE.equals(key)
				|| this.reports.columns(campaign).stream().anyMatch((column) -> column.key().equals(key));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void setActivityTarget(BotContext ctx, SetActivityTarget data) {
		this.reports.activity(data.activityId())
			.ifPresentOrElse(
					(activity) -> start(ctx, Step.VALUE,
							new Draft(activity.campaignId(), activity.id(), null, Metric.PARTICIPANTS.name())),
					() -> ctx.outdated());
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void setMonthlyActivity(BotContext ctx, SetMonthlyActivity data) {
		this.reports.activity(data.activityId())
			.ifPresentOrElse(
					(activity) -> start(ctx, Step.VALUE,
							new Draft(activity.campaignId(), activity.id(), null, Targets.MEETINGS_PER_MONTH)),
					() -> ctx.outdated());
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void setMonthlyFraction(BotContext ctx, SetMonthlyFraction data) {
		Optional<Fraction> fraction = this.reports.campaign(data.campaignId())
			.map(this::fractions)
			.filter((fractions) -> data.position() >= 0 && data.position() < fractions.size())
			.map((fractions) -> fractions.get(data.position()));
		fraction.ifPresentOrElse(
				(found) -> start(ctx, Step.VALUE,
						new Draft(data.campaignId(), null, found.id(), Targets.MEETINGS_PER_MONTH)),
				() -> ctx.outdated());
	}

	@Override
	protected void ask(BotContext ctx, Step step, Draft draft) {
		if (draft.fractionId() != null) {
			String name = this.campaigns
				.fractions(this.reports.campaign(draft.campaignId()).map(Campaign::organisationId).orElse(""))
				.stream()
				.filter((fraction) -> fraction.id().equals(draft.fractionId()))
				.map(Fraction::name)
				.findFirst()
				.orElse("");
			ctx.say("report.ask-monthly-target", name);
			return;
		}
		if (draft.activityId() == null) {
			ctx.say(Targets.UNIQUE.equals(draft.key()) ? "report.ask-unique-target" : "report.ask-target");
			return;
		}
		Optional<Activity> activity = this.reports.activity(draft.activityId());
		if (activity.isEmpty()) {
			finish(ctx);
			ctx.outdated();
			return;
		}
		ctx.say(Targets.MEETINGS_PER_MONTH.equals(draft.key()) ? "report.ask-monthly-target"
				: "report.ask-activity-target", activity.get().title());
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
