package kz.birge.planimport;

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
import kz.birge.planimport.dates.TimeOfDay;
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

	/** The month heading ("ҚЫРКҮЙЕК АЙЫ") the row stands under, or null. */
	MonthHeading month;

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
		String dates = joined(joined(get(Column.DATES), ending(), " – "), get(Column.TIME), " ");
		ParsedDates parsed = DateGrammar.parse(dates, period);
		List<Schedule> schedules = schedules(dates, parsed, period, warnings);
		parsed.time()
			.filter((time) -> schedules.stream().noneMatch(TimeOfDay::fits))
			.ifPresent((time) -> warnings
				.add(new ImportWarning(this.line, name(Column.DATES), Kind.TIME_NOT_PLACED, oneLine(dates))));
		if (this.month != null && !this.month.agreesWith(schedules)) {
			warnings.add(new ImportWarning(this.line, name(Column.DATES), Kind.MONTH_HEADING_MISMATCH,
					this.month.text() + ": " + oneLine(dates)));
		}
		String formText = oneLine(get(Column.FORM));
		Optional<String> form = FormReader.formOf(formText).or(() -> FormReader.formOf(title));
		return Optional.of(new ActivityDraft(this.line, number(), Optional.ofNullable(this.fraction), project(), title,
				oneLine(joined(get(Column.DESCRIPTION), get(Column.NOTES), "; ")), form, places(), List.of(),
				oneLine(get(Column.RESPONSIBLE)), oneLine(get(Column.PARTNERS)), audience(title, warnings),
				indicators(title), oneLine(get(Column.EVIDENCE)), oneLine(dates), schedules, parsed.time(), formText));
	}

	private int number() {
		String digits = get(Column.NUMBER).replaceAll("\\D", "");
		return (digits.isEmpty() || digits.length() > 4) ? 0 : Integer.parseInt(digits);
	}

	private List<String> places() {
		String place = oneLine(get(Column.PLACE));
		return place.isEmpty() ? List.of() : List.of(place);
	}

	private List<Schedule> schedules(String dates, ParsedDates parsed, PlanPeriod period,
			List<ImportWarning> warnings) {
		if (dates.isBlank()) {
			warnings.add(new ImportWarning(this.line, name(Column.DATES), Kind.NO_DATE, oneLine(get(Column.TITLE))));
			return List.of(new Schedule.WholePeriod());
		}
		parsed.notUnderstood()
			.forEach((text) -> warnings
				.add(new ImportWarning(this.line, name(Column.DATES), Kind.DATE_NOT_UNDERSTOOD, text)));
		for (Schedule schedule : parsed.schedules()) {
			List<DateSpan> spans = Occurrences.expand(schedule, period);
			boolean outside = spans.isEmpty() || spans.stream()
				.anyMatch((span) -> !period.contains(span.start()) || !period.contains(span.end()));
			boolean throughPeriod = schedule instanceof Schedule.WholePeriod
					|| (schedule instanceof Schedule.Every every && every.within().isEmpty());
			if (outside && !throughPeriod) {
				warnings
					.add(new ImportWarning(this.line, name(Column.DATES), Kind.DATE_OUTSIDE_PERIOD, oneLine(dates)));
				break;
			}
		}
		return parsed.schedules().isEmpty() ? List.of(new Schedule.WholePeriod()) : parsed.schedules();
	}

	private Audience audience(String title, List<ImportWarning> warnings) {
		if (this.cells.containsKey(Column.AUDIENCE) || this.columnNames.containsKey(Column.AUDIENCE)) {
			String cell = oneLine(get(Column.AUDIENCE));
			Audience audience = AudienceReader.read(cell);
			if (audience.unspecified()) {
				warnings.add(cell.isEmpty()
						? new ImportWarning(this.line, name(Column.AUDIENCE), Kind.AUDIENCE_MISSING, title)
						: new ImportWarning(this.line, name(Column.AUDIENCE), Kind.AUDIENCE_NOT_UNDERSTOOD, cell));
			}
			return audience;
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
		warnings.add(new ImportWarning(this.line, "", Kind.AUDIENCE_MISSING, title));
		return Audience.UNSPECIFIED;
	}

	private List<IndicatorSpec> indicators(String title) {
		if (!this.columnNames.containsKey(Column.INDICATORS)) {
			return List.of(new IndicatorSpec(Metric.PARTICIPANTS, ""));
		}
		return IndicatorReader.read(get(Column.INDICATORS), title);
	}

	/** The day it ends, from a column of its own; none for a dash. */
	private String ending() {
		String end = get(Column.END);
		return end.codePoints().anyMatch(Character::isLetterOrDigit) ? end : "";
	}

	private String name(Column column) {
		return this.columnNames.getOrDefault(column, "");
	}

	/**
	 * Two cells as one text: the dates and the time of a table with a time column, the
	 * description and the notes.
	 */
	private static String joined(String first, String second, String separator) {
		return (first.isBlank() || second.isBlank()) ? (first + second).trim()
				: first.trim() + separator + second.trim();
	}

	static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

}
