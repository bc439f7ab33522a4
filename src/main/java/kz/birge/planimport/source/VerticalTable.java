package kz.birge.planimport.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table exported one cell a line (seed 001): a header of lines holding one cell after a
 * tab ("\t№", "\tІс-шараның атауы", ...), then records, each opened by a line holding
 * just its number ("\t1") and followed by one tab line per cell. A line without a tab
 * continues the cell before it; blank lines are ignored. The table becomes ordinary rows:
 * the header, then one row per record, numbered by the record's first line. Lines without
 * a tab after the last cell (signatures) are paragraphs.
 */
final class VerticalTable {

	private static final String NUMBER_SIGN = "№";

	private static final Pattern RECORD_NUMBER = Pattern.compile("\\d{1,4}\\.?");

	private final BlockCollector out;

	private final List<String> header = new ArrayList<>();

	private final int headerLine;

	/** The record being read, null while reading the header. */
	private List<String> record;

	private int recordLine;

	private int recordNumber;

	private VerticalTable(BlockCollector out, int headerLine) {
		this.out = out;
		this.headerLine = headerLine;
	}

	/**
	 * Whether a vertical table starts here: a lone "№" cell followed by another lone
	 * cell.
	 */
	static boolean startsAt(String[] lines, int index) {
		if (!NUMBER_SIGN.equals(single(lines[index]))) {
			return false;
		}
		for (int next = index + 1; next < lines.length; next++) {
			if (!Texts.trim(lines[next]).isEmpty()) {
				return single(lines[next]) != null;
			}
		}
		return false;
	}

	/**
	 * Reads the table starting at {@code start} into {@code out}; returns the index of
	 * the line after it.
	 */
	static int read(String[] lines, int start, BlockCollector out) throws PlanFileException {
		return new VerticalTable(out, start + 1).read(lines, start);
	}

	private int read(String[] lines, int start) throws PlanFileException {
		this.header.add(NUMBER_SIGN);
		List<Integer> loose = new ArrayList<>();
		int index = start + 1;
		for (; index < lines.length; index++) {
			String line = lines[index];
			if (Texts.trim(line).isEmpty()) {
				continue;
			}
			if (line.indexOf('\t') < 0) {
				loose.add(index);
				continue;
			}
			String cell = single(line);
			if (cell == null || cell.equals(NUMBER_SIGN)) {
				break;
			}
			for (int continuation : loose) {
				continueCell(TextFormat.clean(lines[continuation]));
			}
			loose.clear();
			cell(index + 1, cell);
		}
		endRecord();
		for (int paragraph : loose) {
			this.out.paragraph(paragraph + 1, TextFormat.clean(lines[paragraph]));
		}
		return index;
	}

	private void cell(int line, String text) throws PlanFileException {
		if (startsRecord(text)) {
			endRecord();
			this.record = new ArrayList<>(List.of(text));
			this.recordLine = line;
			this.recordNumber = number(text);
		}
		else {
			cells().add(text);
		}
	}

	/**
	 * A number opens a record once the header has a name, and when the record before is
	 * complete or the number follows its own: a number short of that is a cell ("20"
	 * participants).
	 */
	private boolean startsRecord(String text) {
		if (!RECORD_NUMBER.matcher(text).matches()) {
			return false;
		}
		if (this.record == null) {
			return this.header.size() > 1;
		}
		return this.record.size() >= this.header.size() || number(text) == this.recordNumber + 1;
	}

	private void continueCell(String text) {
		List<String> cells = cells();
		if (!text.isEmpty()) {
			cells.set(cells.size() - 1, cells.get(cells.size() - 1) + "\n" + text);
		}
	}

	private void endRecord() throws PlanFileException {
		if (this.record == null) {
			this.out.row(this.headerLine, this.header);
		}
		else {
			this.out.row(this.recordLine, this.record);
		}
	}

	private List<String> cells() {
		return (this.record != null) ? this.record : this.header;
	}

	/** The text of a line holding one cell after a tab ("\t1"), or null. */
	private static String single(String line) {
		String rest = line.stripTrailing();
		if (!rest.startsWith("\t") || rest.indexOf('\t', 1) >= 0) {
			return null;
		}
		return TextFormat.clean(rest);
	}

	private static int number(String text) {
		return Integer.parseInt(text.replace(".", ""));
	}

}
