package kz.birge.planimport;

/**
 * Something in a plan that Birge could not place, or placed by guessing: shown to the
 * coordinator with its row, column and text, in their language ("import.warning.KIND").
 *
 * @param line the row or line of the file, 0 when it concerns the whole plan
 * @param column the column's header as the plan writes it, or ""
 * @param kind what happened
 * @param text the words concerned, as written
 */
public record ImportWarning(int line, String column, Kind kind, String text) {

	/** A header over two rows ("Сроки⏎окончание") names its column on one line. */
	public ImportWarning {
		column = (column != null) ? column.replaceAll("\\s+", " ").strip() : "";
	}

	/** What an import could not do, or did by guessing. */
	public enum Kind {

		DATE_NOT_UNDERSTOOD, DATE_OUTSIDE_PERIOD, NO_DATE, FRACTION_INFERRED, FRACTION_MISSING,
		AUDIENCE_FROM_OTHER_COLUMN, ROW_WITHOUT_TITLE, ROW_OUTSIDE_TABLE, COLUMN_NOT_UNDERSTOOD, PERIOD_GUESSED,
		ORGANISATION_NOT_FOUND, NO_ACTIVITIES,
		/**
		 * A date cell gives a time of day that none of its dates can take ("жыл бойы,
		 * 15:00").
		 */
		TIME_NOT_PLACED,
		/** An audience cell that names no grade and no kind of people. */
		AUDIENCE_NOT_UNDERSTOOD,
		/** No audience: an empty cell, or no audience column and no grades elsewhere. */
		AUDIENCE_MISSING,
		/** A row's dates fall outside the month of the heading it stands under. */
		MONTH_HEADING_MISMATCH

	}

}
