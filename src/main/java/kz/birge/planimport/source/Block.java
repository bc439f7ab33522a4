package kz.birge.planimport.source;

import java.util.List;

/**
 * A piece of a plan document, in document order: prose, or a run of table rows. What the
 * blocks mean (which paragraph is a title, which row a header) is left to the
 * interpreter.
 */
public sealed interface Block {

	/**
	 * A line or paragraph of prose: a title, a heading, a note ("Ескерту: ..."), a list
	 * item.
	 *
	 * @param line where it stands in the file: the 1-based line of a text or CSV file,
	 * the row of a sheet, the paragraph number of a Word document
	 * @param text the words, trimmed, never blank
	 */
	record Paragraph(int line, String text) implements Block {

		public Paragraph {
			if (text == null || text.isBlank()) {
				throw new IllegalArgumentException("A paragraph needs text");
			}
		}

	}

	/**
	 * Consecutive table rows. A table ends at a paragraph (or a sheet, or a Word table's
	 * end), never at a blank line; a repeated header row therefore may stand inside a
	 * table.
	 *
	 * @param rows the rows, at least one
	 */
	record Table(List<Row> rows) implements Block {

		public Table {
			rows = List.copyOf(rows);
			if (rows.isEmpty()) {
				throw new IllegalArgumentException("A table needs rows");
			}
		}

	}

}
