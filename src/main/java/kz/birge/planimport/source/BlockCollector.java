package kz.birge.planimport.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.birge.planimport.source.PlanFileException.Reason;
import kz.birge.planimport.vocabulary.HeaderRow;

/**
 * Gathers paragraphs and rows into blocks: rows join the open table, a paragraph closes
 * it. Blank paragraphs and rows are skipped without closing anything; more than
 * {@link PlanSources#MAX_ROWS} of them is refused. A header spread over two rows becomes
 * one row, and a row of column numbers printed under a header is dropped (see
 * {@link HeaderRow#continued}), so that every format gives the interpreter one header
 * row.
 */
final class BlockCollector {

	private final List<Block> blocks = new ArrayList<>();

	private List<Row> table;

	private int count;

	void paragraph(int line, String text) throws PlanFileException {
		String trimmed = Texts.trim(text);
		if (trimmed.isEmpty()) {
			return;
		}
		count();
		endTable();
		this.blocks.add(new Block.Paragraph(line, trimmed));
	}

	/**
	 * Adds a row to the open table, or opens one; the cells are trimmed and trailing
	 * empty ones dropped.
	 */
	void row(int line, List<String> cells) throws PlanFileException {
		List<String> trimmed = new ArrayList<>(cells.size());
		for (String cell : cells) {
			trimmed.add(Texts.trim(cell));
		}
		while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).isEmpty()) {
			trimmed.remove(trimmed.size() - 1);
		}
		if (trimmed.isEmpty()) {
			return;
		}
		count();
		if (this.table == null) {
			this.table = new ArrayList<>();
		}
		this.table.add(new Row(line, trimmed));
	}

	/** Closes the open table, if any: the next row starts a new one. */
	void endTable() {
		if (this.table != null) {
			this.blocks.add(new Block.Table(joinedHeaders(this.table)));
			this.table = null;
		}
	}

	boolean inTable() {
		return this.table != null;
	}

	List<Block> blocks() {
		endTable();
		return List.copyOf(this.blocks);
	}

	/** The rows, each header continued in the row below joined with it. */
	private static List<Row> joinedHeaders(List<Row> rows) {
		List<Row> joined = new ArrayList<>(rows.size());
		int index = 0;
		while (index < rows.size()) {
			Row row = rows.get(index);
			while (index + 1 < rows.size()) {
				Optional<List<String>> header = HeaderRow.continued(row.cells(), rows.get(index + 1).cells());
				if (header.isEmpty()) {
					break;
				}
				row = new Row(row.line(), header.get());
				index++;
			}
			joined.add(row);
			index++;
		}
		return joined;
	}

	private void count() throws PlanFileException {
		if (++this.count > PlanSources.MAX_ROWS) {
			throw new PlanFileException(Reason.TOO_LARGE, "More than " + PlanSources.MAX_ROWS + " rows");
		}
	}

}
