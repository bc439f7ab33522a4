package kz.birge.indicators.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes a {@link PlanReport} as a Word document: A4 landscape, Times New Roman, the
 * title block centred, the plan's table with a repeated bold header row and headings
 * across it, then the closing table.
 */
final class PlanDocument {

	/** A4's long side, in twentieths of a point. */
	static final int A4_LONG = 16838;

	/** A4's short side, in twentieths of a point. */
	static final int A4_SHORT = 11906;

	/** Margins: 1.5 cm. */
	static final int MARGIN = 850;

	/** The width the tables take. */
	static final int TABLE_WIDTH = A4_LONG - 2 * MARGIN;

	/** The font, which every office in Kazakhstan has. */
	static final String FONT = "Times New Roman";

	/** Size of the title block's text. */
	static final int TITLE_SIZE = 13;

	/** Size of the tables' text. */
	static final int TABLE_SIZE = 10;

	/**
	 * Widths of the plan table's columns, in parts: №, title, place, responsible, dates,
	 * participants, indicators, execution.
	 */
	private static final int[] PLAN_WEIGHTS = { 4, 20, 11, 12, 9, 10, 12, 22 };

	private PlanDocument() {
	}

	static byte[] write(PlanReport report) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(document);
			for (int i = 0; i < report.lines().size(); i++) {
				XWPFParagraph paragraph = document.createParagraph();
				paragraph.setAlignment(
						(i == report.lines().size() - 1) ? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER);
				run(paragraph, report.lines().get(i), i < report.lines().size() - 1, TITLE_SIZE);
			}
			planTable(document, report);
			XWPFParagraph caption = document.createParagraph();
			caption.setSpacingBefore(240);
			run(caption, report.closingTitle(), true, TITLE_SIZE);
			closingTable(document, report);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setOrient(STPageOrientation.LANDSCAPE);
		size.setW(BigInteger.valueOf(A4_LONG));
		size.setH(BigInteger.valueOf(A4_SHORT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN));
		margins.setBottom(BigInteger.valueOf(MARGIN));
		margins.setLeft(BigInteger.valueOf(MARGIN));
		margins.setRight(BigInteger.valueOf(MARGIN));
	}

	private static void planTable(XWPFDocument document, PlanReport report) {
		int[] widths = widths(report.headers().size(),
				(report.headers().size() == PLAN_WEIGHTS.length) ? PLAN_WEIGHTS : null);
		XWPFTable table = table(document, report.headers(), widths);
		for (PlanReport.Row row : report.rows()) {
			XWPFTableRow tableRow = table.createRow();
			if (row instanceof PlanReport.Heading heading) {
				XWPFTableCell cell = tableRow.getCell(0);
				for (int i = tableRow.getTableCells().size() - 1; i > 0; i--) {
					tableRow.removeCell(i);
				}
				CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
				properties.addNewGridSpan().setVal(BigInteger.valueOf(widths.length));
				cell.setWidth(String.valueOf(TABLE_WIDTH));
				fill(cell, List.of(heading.text()), true);
				cell.getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
			}
			else if (row instanceof PlanReport.Line line) {
				for (int i = 0; i < widths.length; i++) {
					XWPFTableCell cell = tableRow.getCell(i);
					cell.setWidth(String.valueOf(widths[i]));
					fill(cell, line.cells().get(i), false);
				}
			}
		}
	}

	private static void closingTable(XWPFDocument document, PlanReport report) {
		int[] widths = widths(report.closingHeaders().size(), null);
		XWPFTable table = table(document, report.closingHeaders(), widths);
		for (List<String> cells : report.closing()) {
			XWPFTableRow row = table.createRow();
			for (int i = 0; i < widths.length; i++) {
				XWPFTableCell cell = row.getCell(i);
				cell.setWidth(String.valueOf(widths[i]));
				fill(cell, List.of((i < cells.size()) ? cells.get(i) : ""), false);
			}
		}
	}

	/** A table of the full width with its header row, repeated on every page. */
	private static XWPFTable table(XWPFDocument document, List<String> headers, int[] widths) {
		XWPFTable table = document.createTable(1, widths.length);
		table.setWidth(String.valueOf(TABLE_WIDTH));
		table.setWidthType(TableWidthType.DXA);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int i = 0; i < widths.length; i++) {
			XWPFTableCell cell = header.getCell(i);
			cell.setWidth(String.valueOf(widths[i]));
			cell.setColor("E7E6E6");
			fill(cell, List.of(headers.get(i)), true);
			cell.getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
		}
		return table;
	}

	/** The widths of {@code columns} columns in twips, by weight or equal. */
	private static int[] widths(int columns, int[] weights) {
		int[] widths = new int[columns];
		int sum = 0;
		for (int i = 0; i < columns; i++) {
			sum += (weights != null) ? weights[i] : 1;
		}
		for (int i = 0; i < columns; i++) {
			widths[i] = TABLE_WIDTH * ((weights != null) ? weights[i] : 1) / sum;
		}
		return widths;
	}

	/** The cell's text, one paragraph per element. */
	private static void fill(XWPFTableCell cell, List<String> paragraphs, boolean bold) {
		List<String> texts = paragraphs.isEmpty() ? List.of("") : paragraphs;
		XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		for (int i = 0; i < texts.size(); i++) {
			XWPFParagraph paragraph = (i == 0) ? first : cell.addParagraph();
			paragraph.setSpacingAfter(0);
			run(paragraph, texts.get(i), bold, TABLE_SIZE);
		}
	}

	private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
	}

}
