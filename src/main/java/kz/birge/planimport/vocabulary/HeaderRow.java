package kz.birge.planimport.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises the header row of a plan's table and says which column each cell names.
 * Headers are known by the words of {@link HeaderWords} in Kazakh, Russian and English,
 * compared folded (case, punctuation, line breaks, extra spaces and Kazakh/Russian letter
 * variants do not matter), with room for a small typo, a word broken by a hyphen at a
 * line end ("Ответствен-⏎ные"), a remark in brackets, and further words after a known
 * name ("Ответственные за подготовку и проведение"). Columns may come in any order and a
 * table may lack any of them.
 * <p>
 * A row is a header when at least three cells are recognised, one of them the
 * {@link Column#TITLE}; a table of two columns has a header when they are the title and
 * the {@link Column#DATES}. A header spread over two rows, each cell continued in the row
 * below ("№ | Наименование | Срок" over "п/п | мероприятия | исполнения"), is joined by
 * {@link #continued}.
 * <p>
 * Some names depend on the rest of the row: a time column ("Время") in a table without a
 * dates column holds the dates; a second dates column holds the times; a title that says
 * what the work consists of ("Содержание работы") is the description where the row has
 * another title.
 */
public final class HeaderRow {

	/** Folded synonym to column. */
	private static final Map<String, Column> SYNONYMS = synonyms();

	/** The most words a header cell read by its first words may have. */
	private static final int MAX_HEADER_WORDS = 6;

	/** The folded {@link HeaderWords#CONTENTS}. */
	private static final Set<String> CONTENTS = HeaderWords.CONTENTS.stream()
		.map(Folding::fold)
		.collect(Collectors.toUnmodifiableSet());

	/** A word broken at a line end: "Ответствен-⏎ные". */
	private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L})[-\u00AD]\\s*\\n\\s*(\\p{Ll})");

	/**
	 * A cell that is only a number: the column numbers some plans print under the header.
	 */
	private static final Pattern NUMBER = Pattern.compile("\\d{1,2}\\.?");

	private HeaderRow() {
	}

	/**
	 * The columns a header row names, by cell index (cells recognised as no column, and
	 * later cells naming a column already seen, are left out); empty when the row is not
	 * a header.
	 */
	public static Optional<Map<Integer, Column>> match(List<String> cells) {
		return match(cells, true);
	}

	/**
	 * {@link #match}, reading cells by their first words only when {@code leading}: not
	 * for two rows joined, where a header cell and the data cell below it would read as a
	 * name followed by more words.
	 */
	private static Optional<Map<Integer, Column>> match(List<String> cells, boolean leading) {
		Map<Integer, Column> columns = new TreeMap<>();
		List<Integer> contents = new ArrayList<>();
		int filled = 0;
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			if (cell == null || cell.isBlank()) {
				continue;
			}
			filled++;
			Optional<Column> column = column(cell, leading);
			if (column.isEmpty()) {
				continue;
			}
			Column named = column.get();
			if (columns.containsValue(named)) {
				// "Сроки" over "начало | окончание": the second says what it divides off
				named = lastLine(cell).flatMap((line) -> column(line, false)).orElse(named);
			}
			if (named == Column.TITLE && CONTENTS.contains(Folding.fold(unbroken(cell)))) {
				contents.add(i);
			}
			if (named == Column.DATES && columns.containsValue(Column.DATES)) {
				named = Column.TIME;
			}
			if (!columns.containsValue(named)) {
				columns.put(i, named);
			}
		}
		settle(columns, contents);
		boolean titled = columns.containsValue(Column.TITLE);
		boolean twoColumns = filled == 2 && columns.size() == 2 && columns.containsValue(Column.DATES);
		return (titled && (columns.size() >= 3 || twoColumns)) ? Optional.of(Collections.unmodifiableMap(columns))
				: Optional.empty();
	}

	/**
	 * The names that depend on the rest of the row: a lone time column holds the dates,
	 * and a "what the work consists of" cell beside another title is the description.
	 */
	private static void settle(Map<Integer, Column> columns, List<Integer> contents) {
		if (!columns.containsValue(Column.DATES)) {
			columns.replaceAll((index, column) -> (column == Column.TIME) ? Column.DATES : column);
		}
		for (int index : contents) {
			boolean titled = columns.entrySet()
				.stream()
				.anyMatch((entry) -> entry.getValue() == Column.TITLE && entry.getKey() != index);
			if (titled && !columns.containsValue(Column.DESCRIPTION)) {
				columns.put(index, Column.DESCRIPTION);
			}
		}
	}

	/**
	 * The header cells joined with the row below, when that row continues them: a header
	 * spread over two rows ("№ | Наименование | Срок" over "п/п | мероприятия |
	 * исполнения"), or a header row under which each column's number is printed ("1 | 2 |
	 * 3"). The joined row is a header, names at least the columns of the upper row alone
	 * and of the lower row alone, and most filled cells of the lower row help name a
	 * column; a row of column numbers is dropped. Empty when the lower row is the table's
	 * first data row.
	 */
	public static Optional<List<String>> continued(List<String> upper, List<String> lower) {
		if (columnNumbers(lower)) {
			return match(upper).isPresent() ? Optional.of(upper) : Optional.empty();
		}
		if (lower.stream().anyMatch((cell) -> NUMBER.matcher(cell.trim()).matches())) {
			return Optional.empty();
		}
		int width = Math.max(upper.size(), lower.size());
		List<String> joined = new ArrayList<>(width);
		// a cell spanning the cells to its right: "Сроки" over "начало | окончание"
		String spanning = "";
		for (int i = 0; i < width; i++) {
			String above = (i < upper.size()) ? upper.get(i).trim() : "";
			String below = (i < lower.size()) ? lower.get(i).trim() : "";
			if (!above.isEmpty()) {
				spanning = below.isEmpty() ? "" : above;
			}
			else if (!below.isEmpty() && !spanning.isEmpty()) {
				above = spanning;
			}
			else {
				spanning = "";
			}
			joined.add((above.isEmpty() || below.isEmpty()) ? above + below : above + "\n" + below);
		}
		if (subHeaders(upper, lower) && match(joined).isPresent()) {
			return Optional.of(joined);
		}
		Optional<Map<Integer, Column>> together = match(joined, false);
		if (together.isEmpty()) {
			return Optional.empty();
		}
		int named = together.get().size();
		if (named < match(upper).map(Map::size).orElse(0) || named <= match(lower).map(Map::size).orElse(0)) {
			return Optional.empty();
		}
		int helping = 0;
		int filled = 0;
		for (int i = 0; i < lower.size(); i++) {
			String below = lower.get(i).trim();
			if (below.isEmpty()) {
				continue;
			}
			filled++;
			if (together.get().containsKey(i)) {
				helping++;
			}
		}
		return (filled > 0 && helping * 2 > filled) ? Optional.of(joined) : Optional.empty();
	}

	/**
	 * Whether the lower row only divides cells of the upper one that span several
	 * columns: "Сроки" over "начало | окончание", "Участники" over "классы | кол-во". Its
	 * filled cells hold a word or two and no number, and stand under such a cell or under
	 * a cell of their own.
	 */
	private static boolean subHeaders(List<String> upper, List<String> lower) {
		int filled = 0;
		int spanned = 0;
		boolean spanning = false;
		for (int i = 0; i < lower.size(); i++) {
			String above = (i < upper.size()) ? upper.get(i).trim() : "";
			boolean nextEmpty = i + 1 < upper.size() && upper.get(i + 1).isBlank() && i + 1 < lower.size()
					&& !lower.get(i + 1).isBlank();
			spanning = above.isEmpty() ? spanning : nextEmpty;
			String below = lower.get(i).trim();
			if (below.isEmpty()) {
				continue;
			}
			if ((above.isEmpty() && !spanning) || below.split("\\s+").length > 2
					|| below.chars().anyMatch(Character::isDigit)) {
				return false;
			}
			filled++;
			spanned += spanning ? 1 : 0;
		}
		return filled >= 2 && spanned >= 2;
	}

	/** The last line of a cell of several lines. */
	private static Optional<String> lastLine(String cell) {
		int end = cell.strip().lastIndexOf('\n');
		return (end < 0) ? Optional.empty() : Optional.of(cell.strip().substring(end + 1));
	}

	/** Whether a row holds just the numbers of the columns: "1 | 2 | 3 | 4". */
	private static boolean columnNumbers(List<String> row) {
		int expected = 1;
		for (String cell : row) {
			String text = cell.trim();
			if (text.isEmpty()) {
				continue;
			}
			if (!NUMBER.matcher(text).matches() || Integer.parseInt(text.replace(".", "")) != expected) {
				return false;
			}
			expected++;
		}
		return expected > 3;
	}

	/** The column one header cell names, if any. */
	static Optional<Column> column(String cell) {
		return column(cell, true);
	}

	private static Optional<Column> column(String cell, boolean leading) {
		String whole = unbroken(cell);
		Optional<Column> column = closest(Folding.fold(cell));
		if (column.isEmpty() && !whole.equals(cell)) {
			column = closest(Folding.fold(whole));
		}
		int bracket = whole.indexOf('(');
		if (column.isEmpty() && bracket > 0) {
			column = closest(Folding.fold(whole.substring(0, bracket)));
		}
		if (column.isEmpty() && leading) {
			column = leading(Folding.words(whole));
		}
		return column;
	}

	/** The cell with words broken at a line end made whole again. */
	private static String unbroken(String cell) {
		return BROKEN_WORD.matcher(cell).replaceAll("$1$2");
	}

	/**
	 * The column named by the longest run of the cell's first words that is a name as
	 * written ("Ответственные | за подготовку и проведение"), if at least one word is
	 * left over; only for cells short enough to be a header's (a title "Мероприятия по
	 * благоустройству территории школы" is no header).
	 */
	private static Optional<Column> leading(List<String> words) {
		if (words.size() > MAX_HEADER_WORDS) {
			return Optional.empty();
		}
		for (int count = words.size() - 1; count >= 1; count--) {
			Column column = SYNONYMS.get(String.join(" ", words.subList(0, count)));
			if (column != null) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	/**
	 * The column of the synonym equal to the folded text, or else of the nearest synonym
	 * within the typos allowed; none when two columns are equally near.
	 */
	private static Optional<Column> closest(String folded) {
		if (folded.isEmpty()) {
			return Optional.empty();
		}
		Column exact = SYNONYMS.get(folded);
		if (exact != null) {
			return Optional.of(exact);
		}
		Column best = null;
		boolean tie = false;
		int bestDistance = typosAllowed(folded.length()) + 1;
		for (Map.Entry<String, Column> synonym : SYNONYMS.entrySet()) {
			int distance = distance(folded, synonym.getKey(), bestDistance + 1);
			if (distance > typosAllowed(synonym.getKey().length())) {
				continue;
			}
			if (distance < bestDistance) {
				best = synonym.getValue();
				bestDistance = distance;
				tie = false;
			}
			else if (distance == bestDistance && best != null && best != synonym.getValue()) {
				tie = true;
			}
		}
		return tie ? Optional.empty() : Optional.ofNullable(best);
	}

	/**
	 * How many typos a name of this length may have: none for short names, where one
	 * letter makes another word ("Дата", "Сроки"), one from seven letters, two from
	 * sixteen.
	 */
	private static int typosAllowed(int length) {
		return (length >= 16) ? 2 : (length >= 7) ? 1 : 0;
	}

	/**
	 * Edit distance, or any number of at least {@code limit} once it is sure to reach it.
	 */
	private static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) >= limit) {
			return limit;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum >= limit) {
				return limit;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static Map<String, Column> synonyms() {
		Map<String, Column> synonyms = new HashMap<>();
		HeaderWords.WRITTEN.forEach((column, names) -> names.forEach((name) -> {
			Column other = synonyms.put(Folding.fold(name), column);
			if (other != null && other != column) {
				throw new IllegalStateException("'" + name + "' names both " + other + " and " + column);
			}
		}));
		return Map.copyOf(synonyms);
	}

}
