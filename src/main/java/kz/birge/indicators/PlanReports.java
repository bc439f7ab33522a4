package kz.birge.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityStatus;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Campaigns;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisations;
import kz.birge.i18n.Lang;
import kz.birge.i18n.Messages;
import kz.birge.indicators.report.PlanReport;
import kz.birge.system.BirgeProperties;

import org.springframework.stereotype.Service;

/**
 * The plan handed back with what was done, in the plan's language: every row of the plan
 * in its order with when it was held, how many took part, its indicators and evidence, or
 * that it was not held and why; then the campaign's indicators against their targets. The
 * figures are the kept counters, the same the summary and /recount show.
 */
@Service
public class PlanReports {

	/**
	 * Share of Kazakh-specific letters among a text's Cyrillic letters from which the
	 * text is Kazakh: the corpus's Kazakh plans have 10-16%, its Russian plans under 1%
	 * (Kazakh names of places and organisations).
	 */
	static final double KAZAKH_SHARE = 0.04;

	/** The letters Kazakh has and Russian has not. */
	static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Campaigns campaigns;

	private final Counters counters;

	private final IndicatorValues values;

	private final Targets targets;

	private final Organisations organisations;

	private final AttendanceRecords attendance;

	private final CampaignReports reports;

	private final Messages messages;

	private final ZoneId zone;

	private final Clock clock;

