package kz.birge.planimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import kz.birge.catalog.Audience;
import kz.birge.catalog.Category;
import kz.birge.planimport.TableColumns.Source;
import kz.birge.planimport.TableColumns.TableColumn;
import kz.birge.planimport.dates.DateGrammar;
import kz.birge.planimport.dates.ParsedDates;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.source.Row;
import kz.birge.planimport.vocabulary.AudienceReader;
import kz.birge.planimport.vocabulary.Column;

/**
 * Tells what a table's columns hold by what is written in them, for a header row whose
 * words the reader does not know: a column mostly of dates is the dates, mostly of grades
 * or classes the participants, a running number 1, 2, 3… the №, mostly of times of day
 * ("10:00", "14:00-16:00", "в течение дня") the time, mostly of people's initials or
 * posts the responsible, mostly of short names of rooms, grounds and settlements the
 * place, and the longest text next to the № the title.
 */
final class ColumnsByContent {

	/** The share of a column's filled cells that must say the same kind of thing. */
	private static final double MOSTLY = 0.6;

	/** A column longer than this on average is text, not dates, classes or times. */
	private static final int SHORT = 60;

	/** A title is at least this long on average. */
	private static final int TITLE_LENGTH = 8;

	private static final Pattern RUNNING_NUMBER = Pattern.compile("\\d{1,3}[.)]?");

