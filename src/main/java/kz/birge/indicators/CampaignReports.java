package kz.birge.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import kz.birge.bot.BotContext;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Campaigns;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisations;
import kz.birge.indicators.report.ReportData;
import kz.birge.system.BirgeProperties;

import org.springframework.stereotype.Service;

/**
 * A campaign's report, from the kept counters and never from raw records: the totals of
 * every indicator with their units and targets, participants, unique participants,
 * classes and schools, and the views by fraction, month and branch, and one row per
 * occurrence. A handful of queries, whatever the size of the campaign.
 */
@Service
public class CampaignReports {

	/** The most campaigns a coordinator chooses from. */
	private static final int CAMPAIGNS_SHOWN = 30;

	private final Campaigns campaigns;

	private final Activities activities;

	private final Counters counters;

	private final IndicatorValues values;

	private final Targets targets;

	private final Organisations organisations;

	private final ZoneId zone;

	private final Clock clock;

	CampaignReports(Campaigns campaigns, Activities activities, Counters counters, IndicatorValues values,
			Targets targets, Organisations organisations, BirgeProperties properties, Clock clock) {
		this.campaigns = campaigns;
		this.activities = activities;
		this.counters = counters;
		this.values = values;
		this.targets = targets;
		this.organisations = organisations;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	/** A column of the report: an indicator's key and how the reader calls it. */
	record Column(String key, IndicatorSpec indicator) {
	}

	/** An activity's participants target against its average per occurrence held. */
	public record ActivityTarget(String title, BigDecimal average, BigDecimal target) {

		public BigDecimal sharePercent() {
			return this.average.multiply(BigDecimal.valueOf(100)).divide(this.target, 0, RoundingMode.HALF_UP);
		}

	}

	public List<Activity> activities(Campaign campaign) {
		return this.campaigns.activitiesInOrder(campaign.id());
	}

	public Optional<Activity> activity(String id) {
		return this.activities.find(id);
	}

	/**
	 * The activities of a campaign with a participants target, and how they do on
	 * average.
	 */
	public List<ActivityTarget> activityTargets(Campaign campaign) {
		return activityTargets(campaign, activities(campaign));
	}

	/**
	 * {@link #activityTargets(Campaign)} of the campaign's activities already read in
	 * order.
	 */
	private List<ActivityTarget> activityTargets(Campaign campaign, List<Activity> activities) {
		Map<String, BigDecimal> goals = this.targets.participantsOf(activities.stream().map(Activity::id).toList());
		if (goals.isEmpty()) {
			return List.of();
		}
		Map<String, Counters.Counted> counted = this.counters.occurrencesOf(campaign.id());
		Map<String, long[]> held = new HashMap<>();
		this.campaigns.occurrencesOf(campaign.id(), goals.keySet())
			.stream()
			.filter((occurrence) -> counted.containsKey(occurrence.id()))
			.forEach((occurrence) -> {
				long[] sums = held.computeIfAbsent(occurrence.activityId(), (id) -> new long[2]);
				sums[0]++;
				sums[1] += counted.get(occurrence.id()).participants();
			});
		return activities.stream().filter((activity) -> goals.containsKey(activity.id())).map((activity) -> {
			long[] sums = held.getOrDefault(activity.id(), new long[2]);
			BigDecimal average = (sums[0] == 0) ? BigDecimal.ZERO
					: BigDecimal.valueOf(sums[1]).divide(BigDecimal.valueOf(sums[0]), 1, RoundingMode.HALF_UP);
			return new ActivityTarget(activity.title(), average, goals.get(activity.id()));
		}).toList();
	}

	/**
	 * A "meetings a month" target on an activity or a fraction, and the meetings held
	 * each month: occurrences with confirmed attendance.
	 */
	public record MonthlyTarget(String label, BigDecimal target, Map<YearMonth, Long> meetings) {

		public long in(YearMonth month) {
			return this.meetings.getOrDefault(month, 0L);
		}

	}

	/**
	 * The campaign's "meetings a month" targets: its activities' first, then its
	 * fractions'.
	 */
	public List<MonthlyTarget> monthlyTargets(Campaign campaign) {
		return monthlyTargets(campaign, activities(campaign), this.campaigns.fractions(campaign.organisationId()));
	}

	/**
	 * {@link #monthlyTargets(Campaign)} of the campaign's activities, in order, and its
	 * organisation's fractions, already read.
	 */
	private List<MonthlyTarget> monthlyTargets(Campaign campaign, List<Activity> activities,
			List<Fraction> allFractions) {
		List<Fraction> fractions = allFractions.stream().sorted(Comparator.comparingInt(Fraction::position)).toList();
		List<String> scopes = new ArrayList<>();
		activities.forEach((activity) -> scopes.add(Targets.activity(activity.id())));
		fractions.forEach((fraction) -> scopes.add(Targets.fraction(fraction.id())));
		Map<String, BigDecimal> goals = this.targets.monthlyOf(scopes);
		if (goals.isEmpty()) {
			return List.of();
		}
		Map<String, Counters.Counted> counted = this.counters.occurrencesOf(campaign.id());
		List<Occurrence> held = this.campaigns.occurrences(campaign.id())
			.stream()
			.filter((occurrence) -> counted.getOrDefault(occurrence.id(), Counters.Counted.NONE).participants() > 0)
			.toList();
		List<MonthlyTarget> monthly = new ArrayList<>();
		for (Activity activity : activities) {
			BigDecimal goal = goals.get(Targets.activity(activity.id()));
			if (goal != null) {
				monthly.add(new MonthlyTarget(activity.title(), goal,
						meetings(held, (occurrence) -> activity.id().equals(occurrence.activityId()))));
			}
		}
		for (Fraction fraction : fractions) {
			BigDecimal goal = goals.get(Targets.fraction(fraction.id()));
			if (goal != null) {
				monthly.add(new MonthlyTarget(fraction.name(), goal,
						meetings(held, (occurrence) -> fraction.id().equals(occurrence.fractionId()))));
			}
		}
		return monthly;
	}

	private Map<YearMonth, Long> meetings(List<Occurrence> held, Predicate<Occurrence> which) {
		return held.stream()
			.filter(which)
			.collect(Collectors.groupingBy((occurrence) -> YearMonth.from(occurrence.start().atZone(this.zone)),
					TreeMap::new, Collectors.counting()));
	}

	/** The month it is now, in the organisation's zone. */
	public YearMonth thisMonth() {
		return YearMonth.from(this.clock.instant().atZone(this.zone));
	}

	/**
	 * The months a campaign's monthly targets are shown for: from its first month to this
	 * month, or to its last month when it is over.
	 */
	List<YearMonth> months(Campaign campaign) {
		YearMonth first = YearMonth.from(campaign.start());
		YearMonth last = YearMonth.from(campaign.end());
		YearMonth until = thisMonth().isBefore(last) ? thisMonth() : last;
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(until); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/** Photos given as evidence of one occurrence, with what to write under them. */
	public record Album(String caption, List<String> fileIds) {
	}

	/** How many photos were given as evidence in a campaign. */
	public int photoCount(Campaign campaign) {
		return this.values.evidencePhotos(campaign.id()).values().stream().mapToInt(List::size).sum();
	}

	/** The photos given as evidence, an album per occurrence, in time order. */
	public List<Album> albums(BotContext ctx, Campaign campaign) {
		Map<String, List<String>> photos = this.values.evidencePhotos(campaign.id());
		if (photos.isEmpty()) {
			return List.of();
		}
		Map<String, Activity> byId = this.campaigns.activities(campaign.id())
			.stream()
			.collect(Collectors.toMap(Activity::id, Function.identity()));
		return this.campaigns.occurrences(campaign.id())
			.stream()
			.filter((occurrence) -> photos.containsKey(occurrence.id()) && byId.containsKey(occurrence.activityId()))
			.map((occurrence) -> new Album(ctx.t("report.photos-caption", byId.get(occurrence.activityId()).title(),
					ActivityText.when(ctx, occurrence, this.zone)), photos.get(occurrence.id())))
			.toList();
	}

	public Optional<Campaign> campaign(String id) {
		return this.campaigns.find(id);
	}

	/** The campaigns a coordinator reports on: their organisation's, or all. */
	public List<Campaign> campaigns(Optional<String> organisationId) {
		return this.campaigns.latest(organisationId, CAMPAIGNS_SHOWN);
	}

	/** The indicators a campaign's activities record, besides participants. */
	List<Column> columns(Campaign campaign) {
		return columns(this.campaigns.activities(campaign.id()));
	}

	/** The indicators these activities record, besides participants. */
	List<Column> columns(List<Activity> activities) {
		Map<String, IndicatorSpec> byKey = new LinkedHashMap<>();
		activities.stream()
			.flatMap((activity) -> activity.indicators().stream())
			.filter((indicator) -> indicator.metric() != Metric.PARTICIPANTS)
			.sorted(Comparator.comparing(IndicatorSpec::metric))
			.forEach((indicator) -> byKey.putIfAbsent(IndicatorValues.keyOf(indicator), indicator));
		return byKey.entrySet().stream().map((entry) -> new Column(entry.getKey(), entry.getValue())).toList();
	}

	/**
	 * A whole report: its data, and the activities' and monthly targets the summary shows
	 * besides, from one reading of the campaign's activities and fractions.
	 */
	record Report(ReportData data, List<ActivityTarget> activityTargets, List<MonthlyTarget> monthlyTargets) {
	}

	/** A campaign's activities as they are stored, in no particular order. */
	List<Activity> storedActivities(Campaign campaign) {
		return this.campaigns.activities(campaign.id());
	}

	/**
	 * The report of a campaign whose activities were read already, in no particular order
	 * ({@link #storedActivities}).
	 */
	Report report(BotContext ctx, Campaign campaign, List<Activity> stored) {
		List<Activity> inOrder = activities(campaign);
		List<Fraction> fractions = this.campaigns.fractions(campaign.organisationId());
		List<MonthlyTarget> monthly = monthlyTargets(campaign, inOrder, fractions);
		return new Report(build(ctx, campaign, stored, fractions, monthly), activityTargets(campaign, inOrder),
				monthly);
	}

	public ReportData build(BotContext ctx, Campaign campaign) {
		return build(ctx, campaign, storedActivities(campaign), this.campaigns.fractions(campaign.organisationId()),
				monthlyTargets(campaign));
	}

	private ReportData build(BotContext ctx, Campaign campaign, List<Activity> activities, List<Fraction> fractionList,
			List<MonthlyTarget> monthly) {
		Map<String, Activity> byId = activities.stream().collect(Collectors.toMap(Activity::id, Function.identity()));
		List<Occurrence> occurrences = this.campaigns.occurrences(campaign.id());
		Map<String, Counters.Counted> counted = this.counters.occurrencesOf(campaign.id());
		Map<String, List<String>> evidence = this.values.evidenceLinks(campaign.id());
		Map<String, List<String>> photos = this.values.evidencePhotos(campaign.id());
		Map<String, String> fractions = fractionList.stream().collect(Collectors.toMap(Fraction::id, Fraction::name));
		Counters.Counted total = this.counters.campaign(campaign.id());
		Map<String, BigDecimal> goals = this.targets.of(Targets.campaign(campaign.id()));
		List<Column> columns = columns(activities);

		List<ReportData.Total> totals = new ArrayList<>();
		totals.add(new ReportData.Total(ctx.t("metric.PARTICIPANTS"), ctx.t("unit.people"), Metric.PARTICIPANTS.unit(),
				BigDecimal.valueOf(total.participants()), Optional.ofNullable(goals.get(Metric.PARTICIPANTS.name()))));
		if (goals.containsKey(Targets.UNIQUE)) {
			totals.add(new ReportData.Total(ctx.t("report.target.unique-label"), ctx.t("unit.people"),
					Metric.PARTICIPANTS.unit(), BigDecimal.valueOf(total.unique()),
					Optional.of(goals.get(Targets.UNIQUE))));
		}
		for (Column column : columns) {
			totals.add(new ReportData.Total(IndicatorFlow.label(ctx, column.indicator()), unit(ctx, column.indicator()),
					column.indicator().metric().unit(), total.metric(column.key()),
					Optional.ofNullable(goals.get(column.key()))));
		}
		List<ReportData.OccurrenceRow> rows = new ArrayList<>();
		Map<String, Tally> byFraction = new LinkedHashMap<>();
		Map<YearMonth, Tally> byMonth = new TreeMap<>();
		Map<String, Tally> byBranch = new LinkedHashMap<>();
		for (Occurrence occurrence : occurrences) {
			Activity activity = byId.get(occurrence.activityId());
			Counters.Counted here = counted.getOrDefault(occurrence.id(), Counters.Counted.NONE);
			boolean started = !occurrence.start().isAfter(this.clock.instant());
			if (activity == null || (!started && here.participants() == 0 && here.metrics().isEmpty())) {
				continue;
			}
			LocalDate day = LocalDate.ofInstant(occurrence.start(), this.zone);
			List<BigDecimal> values = columns.stream().map((column) -> here.metric(column.key())).toList();
			String fraction = Optional.ofNullable(activity.fractionId())
				.map(fractions::get)
				.orElse(ctx.t("report.no-fraction"));
			rows.add(new ReportData.OccurrenceRow(day, activity.title(), String.join("; ", activity.places()), fraction,
					here.participants(), values, evidence.getOrDefault(occurrence.id(), List.of()),
					photos.getOrDefault(occurrence.id(), List.of()).size()));
			byFraction.computeIfAbsent(fraction, (key) -> new Tally(columns.size())).add(here, columns);
			byMonth.computeIfAbsent(YearMonth.from(day), (key) -> new Tally(columns.size())).add(here, columns);
			List<String> branches = activity.branches().isEmpty() ? List.of(ctx.t("report.no-branch"))
					: activity.branches();
			branches.forEach((branch) -> byBranch.computeIfAbsent(branch, (key) -> new Tally(columns.size()))
				.add(here, columns));
		}
		String organisation = this.organisations.find(campaign.organisationId()).map((o) -> o.name()).orElse("");
		return new ReportData(campaign.title(), organisation, campaign.start(), campaign.end(), totals,
				total.participants(), total.unique(), total.classes(), total.schools(),
				columns.stream().map((c) -> header(ctx, c.indicator())).toList(), groups(byFraction),
				groups(monthLabels(ctx, byMonth)), groups(byBranch), rows, targetRows(ctx, campaign, monthly));
	}

	/** The monthly targets, one row a month. */
	private List<ReportData.TargetRow> targetRows(BotContext ctx, Campaign campaign, List<MonthlyTarget> monthly) {
		List<ReportData.TargetRow> rows = new ArrayList<>();
		List<YearMonth> months = months(campaign);
		for (MonthlyTarget target : monthly) {
			String label = ctx.t("report.target.monthly-label", target.label());
			for (YearMonth month : months) {
				rows.add(new ReportData.TargetRow(label, month(ctx, month), target.in(month), target.target()));
			}
		}
		return rows;
	}

	/** A month as the reader writes it: "Қазан 2026". */
	static String month(BotContext ctx, YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, ctx.lang().locale()) + " " + month.getYear();
	}

	private static Map<String, Tally> monthLabels(BotContext ctx, Map<YearMonth, Tally> byMonth) {
		Map<String, Tally> labelled = new LinkedHashMap<>();
		byMonth.forEach((month, tally) -> labelled.put(month(ctx, month), tally));
		return labelled;
	}

	private static List<ReportData.Group> groups(Map<String, Tally> tallies) {
		return tallies.entrySet()
			.stream()
			.map((entry) -> new ReportData.Group(entry.getKey(), entry.getValue().occurrences,
					entry.getValue().participants, List.of(entry.getValue().values)))
			.toList();
	}

	static String unit(BotContext ctx, IndicatorSpec indicator) {
		return indicator.metric().unit().isEmpty() ? "" : ctx.t("unit." + indicator.metric().unit());
	}

	/**
	 * A column's header: the indicator's name, and the unit of a measure ("жиналған
	 * қоқыс, т").
	 */
	private static String header(BotContext ctx, IndicatorSpec indicator) {
		return ctx.t("report.column.metric", IndicatorFlow.label(ctx, indicator), indicator.metric().unit());
	}

	/** Sums of one group of occurrences. */
	private static final class Tally {

		int occurrences;

		long participants;

		final BigDecimal[] values;

		Tally(int columns) {
			this.values = new BigDecimal[columns];
			Arrays.fill(this.values, BigDecimal.ZERO);
		}

		void add(Counters.Counted counted, List<Column> columns) {
			this.occurrences++;
			this.participants += counted.participants();
			for (int i = 0; i < columns.size(); i++) {
				this.values[i] = this.values[i].add(counted.metric(columns.get(i).key()));
			}
		}

	}

}
