package kz.birge.planimport.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes blocks as the .docx, .xlsx and .csv files a user would make from the same rows:
 * paragraphs as Word paragraphs or one-cell rows, tables as Word tables or rows (a blank
 * row between two tables of a sheet). A multi-line cell becomes several paragraphs of a
 * Word cell, or a cell with line breaks.
 */
public final class PlanDocuments {

	private PlanDocuments() {
	}

	/** A Word document of the blocks. */
	public static byte[] docx(List<Block> blocks) {
		try (XWPFDocument document = new XWPFDocument()) {
			for (Block block : blocks) {
				if (block instanceof Block.Paragraph paragraph) {
					write(document.createParagraph(), paragraph.text());
				}
				else if (block instanceof Block.Table table) {
					table(document.createTable(), table.rows());
				}
			}
			return bytes(document::write);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A workbook of one sheet holding the blocks. */
	public static byte[] xlsx(List<Block> blocks) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("Жоспар");
			int next = 0;
			Block previous = null;
			for (Block block : blocks) {
				if (block instanceof Block.Paragraph paragraph) {
					sheet.createRow(next++).createCell(0).setCellValue(paragraph.text());
				}
				else if (block instanceof Block.Table table) {
					next += (previous instanceof Block.Table) ? 1 : 0;
					for (Row row : table.rows()) {
						XSSFRow sheetRow = sheet.createRow(next++);
						for (int column = 0; column < row.cells().size(); column++) {
							sheetRow.createCell(column).setCellValue(row.cells().get(column));
						}
					}
				}
				previous = block;
			}
			return bytes(workbook::write);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A comma-separated file of the blocks, in UTF-8. */
	public static byte[] csv(List<Block> blocks) {
		StringBuilder text = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
			for (Block block : blocks) {
				if (block instanceof Block.Paragraph paragraph) {
					printer.printRecord(paragraph.text());
				}
				else if (block instanceof Block.Table table) {
					for (Row row : table.rows()) {
						printer.printRecord(row.cells());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The blocks without their line numbers, for comparing one file's reading with
	 * another's: a paragraph as its text, a table as its rows' cells.
	 */
	public static List<Object> withoutLines(List<Block> blocks) {
		List<Object> shapes = new ArrayList<>();
		for (Block block : blocks) {
			if (block instanceof Block.Paragraph paragraph) {
				shapes.add(paragraph.text());
			}
			else if (block instanceof Block.Table table) {
				shapes.add(table.rows().stream().map(Row::cells).toList());
			}
		}
		return shapes;
	}

	private static void table(XWPFTable table, List<Row> rows) {
		for (int index = 0; index < rows.size(); index++) {
			XWPFTableRow row = (index == 0) ? table.getRow(0) : table.createRow();
			List<String> cells = rows.get(index).cells();
			int wanted = Math.max(cells.size(), 1);
			while (row.getTableCells().size() < wanted) {
				row.addNewTableCell();
			}
			while (row.getTableCells().size() > wanted) {
				row.removeCell(row.getTableCells().size() - 1);
			}
			for (int column = 0; column < cells.size(); column++) {
				cell(row.getCell(column), cells.get(column));
			}
		}
	}

	private static void cell(XWPFTableCell cell, String text) {
		String[] lines = text.split("\n");
		for (int index = 0; index < lines.length; index++) {
			boolean exists = index < cell.getParagraphs().size();
			write(exists ? cell.getParagraphs().get(index) : cell.addParagraph(), lines[index]);
		}
	}

	private static void write(XWPFParagraph paragraph, String text) {
		String[] lines = text.split("\n");
		for (int index = 0; index < lines.length; index++) {
			XWPFRun run = paragraph.createRun();
			if (index > 0) {
				run.addBreak();
			}
			run.setText(lines[index]);
		}
	}

	private static byte[] bytes(Output output) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		output.write(out);
		return out.toByteArray();
	}

	private interface Output {

		void write(ByteArrayOutputStream out) throws IOException;

	}

}
