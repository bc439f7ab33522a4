package kz.birge.planimport;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kz.birge.planimport.vocabulary.Column;

/**
 * What a column of a plan's table holds, as the reader took it and as a coordinator may
 * correct it: one of the {@link Column columns} the reader knows by their header, a time
 * of day, or nothing to read.
 */
enum ColumnMeaning {

	NUMBER, TITLE, DATES, END, TIME, PLACE, RESPONSIBLE, AUDIENCE, INDICATORS, FORM, PROJECT, DESCRIPTION, PARTNERS,
	EVIDENCE,
	/** A column the reader skips. */
	IGNORE;

	/** The meanings a coordinator chooses among, in the order they are offered. */
	static final List<ColumnMeaning> CHOSEN = List.of(TITLE, DATES, END, TIME, PLACE, RESPONSIBLE, AUDIENCE, INDICATORS,
			FORM, NUMBER, IGNORE);

	/**
	 * The column of the reader this meaning fills; none for {@link #IGNORE}, nor for
	 * {@link #TIME} while the reader has no such column (a time column is read apart).
	 */
	Optional<Column> column() {
		return Arrays.stream(Column.values()).filter((column) -> column.name().equals(name())).findFirst();
	}

	/**
	 * The meaning of a column known by its header; {@link #IGNORE} for one unknown here.
	 */
	static ColumnMeaning of(Column column) {
		return Arrays.stream(values())
			.filter((meaning) -> meaning.name().equals(column.name()))
			.findFirst()
			.orElse(IGNORE);
	}

	/**
	 * The meaning named, if there is one (callback data from an older bot may name none).
	 */
	static Optional<ColumnMeaning> named(String name) {
		return Arrays.stream(values()).filter((meaning) -> meaning.name().equals(name)).findFirst();
	}

	/** The key of the message that names this meaning to a person. */
	String messageKey() {
		return "import.column." + name();
	}

}
