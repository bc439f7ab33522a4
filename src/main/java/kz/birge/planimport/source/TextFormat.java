package kz.birge.planimport.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads .txt and .tsv files, as Word exports tables to text: a line with a tab is a table
 * row (cells split on tabs, a leading tab meaning an empty first cell), any other
 * non-blank line a paragraph. Blank lines do not end a table, since exports put them
 * inside tables; a paragraph does. A tab line holding a single cell outside a table is an
 * indented paragraph. Tables exported one cell a line are read by {@link VerticalTable}.
 */
final class TextFormat implements PlanFormat {

	@Override
	public List<Block> read(byte[] content) throws PlanFileException {
		String[] lines = Texts.lines(Texts.decode(content));
		BlockCollector out = new BlockCollector();
		int index = 0;
		while (index < lines.length) {
			if (VerticalTable.startsAt(lines, index)) {
				index = VerticalTable.read(lines, index, out);
			}
			else {
				line(index + 1, lines[index], out);
				index++;
			}
		}
		return out.blocks();
	}

	/** Text as written, without Markdown markers and surrounding spaces. */
	static String clean(String text) {
		return Texts.trim(Texts.withoutMarkdown(text));
	}

	private static void line(int number, String line, BlockCollector out) throws PlanFileException {
		if (line.indexOf('\t') < 0) {
			out.paragraph(number, clean(line));
			return;
		}
		List<String> cells = new ArrayList<>();
		List<String> filled = new ArrayList<>();
		for (String cell : line.split("\t", -1)) {
			String text = clean(cell);
			cells.add(text);
			if (!text.isEmpty()) {
				filled.add(text);
			}
		}
		if (filled.size() == 1 && !out.inTable()) {
			out.paragraph(number, filled.get(0));
		}
		else {
			out.row(number, cells);
		}
	}

}
