package kz.birge.planimport.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import kz.birge.planimport.source.PlanFileException.Reason;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads .xlsx workbooks, every sheet in order, each cell as the user sees it (dates as
 * dd.MM.yyyy). A merged region's value stands in its top-left cell, the others are empty.
 * A row whose only value is in the first column is a paragraph, other rows are table
 * rows; blank rows are skipped and do not end a table, a new sheet does.
 */
final class XlsxFormat implements PlanFormat {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	/**
	 * The most columns a plan's table takes: a cell with text further right (out to XFD)
	 * is refused; styled empty cells there are passed over.
	 */
	static final int MAX_COLUMNS = 256;

	/** The most merged regions a sheet may hold. */
	static final int MAX_MERGED_REGIONS = 5_000;

	/** The most sheets a workbook may hold. */
	static final int MAX_SHEETS = 100;

	@Override
	public List<Block> read(byte[] content) throws PlanFileException {
		OfficeFiles.checkContainer("xlsx", content);
		OfficeFiles.secure();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() > MAX_SHEETS) {
				throw new PlanFileException(Reason.TOO_LARGE, workbook.getNumberOfSheets() + " sheets");
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			formatter.setUseCachedValuesForFormulaCells(true);
			BlockCollector out = new BlockCollector();
			Reading reading = new Reading(formatter, out);
			for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
				out.endTable();
				reading.sheet(workbook.getSheetAt(index));
			}
			return out.blocks();
		}
		catch (IOException | RuntimeException ex) {
			throw OfficeFiles.unreadable("xlsx", ex);
		}
	}

	/** One workbook's reading, and how many cells it has visited. */
	private static final class Reading {

		private final DataFormatter formatter;

		private final BlockCollector out;

		private int visited;

		Reading(DataFormatter formatter, BlockCollector out) {
			this.formatter = formatter;
			this.out = out;
		}

		void sheet(XSSFSheet sheet) throws PlanFileException {
			if (sheet.getNumMergedRegions() > MAX_MERGED_REGIONS) {
				throw new PlanFileException(Reason.TOO_LARGE,
						sheet.getSheetName() + " has " + sheet.getNumMergedRegions() + " merged regions");
			}
			Merges merges = new Merges(sheet.getMergedRegions());
			for (Row row : sheet) {
				this.visited = OfficeFiles.visit(this.visited);
				merges.moveTo(row.getRowNum());
				TreeMap<Integer, String> filled = new TreeMap<>();
				for (Cell cell : row) {
					this.visited = OfficeFiles.visit(this.visited);
					int column = cell.getColumnIndex();
					String text = Texts.trim(text(cell, this.formatter));
					if (text.isEmpty() || merges.hides(row.getRowNum(), column)) {
						continue;
					}
					if (column >= MAX_COLUMNS) {
						throw new PlanFileException(Reason.TOO_LARGE, "Text in column " + (column + 1));
					}
					filled.put(column, text);
				}
				if (filled.isEmpty()) {
					continue;
				}
				if (filled.size() == 1 && filled.firstKey() == 0) {
					this.out.paragraph(row.getRowNum() + 1, filled.get(0));
				}
				else {
					List<String> cells = new ArrayList<>();
					for (int column = 0; column <= filled.lastKey(); column++) {
						cells.add(filled.getOrDefault(column, ""));
					}
					this.out.row(row.getRowNum() + 1, cells);
				}
			}
		}

	}

	/**
	 * A sheet's merged regions, looked up row by row: rows come in order, so only the
	 * regions over the current row are kept at hand.
	 */
	private static final class Merges {

		private final List<CellRangeAddress> waiting;

		private final List<CellRangeAddress> open = new ArrayList<>();

		private int next;

		Merges(List<CellRangeAddress> regions) {
			this.waiting = new ArrayList<>(regions);
			this.waiting.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
		}

		void moveTo(int row) {
			this.open.removeIf((region) -> region.getLastRow() < row);
			while (this.next < this.waiting.size() && this.waiting.get(this.next).getFirstRow() <= row) {
				CellRangeAddress region = this.waiting.get(this.next++);
				if (region.getLastRow() >= row) {
					this.open.add(region);
				}
			}
		}

		/** Whether a cell lies in a merged region other than at its top-left corner. */
		boolean hides(int row, int column) {
			for (CellRangeAddress region : this.open) {
				if (region.isInRange(row, column)
						&& (row != region.getFirstRow() || column != region.getFirstColumn())) {
					return true;
				}
			}
			return false;
		}

	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell) && cell.getNumericCellValue() >= 1) {
			return DATE.format(cell.getLocalDateTimeCellValue());
		}
		return formatter.formatCellValue(cell);
	}

}
