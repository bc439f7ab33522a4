package kz.birge.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.birge.catalog.Audience;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import kz.birge.planimport.ImportWarning.Kind;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.dates.DateGrammar;
import kz.birge.planimport.dates.DateSpan;
import kz.birge.planimport.dates.Occurrences;
import kz.birge.planimport.dates.ParsedDates;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;
import kz.birge.planimport.vocabulary.AudienceReader;
import kz.birge.planimport.vocabulary.Column;
import kz.birge.planimport.vocabulary.FormReader;
import kz.birge.planimport.vocabulary.IndicatorReader;

/**
 * One activity's row (and its continuation rows), by column, until it becomes a draft.
 */
final class RawRow {

	final int line;

	private final Map<Column, String> cells;

	private final Map<Column, String> columnNames;

	private final Map<Integer, Column> header;

	String fraction;

	String project;

	RawRow(int line, Map<Column, String> cells, Map<Column, String> columnNames, Map<Integer, Column> header) {
		this.line = line;
		this.cells = new LinkedHashMap<>(cells);
		this.columnNames = columnNames;
		this.header = header;
	}

	String get(Column column) {
		return this.cells.getOrDefault(column, "");
	}

	Optional<String> project() {
		return Optional.ofNullable(this.project);
	}

	/** Adds a continuation row whose first cell stands in column {@code offset}. */
	void append(List<String> more, int offset) {
		for (int i = 0; i < more.size(); i++) {
			Column column = this.header.get(i + offset);
			String text = more.get(i).trim();
			if (column != null && !text.isEmpty()) {
				this.cells.merge(column, text, (a, b) -> a.isEmpty() ? b : a + "\n" + b);
			}
		}
	}

	Optional<ActivityDraft> draft(PlanPeriod period, List<ImportWarning> warnings) {
		String title = oneLine(get(Column.TITLE));
		if (title.isEmpty()) {
			warnings.add(new ImportWarning(this.line, name(Column.TITLE), Kind.ROW_WITHOUT_TITLE,
					String.join(" | ", this.cells.values())));
			return Optional.empty();
		}
		String dates = get(Column.DATES);
		List<Schedule> schedules = schedules(dates, period, warnings);
		return Optional.of(new ActivityDraft(this.line, number(), Optional.ofNullable(this.fraction), project(), title,
				oneLine(get(Column.DESCRIPTION)), FormReader.formOf(title), places(), List.of(),
				oneLine(get(Column.RESPONSIBLE)), oneLine(get(Column.PARTNERS)), audience(warnings), indicators(),
				oneLine(get(Column.EVIDENCE)), oneLine(dates), schedules));
	}

	private int number() {
		String digits = get(Column.NUMBER).replaceAll("\\D", "");
		return (digits.isEmpty() || digits.length() > 4) ? 0 : Integer.parseInt(digits);
	}

	private List<String> places() {
		String place = oneLine(get(Column.PLACE));
		return place.isEmpty() ? List.of() : List.of(place);
	}

	private List<Schedule> schedules(String dates, PlanPeriod period, List<ImportWarning> warnings) {
		if (dates.isBlank()) {
			warnings.add(new ImportWarning(this.line, name(Column.DATES), Kind.NO_DATE, oneLine(get(Column.TITLE))));
			return List.of(new Schedule.WholePeriod());
		}
		ParsedDates parsed = DateGrammar.parse(dates, period);
		parsed.notUnderstood()
			.forEach((text) -> warnings
				.add(new ImportWarning(this.line, name(Column.DATES), Kind.DATE_NOT_UNDERSTOOD, text)));
		for (Schedule schedule : parsed.schedules()) {
			List<DateSpan> spans = Occurrences.expand(schedule, period);
			boolean outside = spans.isEmpty() || spans.stream()
				.anyMatch((span) -> !period.contains(span.start()) || !period.contains(span.end()));
			if (outside && !(schedule instanceof Schedule.Every) && !(schedule instanceof Schedule.WholePeriod)) {
				warnings
					.add(new ImportWarning(this.line, name(Column.DATES), Kind.DATE_OUTSIDE_PERIOD, oneLine(dates)));
				break;
			}
		}
		return parsed.schedules().isEmpty() ? List.of(new Schedule.WholePeriod()) : parsed.schedules();
	}

	private Audience audience(List<ImportWarning> warnings) {
		if (this.cells.containsKey(Column.AUDIENCE) || this.columnNames.containsKey(Column.AUDIENCE)) {
			return AudienceReader.read(get(Column.AUDIENCE));
		}
		// no audience column: grades may stand in another cell ("7-9 сынып білім
		// алушылары Әлеуметтік желіге...")
		for (Column column : List.of(Column.EVIDENCE, Column.PARTNERS, Column.TITLE)) {
			List<GradeRange> grades = AudienceReader.gradesIn(get(column));
			if (!grades.isEmpty()) {
				warnings.add(new ImportWarning(this.line, name(column), Kind.AUDIENCE_FROM_OTHER_COLUMN,
						oneLine(get(column))));
				return new Audience(grades, Set.of(Category.STUDENTS));
			}
		}
		return Audience.UNSPECIFIED;
	}

	private List<IndicatorSpec> indicators() {
		if (!this.columnNames.containsKey(Column.INDICATORS)) {
			return List.of(new IndicatorSpec(Metric.PARTICIPANTS, ""));
		}
		List<IndicatorSpec> read = new ArrayList<>(IndicatorReader.read(get(Column.INDICATORS)));
		return read;
	}

	private String name(Column column) {
		return this.columnNames.getOrDefault(column, "");
	}

	static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

}
