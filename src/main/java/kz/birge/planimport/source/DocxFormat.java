package kz.birge.planimport.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads .docx documents, body elements in order: each non-blank paragraph is a paragraph,
 * each table a table whose cells join their paragraphs with "\n". Of vertically merged
 * cells only the first keeps the text; a horizontally merged cell counts once; a nested
 * table's text is flattened into its cell. Decimal list numbers ("1.", "2)") are written
 * out, as Word shows them. Paragraphs are numbered in body order, rows by a running count
 * over all tables.
 */
final class DocxFormat implements PlanFormat {

	@Override
	public List<Block> read(byte[] content) throws PlanFileException {
		OfficeFiles.checkContainer("docx", content);
		OfficeFiles.secure();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			return new Reading().read(document);
		}
		catch (IOException | RuntimeException ex) {
			throw OfficeFiles.unreadable("docx", ex);
		}
	}

	/**
	 * One document's reading: where it stands, and how far each numbered list has
	 * counted.
	 */
	private static final class Reading {

		private static final int LEVELS = 9;

		private final BlockCollector out = new BlockCollector();

		private final Map<BigInteger, int[]> lists = new HashMap<>();

		private int paragraphs;

		private int rows;

		private int visited;

		List<Block> read(XWPFDocument document) throws PlanFileException {
			for (IBodyElement element : document.getBodyElements()) {
				this.visited = OfficeFiles.visit(this.visited);
				if (element instanceof XWPFParagraph paragraph) {
					this.out.paragraph(++this.paragraphs, text(paragraph));
				}
				else if (element instanceof XWPFTable table) {
					table(table);
				}
				else if (element instanceof XWPFSDT control) {
					for (String line : Texts.lines(control.getContent().getText())) {
						this.out.paragraph(++this.paragraphs, line);
					}
				}
			}
			return this.out.blocks();
		}

		private void table(XWPFTable table) throws PlanFileException {
			this.out.endTable();
			for (XWPFTableRow row : table.getRows()) {
				List<String> cells = new ArrayList<>();
				this.visited = OfficeFiles.visit(this.visited);
				for (XWPFTableCell cell : row.getTableCells()) {
					this.visited = OfficeFiles.visit(this.visited);
					cells.add(continuesMerge(cell) ? "" : text(cell));
				}
				this.out.row(++this.rows, cells);
			}
			this.out.endTable();
		}

		/** A cell's non-blank paragraphs, nested tables' included, one a line. */
		private String text(IBody cell) throws PlanFileException {
			List<String> lines = new ArrayList<>();
			for (IBodyElement element : cell.getBodyElements()) {
				this.visited = OfficeFiles.visit(this.visited);
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(text(paragraph));
				}
				else if (element instanceof XWPFTable nested) {
					for (XWPFTableRow row : nested.getRows()) {
						for (XWPFTableCell inner : row.getTableCells()) {
							lines.add(text(inner));
						}
					}
				}
			}
			lines.replaceAll(Texts::trim);
			lines.removeIf(String::isEmpty);
			return String.join("\n", lines);
		}

		private String text(XWPFParagraph paragraph) {
			return number(paragraph) + paragraph.getText();
		}

		/**
		 * The label Word shows before a paragraph of a decimal numbered list, as "2. ",
		 * else "".
		 */
		private String number(XWPFParagraph paragraph) {
			BigInteger list = paragraph.getNumID();
			String pattern = paragraph.getNumLevelText();
			if (list == null || pattern == null || !"decimal".equals(paragraph.getNumFmt())) {
				return "";
			}
			int level = (paragraph.getNumIlvl() != null) ? Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1) : 0;
			int[] counts = this.lists.computeIfAbsent(list, (id) -> new int[LEVELS]);
			counts[level]++;
			Arrays.fill(counts, level + 1, LEVELS, 0);
			String label = pattern;
			for (int shown = 0; shown <= level; shown++) {
				label = label.replace("%" + (shown + 1), Integer.toString(Math.max(counts[shown], 1)));
			}
			return label + " ";
		}

		/** Whether a cell continues a vertical merge begun above it. */
		private static boolean continuesMerge(XWPFTableCell cell) {
			CTTcPr properties = cell.getCTTc().getTcPr();
			return properties != null && properties.isSetVMerge() && properties.getVMerge().getVal() != STMerge.RESTART;
		}

	}

}
