package kz.birge.indicators.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a campaign report shows; labels arrive already in the reader's language.
 * <p>
 * The {@code values} of every {@link Group} and {@link OccurrenceRow} align with
 * {@code metricHeaders}: the constructor rejects a list of another length. A {@code null}
 * value means "not recorded" and is written as an empty cell. All lists are copied and
 * unmodifiable.
 *
 * @param title the campaign's title
 * @param organisation the organisation the report is for (a school, a department)
 * @param from the first day of the reported period
 * @param to the last day of the reported period
 * @param totals the indicators' totals, with their targets
 * @param participants participants counted over all occurrences
 * @param uniqueParticipants distinct people among them
 * @param classesCovered classes that took part
 * @param schoolsCovered schools that took part
 * @param metricHeaders column headers of the recorded indicators, in order, e.g.
 * "жиналған қоқыс, т"
 * @param byFraction one row per fraction
 * @param byMonth one row per month
 * @param byBranch one row per branch
 * @param occurrences one row per occurrence
 * @param targets the targets over time (meetings a month, people covered), actual against
 * each, per month where it is per month
 */
public record ReportData(String title, String organisation, LocalDate from, LocalDate to, List<Total> totals,
		long participants, long uniqueParticipants, long classesCovered, long schoolsCovered,
		List<String> metricHeaders, List<Group> byFraction, List<Group> byMonth, List<Group> byBranch,
		List<OccurrenceRow> occurrences, List<TargetRow> targets) {

	/** A report without targets over time. */
	public ReportData(String title, String organisation, LocalDate from, LocalDate to, List<Total> totals,
			long participants, long uniqueParticipants, long classesCovered, long schoolsCovered,
			List<String> metricHeaders, List<Group> byFraction, List<Group> byMonth, List<Group> byBranch,
			List<OccurrenceRow> occurrences) {
		this(title, organisation, from, to, totals, participants, uniqueParticipants, classesCovered, schoolsCovered,
				metricHeaders, byFraction, byMonth, byBranch, occurrences, List.of());
	}

	/**
	 * Copies the lists and checks that every row's values align with
	 * {@code metricHeaders}.
	 */
	public ReportData {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		totals = List.copyOf(totals);
		metricHeaders = List.copyOf(metricHeaders);
		byFraction = List.copyOf(byFraction);
		byMonth = List.copyOf(byMonth);
		byBranch = List.copyOf(byBranch);
		occurrences = List.copyOf(occurrences);
		targets = List.copyOf(targets);
		int metrics = metricHeaders.size();
		for (List<Group> groups : List.of(byFraction, byMonth, byBranch)) {
			groups.forEach((group) -> checkAligned(group.label(), group.values(), metrics));
		}
		occurrences.forEach((row) -> checkAligned(row.title(), row.values(), metrics));
	}

	private static void checkAligned(String row, List<BigDecimal> values, int metrics) {
		if (values.size() != metrics) {
			throw new IllegalArgumentException(
					"Row '" + row + "' has " + values.size() + " values for " + metrics + " metric headers");
		}
	}

	private static List<BigDecimal> copyAllowingNulls(List<BigDecimal> values) {
		return Collections.unmodifiableList(new ArrayList<>(values));
	}

	/**
	 * One indicator's total, with its target when one is set.
	 *
	 * @param label the indicator's name, e.g. "Отырғызылған ағаштар"
	 * @param unit its unit, e.g. "дана"; may be empty
	 * @param unitKey the unit's key ("pieces", as {@code Metric#unit()} names it), which
	 * picks how an amount is written in {@code report.amount}; may be empty
	 * @param value the total reached
	 * @param target the target, when one is set
	 */
	public record Total(String label, String unit, String unitKey, BigDecimal value, Optional<BigDecimal> target) {

		/**
		 * Checks the value and reads a {@code null} target as none.
		 */
		public Total {
			Objects.requireNonNull(value, "value");
			unitKey = (unitKey != null) ? unitKey : "";
			target = (target != null) ? target : Optional.empty();
		}

		/**
		 * A total whose amount is written without a unit key.
		 */
		public Total(String label, String unit, BigDecimal value, Optional<BigDecimal> target) {
			this(label, unit, "", value, target);
		}

		/**
		 * How much of the target is reached, as a fraction (0.75 for three quarters),
		 * rounded half-up to four decimal places.
		 * @return the share; empty when there is no target or the target is zero
		 */
		public Optional<BigDecimal> shareReached() {
			return this.target.filter((target) -> target.signum() != 0)
				.map((target) -> this.value.divide(target, 4, RoundingMode.HALF_UP));
		}

	}

	/**
	 * A row of a grouped view: a fraction, a month ("Наурыз 2025"), a branch.
	 *
	 * @param label the group's name
	 * @param occurrences how many occurrences fall in the group
	 * @param participants participants counted in them
	 * @param values the metrics' sums, aligned with {@link ReportData#metricHeaders()};
	 * {@code null} for none recorded
	 */
	public record Group(String label, int occurrences, long participants, List<BigDecimal> values) {

		/**
		 * Copies the values.
		 */
		public Group {
			values = copyAllowingNulls(values);
		}

	}

	/**
	 * One occurrence of an activity.
	 *
	 * @param date the day it took place
	 * @param title the activity's title
	 * @param place where it took place; may be {@code null}
	 * @param fraction the fraction it belongs to; may be {@code null}
	 * @param participants how many took part
	 * @param values the recorded metrics, aligned with
	 * {@link ReportData#metricHeaders()}; {@code null} for one not recorded
	 * @param evidence links to photos, posts or documents
	 * @param photos how many photos were given as evidence
	 */
	public record OccurrenceRow(LocalDate date, String title, String place, String fraction, long participants,
			List<BigDecimal> values, List<String> evidence, int photos) {

		/** An occurrence without photos. */
		public OccurrenceRow(LocalDate date, String title, String place, String fraction, long participants,
				List<BigDecimal> values, List<String> evidence) {
			this(date, title, place, fraction, participants, values, evidence, 0);
		}

		/**
		 * Checks the date and copies the lists.
		 */
		public OccurrenceRow {
			Objects.requireNonNull(date, "date");
			values = copyAllowingNulls(values);
			evidence = List.copyOf(evidence);
		}

	}

	/**
	 * A target over time against what was reached: one month of "at least N meetings a
	 * month", or "at least N people covered" over the campaign.
	 *
	 * @param target what the target is on, e.g. "Дебат клубы: кездесулер айына"
	 * @param period the month ("Қазан 2026"), or empty for the whole campaign
	 * @param actual what was reached
	 * @param goal the target figure
	 */
	public record TargetRow(String target, String period, long actual, BigDecimal goal) {

		/**
		 * Checks the target and the goal.
		 */
		public TargetRow {
			Objects.requireNonNull(target, "target");
			Objects.requireNonNull(period, "period");
			Objects.requireNonNull(goal, "goal");
		}

	}

}