	/** "7А", "8 «Г»", "10-Б", "9 Ә": a class as schools write it. */
	private static final Pattern CLASS_NAME = Pattern.compile(
			"(?<![\\d\\p{L}])(?:[1-9]|1[0-2])\\s*[-–]?\\s*[«\"“]?[А-ЯЁӘІҢҒҮҰҚӨҺA-Z][»\"”]?(?![\\p{L}])",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** "Иванова А.Б.", "А.Б. Иванова". */
	private static final Pattern INITIALS = Pattern.compile(
			"\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.\\s*(?:\\p{Lu}\\.)?|\\p{Lu}\\.\\s*(?:\\p{Lu}\\.)?\\s*\\p{Lu}\\p{Ll}+",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** Posts of those who run activities. */
	private static final Pattern POSTS = Pattern.compile(
			"руковод|директор|заместит|\\bзам\\.|педагог|учител|вожат|психолог|библиотекар|куратор|организатор"
					+ "|жетекш|орынбасар|тәлімгер|мұғалім|ұйымдастырушы|кітапханашы|админист",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Words that name a place: rooms and halls, buildings, grounds, nature, settlements
	 * ("г. Щучинск", "с. Катарколь", "Актовый зал", "Кабинет 305", "Урочище Жеке-Батыр",
	 * "Мектеп ауласы", "Спорт залы").
	 */
	private static final Pattern PLACES = Pattern.compile(
			"(?<!\\p{L})(?:зал|кабинет|каб\\.|аудитори|ауд\\.|холл|фойе"
					+ "|спортзал|актов|библиотек|музе|школ|гимнази|лице|двор|площад|сквер|парк|стадион|корпус|лагер"
					+ "|урочищ|озер|ущел|тропа|лес|гор[аы]|набережн|бульвар|улиц|микрорайон|центр|дом культуры|дк\\b"
					+ "|онлайн|online|территори|акимат|город|село|аул|г\\.\\s*\\p{Lu}|с\\.\\s*\\p{Lu}|п\\.\\s*\\p{Lu}"
					+ "|мектеп|аула|алаң|кітапхана|мұражай|саябақ|орталы|бөлме|дәліз|көл|орман|шатқал|жол|көше|ауыл"
					+ "|әкімдік|аумағ|қала|кент)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	/** A place is named in a few words. */
	private static final int PLACE_WORDS = 6;

	private static final Set<Category> PARTICIPANTS = EnumSet.of(Category.STUDENTS, Category.VOLUNTEERS,
			Category.PARENTS);

	/** What a column may be told by, in the order that breaks ties. */
	private static final List<ColumnMeaning> TYPED = List.of(ColumnMeaning.NUMBER, ColumnMeaning.DATES,
			ColumnMeaning.TIME, ColumnMeaning.AUDIENCE, ColumnMeaning.RESPONSIBLE, ColumnMeaning.PLACE);

	private ColumnsByContent() {
	}

	/**
	 * What a table without a known header row holds: its columns and whether its first
	 * row is a header of words the reader does not know. Empty unless a title and the
	 * dates or a running number are found.
	 *
	 * @param headerRows 1 when the first row is a header, 0 when the table begins with
	 * its activities
	 * @param columns the columns told
	 */
	record Guess(int headerRows, TableColumns columns) {
	}

	/** Tells a table's columns by their content. */
	static Optional<Guess> guess(List<Row> rows, PlanPeriod period) {
		List<List<String>> filled = rows.stream()
			.map(Row::cells)
			.filter((cells) -> cells.stream().anyMatch((cell) -> !cell.isBlank()))
			.toList();
		if (filled.size() < 2) {
			return Optional.empty();
		}
		List<String> first = filled.get(0);
		Map<Integer, ColumnMeaning> afterFirst = tell(filled.subList(1, filled.size()), Set.of(), period);
		boolean firstIsHeader = afterFirst.entrySet()
			.stream()
			.filter((entry) -> TYPED.contains(entry.getValue()))
			.noneMatch((entry) -> fits(entry.getValue(), cell(first, entry.getKey()), period));
		Map<Integer, ColumnMeaning> told = firstIsHeader ? afterFirst : tell(filled, Set.of(), period);
		boolean titled = told.containsValue(ColumnMeaning.TITLE);
		if (!titled || !(told.containsValue(ColumnMeaning.DATES) || told.containsValue(ColumnMeaning.NUMBER))) {
			return Optional.empty();
		}
		List<String> header = firstIsHeader ? first : List.of();
		int width = filled.stream().mapToInt(List::size).max().orElse(0);
		List<TableColumn> columns = new ArrayList<>();
		for (int i = 0; i < width; i++) {
			ColumnMeaning meaning = told.getOrDefault(i, ColumnMeaning.IGNORE);
			columns.add(new TableColumn(i, cell(header, i).trim(), meaning, Optional.empty(), Source.CONTENT));
		}
		int headerRows = firstIsHeader ? rows.indexOf(rows.stream()
			.filter((row) -> row.cells().stream().anyMatch((cell) -> !cell.isBlank()))
			.findFirst()
			.orElseThrow()) + 1 : 0;
		return Optional.of(new Guess(headerRows, new TableColumns(header, columns)));
	}

	/**
	 * A header row the reader knows, with the columns whose words it does not know told
	 * by their content where they clearly hold dates, a time, classes, a number or people
	 * the header does not already name.
	 */
	static TableColumns complete(List<String> headerCells, Map<Integer, Column> header, List<Row> dataRows,
			PlanPeriod period) {
		TableColumns byHeader = TableColumns.byHeader(headerCells, header);
		Set<Integer> unknown = new HashSet<>();
		byHeader.columns()
			.stream()
			.filter((column) -> column.meaning() == ColumnMeaning.IGNORE && column.column().isEmpty())
			.forEach((column) -> unknown.add(column.index()));
		if (unknown.isEmpty() || dataRows.isEmpty()) {
			return byHeader;
		}
		Set<ColumnMeaning> named = EnumSet.noneOf(ColumnMeaning.class);
		byHeader.columns().forEach((column) -> named.add(column.meaning()));
		List<List<String>> rows = dataRows.stream().map(Row::cells).toList();
		Map<Integer, ColumnMeaning> told = tell(rows, named, period);
		List<TableColumn> columns = new ArrayList<>();
		for (TableColumn column : byHeader.columns()) {
			ColumnMeaning meaning = told.get(column.index());
			boolean typed = meaning != null && TYPED.contains(meaning);
			columns.add((unknown.contains(column.index()) && typed)
					? new TableColumn(column.index(), column.header(), meaning, Optional.empty(), Source.CONTENT)
					: column);
		}
		return new TableColumns(headerCells, columns);
	}

	/**
	 * What each column of the rows holds, leaving out the meanings already taken; a
	 * column that holds nothing clear is left out.
	 */
	static Map<Integer, ColumnMeaning> tell(List<List<String>> rows, Set<ColumnMeaning> taken, PlanPeriod period) {
		int width = rows.stream().mapToInt(List::size).max().orElse(0);
		Map<ColumnMeaning, Integer> best = new EnumMap<>(ColumnMeaning.class);
		Map<ColumnMeaning, Double> bestShare = new EnumMap<>(ColumnMeaning.class);
		double[] lengths = new double[width];
		for (int i = 0; i < width; i++) {
			List<String> cells = column(rows, i);
			if (cells.isEmpty()) {
				continue;
			}
			lengths[i] = cells.stream().mapToInt(String::length).average().orElse(0);
			Optional<Map.Entry<ColumnMeaning, Double>> kind = kind(cells, lengths[i], period);
			if (kind.isPresent() && !taken.contains(kind.get().getKey())) {
				ColumnMeaning meaning = kind.get().getKey();
				if (bestShare.getOrDefault(meaning, 0.0) < kind.get().getValue()) {
					best.put(meaning, i);
					bestShare.put(meaning, kind.get().getValue());
				}
			}
		}
		Map<Integer, ColumnMeaning> told = new TreeMap<>();
		best.forEach((meaning, index) -> told.put(index, meaning));
		if (!taken.contains(ColumnMeaning.TITLE)) {
			Map<Integer, ColumnMeaning> notPlaces = new TreeMap<>(told);
			notPlaces.values().remove(ColumnMeaning.PLACE);
			title(rows, lengths, notPlaces).ifPresent((index) -> told.put(index, ColumnMeaning.TITLE));
		}
		return told;
	}

	/**
	 * The title: the longest text column beside the №, or the longest text column when
	 * there is no №.
	 */
	private static Optional<Integer> title(List<List<String>> rows, double[] lengths,
			Map<Integer, ColumnMeaning> told) {
		List<Integer> text = new ArrayList<>();
		for (int i = 0; i < lengths.length; i++) {
			if (!told.containsKey(i) && lengths[i] >= TITLE_LENGTH && mostlyWords(column(rows, i))) {
				text.add(i);
			}
		}
		Optional<Integer> number = told.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == ColumnMeaning.NUMBER)
			.map(Map.Entry::getKey)
			.findFirst();
		List<Integer> candidates = number.map((n) -> text.stream().filter((i) -> i == n + 1 || i == n - 1).toList())
			.filter((beside) -> !beside.isEmpty())
			.orElse(text);
		return candidates.stream().max((a, b) -> Double.compare(lengths[a], lengths[b]));
	}

	/** The kind of thing most of a column's cells say, and the share that says it. */
	private static Optional<Map.Entry<ColumnMeaning, Double>> kind(List<String> cells, double length,
			PlanPeriod period) {
		Map.Entry<ColumnMeaning, Double> best = null;
		for (ColumnMeaning meaning : TYPED) {
			if (meaning != ColumnMeaning.NUMBER && length > SHORT) {
				continue;
			}
			double share = (meaning == ColumnMeaning.NUMBER) ? runningShare(cells)
					: cells.stream().filter((cell) -> fits(meaning, cell, period)).count() / (double) cells.size();
			if (share >= MOSTLY && (best == null || share > best.getValue())) {
				best = Map.entry(meaning, share);
			}
		}
		return Optional.ofNullable(best);
	}

	/** Whether a cell says what a column of the meaning holds. */
	static boolean fits(ColumnMeaning meaning, String cell, PlanPeriod period) {
		String text = cell.strip();
		if (text.isEmpty()) {
			return false;
		}
		return switch (meaning) {
			case NUMBER -> RUNNING_NUMBER.matcher(text).matches();
			case DATES -> isDate(text, period);
			case TIME -> TimeCell.read(text, period).isTime();
			case AUDIENCE -> isParticipants(text);
			case RESPONSIBLE -> INITIALS.matcher(text).find() || POSTS.matcher(text).find();
			case PLACE -> text.split("\\s+").length <= PLACE_WORDS && PLACES.matcher(text).find()
					&& !POSTS.matcher(text).find() && !isParticipants(text);
			default -> false;
		};
	}

	private static boolean isDate(String text, PlanPeriod period) {
		ParsedDates parsed = DateGrammar.parse(text, period);
		int unread = parsed.notUnderstood().stream().mapToInt(String::length).sum();
		return !parsed.schedules().isEmpty() && unread * 3 <= text.length();
	}

	private static boolean isParticipants(String text) {
		Audience audience = AudienceReader.read(text);
		return !audience.grades().isEmpty() || audience.categories().stream().anyMatch(PARTICIPANTS::contains)
				|| CLASS_NAME.matcher(text).find();
	}

	/** The share of the cells that are numbers, when they mostly run up one by one. */
	private static double runningShare(List<String> cells) {
		List<Integer> numbers = new ArrayList<>();
		for (String cell : cells) {
			String text = cell.strip();
			if (RUNNING_NUMBER.matcher(text).matches()) {
				numbers.add(Integer.parseInt(text.replaceAll("\\D", "")));
			}
		}
		if (numbers.isEmpty()) {
			return 0;
		}
		int running = 0;
		for (int i = 1; i < numbers.size(); i++) {
			if (numbers.get(i) > numbers.get(i - 1) && numbers.get(i) - numbers.get(i - 1) <= 2) {
				running++;
			}
		}
		boolean runs = numbers.size() == 1 || running >= MOSTLY * (numbers.size() - 1);
		return runs ? numbers.size() / (double) cells.size() : 0;
	}

	private static boolean mostlyWords(List<String> cells) {
		long words = cells.stream()
			.filter((cell) -> cell.codePoints().filter(Character::isLetter).count() >= 3)
			.count();
		return words >= MOSTLY * cells.size();
	}

	private static List<String> column(List<List<String>> rows, int index) {
		return rows.stream().map((cells) -> cell(cells, index)).filter((cell) -> !cell.isBlank()).toList();
	}

	private static String cell(List<String> cells, int index) {
		return (index < cells.size() && cells.get(index) != null) ? cells.get(index) : "";
	}

}