	PlanReports(Campaigns campaigns, Counters counters, IndicatorValues values, Targets targets,
			Organisations organisations, AttendanceRecords attendance, CampaignReports reports, Messages messages,
			BirgeProperties properties, Clock clock) {
		this.campaigns = campaigns;
		this.counters = counters;
		this.values = values;
		this.targets = targets;
		this.organisations = organisations;
		this.attendance = attendance;
		this.reports = reports;
		this.messages = messages;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	/**
	 * The days a report covers, both included.
	 *
	 * @param from the first day
	 * @param to the last day
	 */
	public record Span(LocalDate from, LocalDate to) {

		boolean contains(LocalDate day) {
			return !day.isBefore(this.from) && !day.isAfter(this.to);
		}

	}

	/** Which days a plan report covers. */
	public enum Period {

		/** The whole campaign. */
		WHOLE,
		/** Monday to Sunday of this week. */
		WEEK,
		/** This calendar month. */
		MONTH,
		/**
		 * The plan's reporting week: the seven days up to its weekly report day (Friday
		 * to Thursday for a Thursday report), the last such day on or before today; this
		 * week when the plan asks for no weekly report.
		 */
		REPORTING

	}

	/**
	 * The days a period covers today; empty for the whole campaign.
	 * @param campaign the campaign, for its weekly report day
	 * @param period which period
	 * @return the days, or empty for the whole campaign
	 */
	public Optional<Span> span(Campaign campaign, Period period) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.zone);
		return switch (period) {
			case WHOLE -> Optional.empty();
			case WEEK -> Optional.of(new Span(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
					today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))));
			case MONTH ->
				Optional.of(new Span(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth())));
			case REPORTING -> campaign.weeklyReport().map((day) -> {
				LocalDate last = today.with(TemporalAdjusters.previousOrSame(day));
				return new Span(last.minusDays(6), last);
			}).or(() -> span(campaign, Period.WEEK));
		};
	}

	/**
	 * A part of a campaign that can have its own copy of the report: a fraction or a
	 * branch.
	 *
	 * @param fractionId the fraction's id, or null for a branch
	 * @param branch the branch's name, or null for a fraction
	 * @param label the fraction's or branch's name as the plan writes it
	 */
	public record Part(String fractionId, String branch, String label) {

		boolean includes(Activity activity) {
			return (this.fractionId != null) ? this.fractionId.equals(activity.fractionId())
					: activity.branches().contains(this.branch);
		}

	}

	/**
	 * The campaign's fractions, then its branches, in the plan's order: each can have its
	 * own copy.
	 * @param campaign the campaign
	 * @return its parts; empty when it has none
	 */
	public List<Part> parts(Campaign campaign) {
		Map<String, String> names = this.campaigns.fractions(campaign.organisationId())
			.stream()
			.collect(Collectors.toMap(Fraction::id, Fraction::name));
		List<Part> fractions = new ArrayList<>();
		List<Part> branches = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Activity activity : this.campaigns.activitiesInPlanOrder(campaign.id())) {
			if (activity.status() == ActivityStatus.REMOVED) {
				continue;
			}
			String fraction = activity.fractionId();
			if (fraction != null && names.containsKey(fraction) && seen.add("f:" + fraction)) {
				fractions.add(new Part(fraction, null, names.get(fraction)));
			}
			for (String branch : activity.branches()) {
				if (seen.add("b:" + branch)) {
					branches.add(new Part(null, branch, branch));
				}
			}
		}
		List<Part> parts = new ArrayList<>(fractions);
		parts.addAll(branches);
		return parts;
	}

	/**
	 * The language the plan was written in, read from its own words: Kazakh when its
	 * title and rows have Kazakh-specific letters, Russian otherwise.
	 * @param campaign the imported plan
	 * @return {@link Lang#KK} or {@link Lang#RU}
	 */
	public Lang languageOf(Campaign campaign) {
		return languageOf(campaign, this.campaigns.activities(campaign.id()));
	}

	/**
	 * {@link #languageOf(Campaign)} of a campaign whose activities were read already, in
	 * any order.
	 */
	Lang languageOf(Campaign campaign, List<Activity> activities) {
		StringBuilder text = new StringBuilder(campaign.title());
		for (Activity activity : activities) {
			text.append(' ').append(activity.title()).append(' ').append(activity.responsible());
		}
		return language(text.toString());
	}

	/** Kazakh or Russian, by the share of Kazakh-specific letters. */
	static Lang language(String text) {
		long cyrillic = 0;
		long kazakh = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC && Character.isLetter(c)) {
				cyrillic++;
				if (KAZAKH_LETTERS.indexOf(c) >= 0) {
					kazakh++;
				}
			}
		}
		return (cyrillic > 0 && (double) kazakh / cyrillic >= KAZAKH_SHARE) ? Lang.KK
				: (cyrillic > 0) ? Lang.RU : Lang.KK;
	}

	/** The file's name: "Есеп — TazaLike.docx", without the unsafe characters. */
	public String fileName(Campaign campaign, Lang lang, Optional<Span> span) {
		String title = campaign.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
		if (title.length() > 60) {
			title = title.substring(0, 60).strip();
		}
		String dates = span.map((days) -> " " + DAY.format(days.from()) + "-" + DAY.format(days.to())).orElse("");
		return t(lang, "plan-report.file-name", title) + dates + ".docx";
	}

	/**
	 * The plan report of a campaign, in a language.
	 * @param campaign the campaign
	 * @param lang the plan's language (or the one the coordinator chose)
	 * @return what the document says
	 */
	public PlanReport build(Campaign campaign, Lang lang) {
		return build(campaign, lang, Optional.empty());
	}

	/**
	 * The plan report of a campaign over some days: each row shows what was held on them,
	 * and the closing table sums them.
	 * @param campaign the campaign
	 * @param lang the plan's language (or the one the coordinator chose)
	 * @param span the days; empty for the whole campaign
	 * @return what the document says
	 */
	public PlanReport build(Campaign campaign, Lang lang, Optional<Span> span) {
		return build(campaign, lang, span, Optional.empty());
	}

	/**
	 * The plan report of a campaign over some days, for one of its parts: only the part's
	 * rows, and the closing table sums them.
	 * @param campaign the campaign
	 * @param lang the plan's language (or the one the coordinator chose)
	 * @param span the days; empty for the whole campaign
	 * @param part a fraction or branch; empty for all
	 * @return what the document says
	 */
	public PlanReport build(Campaign campaign, Lang lang, Optional<Span> span, Optional<Part> part) {
		List<Activity> activities = this.campaigns.activitiesInPlanOrder(campaign.id())
			.stream()
			.filter((activity) -> part.map((chosen) -> chosen.includes(activity)).orElse(true))
			.toList();
		Set<String> activityIds = activities.stream().map(Activity::id).collect(Collectors.toSet());
		Map<String, List<Occurrence>> occurrences = this.campaigns.allOccurrences(campaign.id())
			.stream()
			.filter((occurrence) -> activityIds.contains(occurrence.activityId()))
			.filter((occurrence) -> span.map((days) -> days.contains(localDay(occurrence))).orElse(true))
			.sorted(Comparator.comparing(Occurrence::start))
			.collect(Collectors.groupingBy(Occurrence::activityId));
		Set<String> inSpan = occurrences.values()
			.stream()
			.flatMap(List::stream)
			.map(Occurrence::id)
			.collect(Collectors.toSet());
		Map<String, Counters.Counted> counted = this.counters.occurrencesOf(campaign.id());
		Map<String, List<String>> links = this.values.evidenceLinks(campaign.id());
		Map<String, List<String>> photos = this.values.evidencePhotos(campaign.id());
		// the whole plan, every part: the kept counts, the campaign's own read once for
		// its people and its closing table; a span or a part: its records
		boolean whole = span.isEmpty() && part.isEmpty();
		Optional<Counters.Counted> total = whole ? Optional.of(this.counters.campaign(campaign.id()))
				: Optional.empty();
		Map<String, People> people = whole
				? counted(campaign.id(), activityIds, total.get()).orElseGet(() -> people(campaign.id(), inSpan))
				: people(campaign.id(), inSpan);
		Map<String, Fraction> fractions = this.campaigns.fractions(campaign.organisationId())
			.stream()
			.collect(Collectors.toMap(Fraction::id, (fraction) -> fraction));

		List<PlanReport.Row> rows = new ArrayList<>();
		String fraction = null;
		String project = null;
		int position = 0;
		for (Activity activity : activities) {
			if (activity.status() == ActivityStatus.REMOVED) {
				continue;
			}
			if (!Objects.equals(fraction, activity.fractionId()) && activity.fractionId() != null
					&& fractions.containsKey(activity.fractionId())) {
				rows.add(new PlanReport.Heading(fractions.get(activity.fractionId()).name()));
				project = null;
			}
			fraction = activity.fractionId();
			if (activity.project() != null && !activity.project().isBlank()
					&& !Objects.equals(project, activity.project())) {
				rows.add(new PlanReport.Heading(activity.project()));
			}
			project = activity.project();
			position++;
			List<List<String>> cells = new ArrayList<>();
			cells.add(List.of(String.valueOf((activity.number() > 0) ? activity.number() : position)));
			cells.add(List.of(activity.title()));
			cells.add(List.of(String.join("; ", activity.places())));
			cells.add(List.of(Optional.ofNullable(activity.responsible()).orElse("")));
			cells.add(List.of(Optional.ofNullable(activity.scheduleText()).orElse("")));
			cells.add(List.of(audience(lang, activity.audience())));
			cells.add(List.of(activity.indicators()
				.stream()
				.map((indicator) -> label(lang, indicator))
				.collect(Collectors.joining("; "))));
			cells.add(execution(lang, activity, occurrences.getOrDefault(activity.id(), List.of()), counted, links,
					photos, people.getOrDefault(activity.id(), People.NONE), span.isPresent()));
			rows.add(new PlanReport.Line(cells));
		}

		List<String> lines = new ArrayList<>();
		this.organisations.find(campaign.organisationId())
			.map((organisation) -> organisation.name())
			.filter((name) -> !name.isBlank())
			.ifPresent(lines::add);
		lines.add(campaign.title());
		lines.add(t(lang, "plan-report.title"));
		part.ifPresent((chosen) -> lines.add(t(lang, "plan-report.part", chosen.label())));
		lines.add(t(lang, "plan-report.period", DAY.format(campaign.start()), DAY.format(campaign.end())));
		span.ifPresent((days) -> lines
			.add(t(lang, "plan-report.reporting-period", DAY.format(days.from()), DAY.format(days.to()))));
		lines.add(t(lang, "plan-report.date", DAY.format(LocalDate.ofInstant(this.clock.instant(), this.zone))));
		List<String> headers = List.of(t(lang, "plan-report.column.number"), t(lang, "plan-report.column.title"),
				t(lang, "plan-report.column.place"), t(lang, "plan-report.column.responsible"),
				t(lang, "plan-report.column.dates"), t(lang, "plan-report.column.participants"),
				t(lang, "plan-report.column.indicators"), t(lang, "plan-report.column.done"));
		List<String> closingHeaders = List.of(t(lang, "plan-report.closing.indicator"),
				t(lang, "plan-report.closing.total"), t(lang, "plan-report.closing.target"),
				t(lang, "plan-report.closing.share"));
		return new PlanReport(lines, headers, rows, t(lang, "plan-report.closing.title"), closingHeaders,
				total.map((counter) -> closing(lang, campaign, counter, activities))
					.orElseGet(() -> closingOver(lang, activities, counted, inSpan, people)));
	}

	/** The closing table: the campaign's counters against their targets. */
	private List<List<String>> closing(Lang lang, Campaign campaign, Counters.Counted total,
			List<Activity> activities) {
		Map<String, BigDecimal> goals = this.targets.of(Targets.campaign(campaign.id()));
		List<List<String>> rows = new ArrayList<>();
		rows.add(closingRow(lang, t(lang, "metric.PARTICIPANTS"), BigDecimal.valueOf(total.participants()),
				Metric.PARTICIPANTS.unit(), goals.get(Metric.PARTICIPANTS.name())));
		rows.add(closingRow(lang, t(lang, "plan-report.closing.unique"), BigDecimal.valueOf(total.unique()),
				Metric.PARTICIPANTS.unit(), goals.get(Targets.UNIQUE)));
		rows.add(closingRow(lang, t(lang, "plan-report.closing.classes"), BigDecimal.valueOf(total.classes()), "",
				null));
		rows.add(closingRow(lang, t(lang, "plan-report.closing.schools"), BigDecimal.valueOf(total.schools()), "",
				null));
		for (CampaignReports.Column column : this.reports.columns(activities)) {
			rows.add(closingRow(lang, label(lang, column.indicator()), total.metric(column.key()),
					column.indicator().metric().unit(), goals.get(column.key())));
		}
		return rows;
	}

	/**
	 * The closing table over some days: the held occurrences' counters summed, and the
	 * people who came on them; targets are the campaign's and are left out.
	 */
	private List<List<String>> closingOver(Lang lang, List<Activity> activities, Map<String, Counters.Counted> counted,
			Set<String> inSpan, Map<String, People> people) {
		long participants = 0;
		Map<String, BigDecimal> metrics = new HashMap<>();
		for (String occurrence : inSpan) {
			Counters.Counted here = counted.getOrDefault(occurrence, Counters.Counted.NONE);
			participants += here.participants();
			here.metrics().forEach((key, value) -> metrics.merge(key, value, BigDecimal::add));
		}
		People all = people.getOrDefault(ALL, People.NONE);
		List<List<String>> rows = new ArrayList<>();
		rows.add(closingRow(lang, t(lang, "metric.PARTICIPANTS"), BigDecimal.valueOf(participants),
				Metric.PARTICIPANTS.unit(), null));
		rows.add(closingRow(lang, t(lang, "plan-report.closing.unique"), BigDecimal.valueOf(all.unique()),
				Metric.PARTICIPANTS.unit(), null));
		rows.add(closingRow(lang, t(lang, "plan-report.closing.classes"), BigDecimal.valueOf(all.classes()), "", null));
		rows.add(closingRow(lang, t(lang, "plan-report.closing.schools"), BigDecimal.valueOf(all.schools()), "", null));
		for (CampaignReports.Column column : this.reports.columns(activities)) {
			rows.add(closingRow(lang, label(lang, column.indicator()),
					metrics.getOrDefault(column.key(), BigDecimal.ZERO), column.indicator().metric().unit(), null));
		}
		return rows;
	}

	private List<String> closingRow(Lang lang, String label, BigDecimal value, String unitKey, BigDecimal target) {
		String share = "";
		if (target != null && target.signum() != 0) {
			share = number(lang, value.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP)) + "%";
		}
		return List.of(label, amount(lang, value, unitKey), (target != null) ? amount(lang, target, unitKey) : "",
				share);
	}

	/** The execution cell of one row. */
	private List<String> execution(Lang lang, Activity activity, List<Occurrence> occurrences,
			Map<String, Counters.Counted> counted, Map<String, List<String>> links, Map<String, List<String>> photos,
			People people, boolean spanned) {
		List<String> cell = new ArrayList<>();
		List<IndicatorSpec> indicators = activity.indicators()
			.stream()
			.filter((indicator) -> indicator.metric() != Metric.PARTICIPANTS)
			.toList();
		List<String> evidence = new ArrayList<>();
		int photoCount = 0;
		for (Occurrence occurrence : occurrences) {
			Counters.Counted here = counted.getOrDefault(occurrence.id(), Counters.Counted.NONE);
			List<String> shown = links.getOrDefault(occurrence.id(), List.of());
			int pictures = photos.getOrDefault(occurrence.id(), List.of()).size();
			if (occurrence.cancelled() || !held(here, shown, pictures)) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			parts.add(t(lang, "plan-report.held", day(occurrence), here.participants()));
			for (IndicatorSpec indicator : indicators) {
				BigDecimal value = here.metrics().get(IndicatorValues.keyOf(indicator));
				if (value != null) {
					parts.add(t(lang, "plan-report.value", label(lang, indicator),
							amount(lang, value, indicator.metric().unit())));
				}
			}
			cell.add(String.join("; ", parts));
			evidence.addAll(shown);
			photoCount += pictures;
		}
		if (cell.isEmpty() && spanned && occurrences.isEmpty() && activity.status() != ActivityStatus.CANCELLED) {
			cell.add(t(lang, "plan-report.not-in-period"));
			return cell;
		}
		if (cell.isEmpty()) {
			cell.add(notHeld(lang, activity, occurrences));
			return cell;
		}
		cell.add(t(lang, "plan-report.people", people.unique(), people.classes(), people.schools()));
		cell.addAll(evidence);
		if (photoCount > 0) {
			cell.add(t(lang, "plan-report.photos", photoCount));
		}
		return cell;
	}

	/** Whether anything was recorded of an occurrence. */
	private static boolean held(Counters.Counted here, List<String> links, int photos) {
		return here.participants() > 0
				|| here.metrics().values().stream().anyMatch((value) -> value != null && value.signum() != 0)
				|| !links.isEmpty() || photos > 0;
	}

	/** "Not held", and why: cancelled, moved, still to come. */
	private String notHeld(Lang lang, Activity activity, List<Occurrence> occurrences) {
		if (activity.status() == ActivityStatus.CANCELLED
				|| (!occurrences.isEmpty() && occurrences.stream().allMatch(Occurrence::cancelled))) {
			return t(lang, "plan-report.not-held.cancelled");
		}
		Optional<Occurrence> coming = occurrences.stream()
			.filter((occurrence) -> !occurrence.cancelled() && occurrence.start().isAfter(this.clock.instant()))
			.findFirst();
		if (coming.isPresent()) {
			boolean moved = activity.scheduleText() == null || activity.scheduleText().isBlank();
			return t(lang, moved ? "plan-report.not-held.moved" : "plan-report.not-held.coming", day(coming.get()));
		}
		return t(lang, "plan-report.not-held");
	}

	private String day(Occurrence occurrence) {
		return DAY.format(LocalDate.ofInstant(occurrence.start(), this.zone));
	}

	/**
	 * Distinct people, classes and schools who came to each activity and to the whole
	 * campaign, as the counters keep them; empty when the campaign's counters predate
	 * counting them per activity.
	 */
	private Optional<Map<String, People>> counted(String campaignId, Set<String> activityIds, Counters.Counted all) {
		return this.counters.activitiesOf(campaignId, activityIds).map((activities) -> {
			Map<String, People> people = new HashMap<>();
			activities.forEach((id, one) -> {
				if (one.unique() > 0) {
					people.put(id, new People(one.unique(), one.classes(), one.schools()));
				}
			});
			if (all.unique() > 0) {
				people.put(ALL, new People(all.unique(), all.classes(), all.schools()));
			}
			return people;
		});
	}

	/**
	 * Distinct people, classes and schools who came to each activity, from the records of
	 * these occurrences.
	 */
	private Map<String, People> people(String campaignId, Set<String> occurrenceIds) {
		Map<String, Set<String>> persons = new HashMap<>();
		Map<String, Long> heads = new HashMap<>();
		Map<String, Set<String>> classes = new HashMap<>();
		Map<String, Set<String>> schools = new HashMap<>();
		List<AttendanceRecords.Present> records = this.attendance.presentIn(campaignId)
			.stream()
			.filter((present) -> occurrenceIds.contains(present.occurrenceId()))
			.toList();
		List<AttendanceRecords.Present> all = new ArrayList<>(records);
		records.forEach((present) -> all.add(new AttendanceRecords.Present(present.occurrenceId(), ALL,
				present.personKey(), present.headcount(), present.classKey(), present.schoolKey())));
		for (AttendanceRecords.Present present : all) {
			String activity = present.activityId();
			if (persons.computeIfAbsent(activity, (key) -> new HashSet<>()).add(present.personKey())) {
				heads.merge(activity, present.headcount(), Long::sum);
			}
			present.schoolKey()
				.ifPresent((school) -> schools.computeIfAbsent(activity, (key) -> new HashSet<>()).add(school));
			present.classKey()
				.ifPresent((schoolClass) -> classes.computeIfAbsent(activity, (key) -> new HashSet<>())
					.add(present.schoolKey().orElse("") + "/" + schoolClass));
		}
		Map<String, People> people = new HashMap<>();
		heads.forEach((activity, unique) -> people.put(activity, new People(unique,
				classes.getOrDefault(activity, Set.of()).size(), schools.getOrDefault(activity, Set.of()).size())));
		return people;
	}

	/** The key under which {@link #people} counts everyone at once. */
	private static final String ALL = "";

	private LocalDate localDay(Occurrence occurrence) {
		return LocalDate.ofInstant(occurrence.start(), this.zone);
	}

	/** Who came to an activity, each counted once. */
	record People(long unique, long classes, long schools) {

		static final People NONE = new People(0, 0, 0);

	}

	private String audience(Lang lang, Audience audience) {
		List<String> parts = new ArrayList<>();
		if (!audience.grades().isEmpty()) {
			parts.add(t(lang, "audience.grades", audience.gradesText(), audience.gradesCount()));
		}
		audience.categories()
			.stream()
			.sorted()
			.forEach((category) -> parts.add(t(lang, "category." + category.name())));
		return String.join(", ", parts);
	}

	private String label(Lang lang, IndicatorSpec indicator) {
		return (indicator.metric() == Metric.CUSTOM) ? indicator.label()
				: t(lang, "metric." + indicator.metric().name());
	}

	/**
	 * An amount with its unit where one is written: "1,5 т", "16 адам"; else the number.
	 * @param unitKey the unit's key as {@link Metric#unit()} names it
	 */
	private String amount(Lang lang, BigDecimal value, String unitKey) {
		return unitKey.isEmpty() ? number(lang, value) : t(lang, "report.amount", ReportSummary.scaled(value), unitKey);
	}

	/** A number as the reader writes it: "1,5". */
	static String number(Lang lang, BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(lang.locale());
		format.setMaximumFractionDigits(3);
		format.setGroupingUsed(false);
		return format.format(value);
	}

	private String t(Lang lang, String key, Object... args) {
		return this.messages.get(lang, key, args);
	}

}
