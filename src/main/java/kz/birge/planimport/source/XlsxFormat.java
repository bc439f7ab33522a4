package kz.birge.planimport.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
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

	@Override
	public List<Block> read(byte[] content) throws PlanFileException {
		OfficeFiles.secure();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			formatter.setUseCachedValuesForFormulaCells(true);
			BlockCollector out = new BlockCollector();
			for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
				out.endTable();
				sheet(workbook.getSheetAt(index), formatter, out);
			}
			return out.blocks();
		}
		catch (IOException | RuntimeException ex) {
			throw OfficeFiles.unreadable("xlsx", ex);
		}
	}

	private static void sheet(XSSFSheet sheet, DataFormatter formatter, BlockCollector out) throws PlanFileException {
		List<CellRangeAddress> merged = sheet.getMergedRegions();
		for (var row : sheet) {
			List<String> cells = new ArrayList<>();
			int filled = 0;
			for (int column = 0; column < row.getLastCellNum(); column++) {
				Cell cell = row.getCell(column);
				String text = hiddenByMerge(merged, row.getRowNum(), column) ? "" : Texts.trim(text(cell, formatter));
				cells.add(text);
				filled += text.isEmpty() ? 0 : 1;
			}
			if (filled == 1 && !cells.get(0).isEmpty()) {
				out.paragraph(row.getRowNum() + 1, cells.get(0));
			}
			else {
				out.row(row.getRowNum() + 1, cells);
			}
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

	/** Whether a cell lies in a merged region other than at its top-left corner. */
	private static boolean hiddenByMerge(List<CellRangeAddress> merged, int row, int column) {
		for (CellRangeAddress region : merged) {
			if (region.isInRange(row, column) && (row != region.getFirstRow() || column != region.getFirstColumn())) {
				return true;
			}
		}
		return false;
	}

}
