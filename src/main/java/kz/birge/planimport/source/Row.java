package kz.birge.planimport.source;

import java.util.List;

/**
 * One table row.
 *
 * @param line where it stands in the file, for warnings: the 1-based line of a text or
 * CSV file, the row number of a sheet, or the running row number over all tables of a
 * Word document
 * @param cells the cells as written: trimmed, inner whitespace kept, line breaks inside a
 * cell kept as {@code "\n"}; a leading empty cell is kept, trailing empty cells are
 * dropped
 */
public record Row(int line, List<String> cells) {

	public Row {
		cells = List.copyOf(cells);
	}

}
