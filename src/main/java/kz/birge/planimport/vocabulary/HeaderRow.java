package kz.birge.planimport.vocabulary;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Recognises the header row of a plan's table and says which column each cell names.
 * Headers are known by their synonyms in Kazakh, Russian and English, compared folded
 * (case, punctuation, extra spaces and Kazakh/Russian letter variants do not matter) and
 * with room for a small typo. Columns may come in any order and a table may lack any of
 * them.
 * <p>
 * A row is a header when at least three cells are recognised, one of them the
 * {@link Column#TITLE}; a table of two columns has a header when they are the title and
 * the {@link Column#DATES}.
 */
public final class HeaderRow {

	/** What each column is called, as written in plans. */
	private static final Map<Column, List<String>> WRITTEN = new EnumMap<>(Map.ofEntries(
			Map.entry(Column.NUMBER,
					List.of("№", "№ п/п", "п/п", "р/с", "р/н", "Реттік саны", "Номер", "No", "Nr", "Number")),
			Map.entry(Column.PROJECT,
					List.of("Жобалық қызметінің бағыттары", "Жобалық қызметтің бағыттары", "Жоба", "Жоба атауы",
							"Жобалар", "Бағыты", "Бағыттар", "Бағыттары", "Проект", "Проекты", "Направление",
							"Направления", "Направление деятельности", "Project", "Direction", "Strand")),
			Map.entry(Column.TITLE, List.of("Іс-шараның атауы", "Іс-шаралар атауы", "Іс-шаралардың атауы",
					"Іс-шаралар атауы, өткізілу формасы", "Іс-шараның атауы, өткізілу формасы",
					"Іс-шараның атауы, өткізу формасы", "Іс-шара", "Іс-шаралар", "Атауы", "Наименование мероприятия",
					"Наименование мероприятий", "Название мероприятия", "Мероприятие", "Мероприятия", "Наименование",
					"Наименование мероприятия, форма проведения", "Мероприятие, форма проведения", "Activity",
					"Activities", "Title", "Name", "Event", "Activity name")),
			Map.entry(Column.FORM,
					List.of("Өткізілу формасы", "Өткізу формасы", "Формасы", "Форма проведения", "Форма", "Form",
							"Format")),
			Map.entry(Column.DESCRIPTION,
					List.of("Мазмұны", "Қысқаша мазмұны", "Сипаттамасы", "Содержание", "Описание", "Краткое описание",
							"Description", "Details", "Content")),
			Map.entry(Column.PLACE,
					List.of("Өткізілу орны", "Өткізу орны", "Орны", "Место проведения", "Место", "Place", "Venue",
							"Location", "Where")),
			Map.entry(Column.RESPONSIBLE,
					List.of("Жауаптылар", "Жауапты", "Жауапты тұлғалар", "Жауапты орындаушылар", "Ответственные",
							"Ответственный", "Ответственные за исполнение", "Ответственные исполнители", "Исполнители",
							"Responsible", "Responsible persons", "Owner", "Lead")),
			Map.entry(Column.DATES,
					List.of("Орындалу мерзімі", "Өткізу мерзімі", "Орындау мерзімі", "Өткізілу мерзімі", "Мерзімі",
							"Өткізу уақыты", "Уақыты", "Күні", "Сроки", "Срок", "Срок исполнения", "Сроки исполнения",
							"Сроки проведения", "Дата", "Дата проведения", "Dates", "Date", "When", "Deadline",
							"Timing")),
			Map.entry(Column.AUDIENCE,
					List.of("Қатысатындар", "Қатысушылар", "мақсаты қатысушылар", "Мақсатты аудитория",
							"Мақсатты аудитория: қатысушылар", "Участники", "Целевая аудитория",
							"Целевая аудитория: участники", "Participants", "Audience", "Target audience", "Who")),
			Map.entry(Column.INDICATORS,
					List.of("Орындалу индикаторлары", "Индикаторлар", "Нәтиже индикаторлары", "Индикаторы",
							"Индикаторы выполнения", "Показатели", "Indicators", "KPI", "Metrics")),
			Map.entry(Column.PARTNERS, List.of("Серіктестер", "Серіктес", "Партнёры", "Партнеры", "Partners")),
			Map.entry(Column.EVIDENCE, List.of("Орындалуы туралы мәлімет", "Орындалу туралы мәлімет",
					"Орындалуы туралы белгі", "Отметка о выполнении", "Отметка об исполнении", "Evidence", "Proof"))));

	/** Folded synonym to column. */
	private static final Map<String, Column> SYNONYMS = synonyms();

	private HeaderRow() {
	}

	/**
	 * The columns a header row names, by cell index (cells recognised as no column, and
	 * later cells naming a column already seen, are left out); empty when the row is not
	 * a header.
	 */
	public static Optional<Map<Integer, Column>> match(List<String> cells) {
		Map<Integer, Column> columns = new TreeMap<>();
		int filled = 0;
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			if (cell == null || cell.isBlank()) {
				continue;
			}
			filled++;
			Optional<Column> column = column(cell);
			if (column.isPresent() && !columns.containsValue(column.get())) {
				columns.put(i, column.get());
			}
		}
		boolean titled = columns.containsValue(Column.TITLE);
		boolean twoColumns = filled == 2 && columns.size() == 2 && columns.containsValue(Column.DATES);
		return (titled && (columns.size() >= 3 || twoColumns)) ? Optional.of(Collections.unmodifiableMap(columns))
				: Optional.empty();
	}

	/** The column one header cell names, if any. */
	static Optional<Column> column(String cell) {
		String folded = Folding.fold(cell);
		Optional<Column> column = closest(folded);
		int bracket = cell.indexOf('(');
		if (column.isEmpty() && bracket > 0) {
			column = closest(Folding.fold(cell.substring(0, bracket)));
		}
		return column;
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
		WRITTEN.forEach((column, names) -> names.forEach((name) -> {
			Column other = synonyms.put(Folding.fold(name), column);
			if (other != null && other != column) {
				throw new IllegalStateException("'" + name + "' names both " + other + " and " + column);
			}
		}));
		return Map.copyOf(synonyms);
	}

}
