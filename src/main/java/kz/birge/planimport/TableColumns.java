package kz.birge.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import kz.birge.planimport.vocabulary.Column;

/**
 * The columns of one table of a plan: what each holds and how the reader knows it (by its
 * header, by its content, or because the coordinator said so).
 *
 * @param headerCells the header row's cells as written, empty for a table without one
 * @param columns the columns, by index
 */
record TableColumns(List<String> headerCells, List<TableColumn> columns) {

	TableColumns {
		headerCells = List.copyOf(headerCells);
		columns = List.copyOf(columns);
	}

	/** How the reader knows what a column holds. */
	enum Source {

		HEADER, CONTENT, CHOSEN

	}

	/**
	 * One column.
	 *
	 * @param index its place in the row, from 0
	 * @param header its header as written, or ""
	 * @param meaning what it holds
	 * @param column the reader's column, where the header names one the meanings here do
	 * not know
	 * @param source how the reader knows it
	 */
	record TableColumn(int index, String header, ColumnMeaning meaning, Optional<Column> column, Source source) {

		/** The reader's column it fills, if any. */
		Optional<Column> filled() {
			return this.column.or(this.meaning::column);
		}

	}

	/** The columns of a header row the reader knows the words of. */
	static TableColumns byHeader(List<String> headerCells, Map<Integer, Column> header) {
		List<TableColumn> columns = new ArrayList<>();
		for (int i = 0; i < headerCells.size(); i++) {
			Column column = header.get(i);
			String text = headerCells.get(i).trim();
			if (column != null) {
				ColumnMeaning meaning = ColumnMeaning.of(column);
				columns.add(new TableColumn(i, text, meaning,
						(meaning == ColumnMeaning.IGNORE) ? Optional.of(column) : Optional.empty(), Source.HEADER));
			}
			else {
				columns.add(new TableColumn(i, text, ColumnMeaning.IGNORE, Optional.empty(), Source.HEADER));
			}
		}
		return new TableColumns(headerCells, columns);
	}

	/** The reader's columns by index, for reading the rows. */
	Map<Integer, Column> byIndex() {
		Map<Integer, Column> byIndex = new TreeMap<>();
		this.columns.forEach((column) -> column.filled().ifPresent((filled) -> byIndex.put(column.index(), filled)));
		return byIndex;
	}

	/** The index of the column of times of day, if the table has one. */
	Optional<Integer> timeColumn() {
		return this.columns.stream()
			.filter((column) -> column.meaning() == ColumnMeaning.TIME)
			.map(TableColumn::index)
			.findFirst();
	}

	/** Whether any column was read by its content or set by the coordinator. */
	boolean guessedOrChosen() {
		return this.columns.stream().anyMatch((column) -> column.source() != Source.HEADER);
	}

	/**
	 * The same columns with the coordinator's choices: a chosen meaning replaces the one
	 * read, and a column read as holding the same (a second title) is skipped instead.
	 */
	TableColumns with(Map<Integer, ColumnMeaning> chosen) {
		if (chosen.isEmpty()) {
			return this;
		}
		Map<Integer, TableColumn> result = new LinkedHashMap<>();
		this.columns.forEach((column) -> result.put(column.index(), column));
		chosen.forEach((index, meaning) -> {
			TableColumn before = result.get(index);
			if (before == null) {
				return;
			}
			result.put(index, new TableColumn(index, before.header(), meaning, Optional.empty(), Source.CHOSEN));
			if (meaning == ColumnMeaning.IGNORE) {
				return;
			}
			result.replaceAll(
					(other, column) -> (other.equals(index) || column.meaning() != meaning || chosen.containsKey(other))
							? column : new TableColumn(other, column.header(), ColumnMeaning.IGNORE, Optional.empty(),
									column.source()));
		});
		return new TableColumns(this.headerCells, List.copyOf(result.values()));
	}

}
