package kz.birge.planimport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.birge.planimport.ImportWarning.Kind;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.PlanDraft.FractionDraft;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;
import kz.birge.planimport.source.Block;
import kz.birge.planimport.source.Row;
import kz.birge.planimport.vocabulary.Column;
import kz.birge.planimport.vocabulary.HeaderRow;

/**
 * Makes sense of a plan's blocks: the front matter, fraction and month headings, tables
 * with their header rows, rows continued on the next line, projects whose cell spans
 * several rows, and, for a plan written as prose, its numbered list of directions. What
 * it cannot place becomes a warning.
 */
public final class PlanInterpreter {

	/** The most rows of a table of approval stamps. */
	private static final int MAX_STAMP_ROWS = 8;

	private static final Pattern FRACTION_HEADING = Pattern.compile("^\\s*(\\d{1,2})\\s*[.)]?\\s*(.*фракция.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A cell that holds a row's number alone: "2", "2.", "2)". */
	private static final Pattern NUMBER_ONLY = Pattern.compile("\\d{1,3}[.)]?");

	private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,3})[.)]?\\s+(\\S.*)$", Pattern.DOTALL);

	/** Fractions of a school parliament, by a word their projects or activities carry. */
	private static final List<List<String>> KNOWN_FRACTIONS = List.of(List.of("эко", "ЭКОЛОГИЯ ФРАКЦИЯСЫ"),
			List.of("дебат", "ДЕБАТ ҚОЗҒАЛЫСЫНЫҢ ФРАКЦИЯСЫ"),
			List.of("спорт", "СПОРТ ЖӘНЕ САЛАУАТТЫ ӨМІР САЛТЫ ФРАКЦИЯСЫ"), List.of("қайырым", "ҚАЙЫРЫМДЫЛЫҚ ФРАКЦИЯСЫ"),
			List.of("өнер", "МӘДЕНИЕТ ЖӘНЕ ӨНЕР ФРАКЦИЯСЫ"), List.of("ақпарат", "АҚПАРАТ ФРАКЦИЯСЫ"),
			List.of("құқық", "ҚҰҚЫҚ ЖӘНЕ ТӘРТІП ФРАКЦИЯСЫ"));

	private final List<ImportWarning> warnings = new ArrayList<>();

	private final Map<String, List<String>> fractions = new LinkedHashMap<>();

	private final List<RawRow> rows = new ArrayList<>();

	/**
	 * The columns a coordinator chose, by index, for the tables laid out as the first.
	 */
	private final Map<Integer, ColumnMeaning> chosen;

	private final List<TableColumns> tables = new ArrayList<>();

	/** The time column's cell of each row that has one. */
	private final Map<RawRow, TimeColumn.Cell> times = new IdentityHashMap<>();

	private PlanInterpreter(Map<Integer, ColumnMeaning> chosen) {
		this.chosen = Map.copyOf(chosen);
	}

	/** Reads a plan from the blocks of its file. */
	public static ReadPlan interpret(List<Block> blocks) {
		return new PlanInterpreter(Map.of()).read(blocks);
	}

	/**
	 * Reads a plan from the blocks of its file, with the columns the coordinator chose,
	 * and tells how its tables' columns were read.
	 */
	static PlanReading interpret(List<Block> blocks, Map<Integer, ColumnMeaning> chosen) {
		PlanInterpreter interpreter = new PlanInterpreter(chosen);
		ReadPlan read = interpreter.read(blocks);
		return new PlanReading(read, interpreter.tables);
	}

	private ReadPlan read(List<Block> written) {
		List<Block> blocks = stampsAsText(written);
		List<String> front = new ArrayList<>();
		for (Block block : blocks) {
			if (block instanceof Block.Table) {
				break;
			}
			front.add(((Block.Paragraph) block).text());
		}
		boolean hasTables = blocks.stream().anyMatch(Block.Table.class::isInstance);
		List<String> allText = blocks.stream()
			.filter(Block.Paragraph.class::isInstance)
			.map((block) -> ((Block.Paragraph) block).text())
			.toList();
		FrontMatter.Facts facts = FrontMatter.read(hasTables ? front : allText);
		PlanPeriod period = facts.period().orElseGet(() -> {
			this.warnings.add(new ImportWarning(0, "", Kind.PERIOD_GUESSED, facts.title()));
			return PlanPeriod.academicYear(
					(LocalDate.now().getMonthValue() >= 8) ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1);
		});
		if (facts.organisation().isEmpty()) {
			this.warnings.add(new ImportWarning(0, "", Kind.ORGANISATION_NOT_FOUND, facts.title()));
		}
		List<LocalDate> deadlines = new ArrayList<>();
		List<ActivityDraft> activities;
		if (hasTables) {
			walk(blocks, period, deadlines);
			activities = this.rows.stream()
				.map((row) -> row.draft(period, this.warnings)
					.map((draft) -> TimeColumn.apply(draft, this.times.get(row), period, this.warnings)))
				.flatMap(Optional::stream)
				.toList();
			activities = Branches.fill(activities);
		}
		else {
			activities = ProsePlan.activities(allText, period);
			activities.stream()
				.filter((activity) -> activity.audience().unspecified())
				.forEach((activity) -> this.warnings
					.add(new ImportWarning(activity.line(), "", Kind.AUDIENCE_MISSING, activity.title())));
			allText.forEach((text) -> deadlines.addAll(FrontMatter.reportDeadlines(text, period)));
		}
		if (activities.isEmpty()) {
			this.warnings.add(new ImportWarning(0, "", Kind.NO_ACTIVITIES, facts.title()));
		}
		List<FractionDraft> fractionDrafts = this.fractions.entrySet()
			.stream()
			.map((entry) -> new FractionDraft(entry.getKey(), entry.getValue()))
			.toList();
		PlanDraft plan = new PlanDraft(facts.organisation(), facts.title(), period,
				deadlines.stream().distinct().toList(), weeklyReport(activities), fractionDrafts, activities);
		return new ReadPlan(plan, this.warnings, facts.sources());
	}

	/**
	 * The blocks with the approval stamps that open a plan laid out as a table (a Word
	 * table of two cells, "СОГЛАСОВАНО" beside "УТВЕРЖДАЮ", or tab-separated lines)
	 * turned into text, cells side by side, as a printed title block reads.
	 */
	private static List<Block> stampsAsText(List<Block> blocks) {
		List<Block> text = new ArrayList<>();
		boolean before = true;
		for (Block block : blocks) {
			if (before && block instanceof Block.Table table && table.rows().size() <= MAX_STAMP_ROWS
					&& table.rows().get(0).cells().stream().anyMatch(TitleBlock::opensStamp)) {
				String lines = String.join("\n",
						table.rows().stream().map((row) -> String.join("\t", row.cells())).toList());
				text.add(new Block.Paragraph(table.rows().get(0).line(), lines));
				continue;
			}
			before &= !(block instanceof Block.Table);
			text.add(block);
		}
		return text;
	}

	// ------------------------------------------------------------------ walking the
	// blocks

	private String fraction;

	private int fractionNumber;

	private boolean fractionHasTable;

	private Map<Integer, Column> header = Map.of();

	private Map<Integer, String> headerText = Map.of();

	private MonthHeading month;

	private PlanPeriod period;

	private Optional<Integer> timeColumn = Optional.empty();

	private String timeHeader = "";

	private void walk(List<Block> blocks, PlanPeriod period, List<LocalDate> deadlines) {
		this.period = period;
		for (Block block : blocks) {
			if (block instanceof Block.Paragraph paragraph) {
				onParagraph(paragraph, period, deadlines);
			}
			else if (block instanceof Block.Table table) {
				onTable(table);
			}
		}
	}

	private void onParagraph(Block.Paragraph paragraph, PlanPeriod period, List<LocalDate> deadlines) {
		String text = FrontMatter.clean(paragraph.text());
		Matcher heading = FRACTION_HEADING.matcher(text);
		if (heading.matches()) {
			this.fractionNumber = Integer.parseInt(heading.group(1));
			startFraction(heading.group(2).trim());
			return;
		}
		Optional<MonthHeading> monthHeading = MonthHeading.of(text, period);
		if (monthHeading.isPresent()) {
			this.month = monthHeading.get();
			return;
		}
		deadlines.addAll(FrontMatter.reportDeadlines(text, period));
	}

	private void startFraction(String name) {
		this.fraction = name;
		this.fractions.putIfAbsent(name, new ArrayList<>());
		this.fractionHasTable = false;
	}

	private void onTable(Block.Table table) {
		List<RawRow> tableRows = new ArrayList<>();
		List<Row> all = table.rows();
		List<Optional<Map<Integer, Column>>> headers = all.stream().map((row) -> HeaderRow.match(row.cells())).toList();
		int from = 0;
		if (this.header.isEmpty() && headers.stream().allMatch(Optional::isEmpty)) {
			// no header row the reader knows: tell the columns by their content
			Optional<ColumnsByContent.Guess> guess = ColumnsByContent.guess(all, this.period);
			if (guess.isPresent()) {
				from = guess.get().headerRows();
				startTable((from > 0) ? all.get(from - 1) : new Row(all.get(0).line(), List.of()),
						guess.get().columns());
			}
		}
		for (int i = from; i < all.size(); i++) {
			Row row = all.get(i);
			Optional<Map<Integer, Column>> matched = headers.get(i);
			if (matched.isPresent()) {
				finishTable(tableRows);
				tableRows = new ArrayList<>();
				startTable(row,
						ColumnsByContent.complete(row.cells(), matched.get(), dataRows(all, headers, i), this.period));
				continue;
			}
			if (this.header.isEmpty()) {
				if (row.cells().stream().anyMatch((cell) -> !cell.isBlank())) {
					this.warnings.add(
							new ImportWarning(row.line(), "", Kind.ROW_OUTSIDE_TABLE, String.join(" | ", row.cells())));
				}
				continue;
			}
			onRow(row, tableRows);
		}
		finishTable(tableRows);
	}

	/** The rows under the header row at {@code at}, up to the next header row. */
	private static List<Row> dataRows(List<Row> all, List<Optional<Map<Integer, Column>>> headers, int at) {
		int end = at + 1;
		while (end < all.size() && headers.get(end).isEmpty()) {
			end++;
		}
		return all.subList(at + 1, end);
	}

	private void startTable(Row headerRow, TableColumns read) {
		if (this.fractionHasTable && !this.fractions.isEmpty()) {
			// a new header row without a new fraction heading: the heading is missing,
			// and the month heading of the fraction before is not this table's
			this.fraction = null;
			this.month = null;
		}
		boolean laidOutAsFirst = this.tables.isEmpty() || this.tables.get(0).headerCells().equals(read.headerCells());
		TableColumns table = laidOutAsFirst ? read.with(this.chosen) : read;
		if (!this.tables.contains(table)) {
			this.tables.add(table);
		}
		Map<Integer, Column> columns = table.byIndex();
		this.header = columns;
		this.timeColumn = table.timeColumn();
		this.timeHeader = this.timeColumn.map((index) -> table.columns().get(index).header()).orElse("");
		Map<Integer, String> texts = new LinkedHashMap<>();
		for (int i = 0; i < headerRow.cells().size(); i++) {
			String cell = headerRow.cells().get(i).trim();
			texts.put(i, cell);
			if (!columns.containsKey(i) && !this.timeColumn.equals(Optional.of(i)) && !cell.isEmpty()
					&& !chosenToIgnore(table, i)) {
				this.warnings.add(new ImportWarning(headerRow.line(), cell, Kind.COLUMN_NOT_UNDERSTOOD, cell));
			}
		}
		this.headerText = texts;
		this.fractionHasTable = true;
	}

	private static boolean chosenToIgnore(TableColumns table, int index) {
		return index < table.columns().size() && table.columns().get(index).source() == TableColumns.Source.CHOSEN;
	}

	private void onRow(Row row, List<RawRow> tableRows) {
		List<String> cells = new ArrayList<>(row.cells());
		while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
			cells.remove(cells.size() - 1);
		}
		if (cells.isEmpty()) {
			return;
		}
		int width = Math.max(this.header.keySet().stream().mapToInt(Integer::intValue).max().orElse(0),
				this.timeColumn.orElse(0)) + 1;
		boolean numbered = this.header.get(0) == Column.NUMBER;
		if (numbered && cells.size() == width - 1) {
			Matcher leading = LEADING_NUMBER.matcher(cells.get(0).trim());
			if (leading.matches()) {
				// "11 "Табиғат біздің қолымызда"...": the number and the title share a
				// cell
				cells.set(0, leading.group(2));
				cells.add(0, leading.group(1));
			}
			else if (NUMBER_ONLY.matcher(cells.get(0).trim()).matches()) {
				// a numbered row of its own whose last cell is empty
				cells.add("");
			}
			else if (!tableRows.isEmpty()) {
				// a row continued on the next line: its cells stand one column to the
				// right
				tableRows.get(tableRows.size() - 1).append(cells, 1);
				return;
			}
		}
		RawRow raw = new RawRow(row.line(), cellsByColumn(cells), columnNames(), this.header);
		raw.month = this.month;
		this.timeColumn.filter((index) -> index < cells.size())
			.ifPresent((index) -> this.times.put(raw, new TimeColumn.Cell(cells.get(index).trim(), this.timeHeader)));
		tableRows.add(raw);
	}

	private Map<Column, String> columnNames() {
		Map<Column, String> names = new LinkedHashMap<>();
		this.header.forEach((index, column) -> names.put(column, this.headerText.getOrDefault(index, column.name())));
		return names;
	}

	private Map<Column, String> cellsByColumn(List<String> cells) {
		Map<Column, String> byColumn = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			Column column = this.header.get(i);
			if (column != null) {
				byColumn.merge(column, cells.get(i).trim(), (a, b) -> a + "\n" + b);
			}
		}
		return byColumn;
	}

	private void finishTable(List<RawRow> tableRows) {
		if (tableRows.isEmpty()) {
			return;
		}
		Projects.spread(tableRows);
		if (this.fraction == null && !this.fractions.isEmpty()) {
			inferFraction(tableRows);
		}
		tableRows.forEach((row) -> {
			row.fraction = this.fraction;
			row.project().ifPresent((project) -> {
				List<String> projects = this.fractions.get(this.fraction);
				if (projects != null && !projects.contains(project)) {
					projects.add(project);
				}
			});
		});
		this.rows.addAll(tableRows);
	}

	/**
	 * A table without its fraction heading: name it by the known fraction its projects
	 * point to, or failing that its activities' titles.
	 */
	private void inferFraction(List<RawRow> tableRows) {
		String projects = FrontMatter
			.lower(String.join(" ", tableRows.stream().map((row) -> row.project().orElse("")).toList()));
		String titles = FrontMatter
			.lower(String.join(" ", tableRows.stream().map((row) -> row.get(Column.TITLE)).toList()));
		Optional<String> known = knownFraction(projects).or(() -> knownFraction(titles));
		int line = tableRows.get(0).line;
		if (known.isPresent()) {
			this.warnings.add(new ImportWarning(line, "", Kind.FRACTION_INFERRED, known.get()));
			startFraction(known.get());
		}
		else {
			String name = String.valueOf(this.fractionNumber + 1);
			this.warnings.add(new ImportWarning(line, "", Kind.FRACTION_MISSING, name));
			startFraction(name);
		}
		this.fractionNumber++;
		this.fractionHasTable = true;
	}

	private Optional<String> knownFraction(String words) {
		return KNOWN_FRACTIONS.stream()
			.filter((known) -> words.contains(known.get(0)))
			.map((known) -> known.get(1))
			.filter((name) -> this.fractions.keySet().stream().noneMatch((used) -> sameFraction(used, name)))
			.findFirst();
	}

	private static boolean sameFraction(String a, String b) {
		String first = FrontMatter.lower(a).split("\\s+")[0];
		return FrontMatter.lower(b).startsWith(first.substring(0, Math.min(4, first.length())));
	}

	/**
	 * A weekly report day, where an activity is a report due every week on a given day.
	 */
	private static Optional<DayOfWeek> weeklyReport(List<ActivityDraft> activities) {
		Pattern report = Pattern.compile("ақпарат|есе[пб]|отч[её]т|информац|report",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		return activities.stream()
			.filter((activity) -> report.matcher(activity.title()).find())
			.flatMap((activity) -> activity.schedules().stream())
			.filter(Schedule.Every.class::isInstance)
			.map(Schedule.Every.class::cast)
			.flatMap((every) -> every.day().stream())
			.findFirst();
	}

	static String key(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
	}

}
