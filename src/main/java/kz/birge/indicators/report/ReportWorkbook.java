package kz.birge.indicators.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import kz.birge.indicators.report.ReportData.Group;
import kz.birge.indicators.report.ReportData.OccurrenceRow;
import kz.birge.indicators.report.ReportData.TargetRow;
import kz.birge.indicators.report.ReportData.Total;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the report's workbook with Apache POI; see {@link ReportFiles#xlsx}. Column
 * widths are set from the longest text of each column rather than measured with AWT
 * fonts, so writing a workbook needs no font or display.
 */
final class ReportWorkbook {

	/** Excel's limit on a sheet name's length. */
	static final int MAX_SHEET_NAME = 31;

	/** Excel's limit on a cell's text. */
	private static final int MAX_CELL_TEXT = 32_767;

	private static final String SHEET_NAME_FORBIDDEN = "[]:*?/\\";

	private static final int MIN_WIDTH_CHARS = 8;

	private static final int MAX_WIDTH_CHARS = 60;

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final ReportLabels labels;

	private final Set<String> sheetNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

	private final CellStyle header;

	private final CellStyle caption;

	private final CellStyle date;

	private final CellStyle percent;

	private final CellStyle wrapped;

	private final CellStyle link;

	private ReportWorkbook(ReportLabels labels) {
		this.labels = labels;
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.header = this.workbook.createCellStyle();
		this.header.setFont(bold);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		this.caption = this.workbook.createCellStyle();
		this.caption.setFont(bold);
		short dateFormat = this.workbook.createDataFormat().getFormat("dd.mm.yyyy");
		this.date = this.workbook.createCellStyle();
		this.date.setDataFormat(dateFormat);
		this.date.setVerticalAlignment(VerticalAlignment.TOP);
		this.percent = this.workbook.createCellStyle();
		this.percent.setDataFormat(this.workbook.createDataFormat().getFormat("0%"));
		this.wrapped = this.workbook.createCellStyle();
		this.wrapped.setWrapText(true);
		this.wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		Font linkFont = this.workbook.createFont();
		linkFont.setUnderline(Font.U_SINGLE);
		linkFont.setColor(IndexedColors.BLUE.getIndex());
		this.link = this.workbook.createCellStyle();
		this.link.cloneStyleFrom(this.wrapped);
		this.link.setFont(linkFont);
	}

	static byte[] write(ReportData data, ReportLabels labels) {
		ReportWorkbook report = new ReportWorkbook(labels);
		report.summary(data);
		report.occurrences(data);
		report.groups("report.sheet.by-fraction", data.metricHeaders(), data.byFraction());
		report.groups("report.sheet.by-month", data.metricHeaders(), data.byMonth());
		report.groups("report.sheet.by-branch", data.metricHeaders(), data.byBranch());
		report.targets(data.targets());
		return report.bytes();
	}

	private void summary(ReportData data) {
		Table table = new Table(sheet("report.sheet.summary"));
		Row row = table.row();
		table.text(row, 0, label("report.summary.campaign"), this.caption);
		table.text(row, 1, data.title(), null);
		row = table.row();
		table.text(row, 0, label("report.summary.organisation"), this.caption);
		table.text(row, 1, data.organisation(), null);
		row = table.row();
		table.text(row, 0, label("report.summary.period"), this.caption);
		table.date(row, 1, data.from());
		table.date(row, 2, data.to());
		count(table, "report.summary.participants", data.participants());
		count(table, "report.summary.unique", data.uniqueParticipants());
		count(table, "report.summary.classes", data.classesCovered());
		count(table, "report.summary.schools", data.schoolsCovered());
		table.row();
		table.header(false, label("report.column.indicator"), label("report.column.unit"), label("report.column.total"),
				label("report.column.target"), label("report.column.share"));
		for (Total total : data.totals()) {
			row = table.row();
			table.text(row, 0, total.label(), null);
			table.text(row, 1, total.unit(), null);
			table.number(row, 2, total.value());
			table.number(row, 3, total.target().orElse(null));
			Optional<BigDecimal> share = total.shareReached();
			if (share.isPresent()) {
				Cell cell = row.createCell(4);
				cell.setCellValue(share.get().doubleValue());
				cell.setCellStyle(this.percent);
				table.widen(4, 6);
			}
		}
		table.finish();
	}

	private void count(Table table, String key, long value) {
		Row row = table.row();
		table.text(row, 0, label(key), this.caption);
		table.number(row, 1, value);
	}

	private void occurrences(ReportData data) {
		Table table = new Table(sheet("report.sheet.occurrences"));
		List<String> headers = new ArrayList<>(List.of(label("report.column.date"), label("report.column.activity"),
				label("report.column.place"), label("report.column.fraction"), label("report.column.participants")));
		headers.addAll(data.metricHeaders());
		headers.add(label("report.column.evidence"));
		headers.add(label("report.column.photos"));
		table.header(true, headers.toArray(String[]::new));
		int evidenceColumn = headers.size() - 2;
		for (OccurrenceRow occurrence : data.occurrences()) {
			Row row = table.row();
			table.date(row, 0, occurrence.date());
			table.text(row, 1, occurrence.title(), this.wrapped);
			table.text(row, 2, occurrence.place(), this.wrapped);
			table.text(row, 3, occurrence.fraction(), this.wrapped);
			table.number(row, 4, occurrence.participants());
			for (int i = 0; i < occurrence.values().size(); i++) {
				table.number(row, 5 + i, occurrence.values().get(i));
			}
			evidence(table, row, evidenceColumn, occurrence.evidence());
			if (occurrence.photos() > 0) {
				table.number(row, evidenceColumn + 1, occurrence.photos());
			}
		}
		table.finish();
	}

	private void evidence(Table table, Row row, int column, List<String> links) {
		if (links.isEmpty()) {
			return;
		}
		Optional<String> single = (links.size() == 1) ? webAddress(links.get(0)) : Optional.empty();
		table.text(row, column, String.join("\n", links), single.isPresent() ? this.link : this.wrapped);
		if (single.isPresent()) {
			Hyperlink hyperlink = this.workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
			hyperlink.setAddress(single.get());
			row.getCell(column).setHyperlink(hyperlink);
		}
		if (links.size() > 1) {
			row.setHeightInPoints(links.size() * row.getSheet().getDefaultRowHeightInPoints());
		}
	}

	/** The link itself when it is a web address, the only kind worth a hyperlink. */
	private static Optional<String> webAddress(String link) {
		return WebLinks.isWebLink(link) ? Optional.of(link.strip()) : Optional.empty();
	}

	private void groups(String sheetKey, List<String> metricHeaders, List<Group> groups) {
		Table table = new Table(sheet(sheetKey));
		List<String> headers = new ArrayList<>(List.of(label("report.column.group"), label("report.column.occurrences"),
				label("report.column.participants")));
		headers.addAll(metricHeaders);
		table.header(true, headers.toArray(String[]::new));
		for (Group group : groups) {
			Row row = table.row();
			table.text(row, 0, group.label(), this.wrapped);
			table.number(row, 1, group.occurrences());
			table.number(row, 2, group.participants());
			for (int i = 0; i < group.values().size(); i++) {
				table.number(row, 3 + i, group.values().get(i));
			}
		}
		table.finish();
	}

	/**
	 * The targets over time: one row a month for a monthly one, with the share reached.
	 */
	private void targets(List<TargetRow> targets) {
		if (targets.isEmpty()) {
			return;
		}
		Table table = new Table(sheet("report.sheet.targets"));
		table.header(true, label("report.column.indicator"), label("report.column.period"),
				label("report.column.total"), label("report.column.target"), label("report.column.share"));
		for (TargetRow target : targets) {
			Row row = table.row();
			table.text(row, 0, target.target(), this.wrapped);
			table.text(row, 1, target.period(), null);
			table.number(row, 2, target.actual());
			table.number(row, 3, target.goal());
			if (target.goal().signum() != 0) {
				Cell cell = row.createCell(4);
				cell.setCellValue(target.actual() / target.goal().doubleValue());
				cell.setCellStyle(this.percent);
				table.widen(4, 6);
			}
		}
		table.finish();
	}

	private Sheet sheet(String key) {
		String name = uniqueSheetName(safeSheetName(label(key)), this.sheetNames);
		this.sheetNames.add(name);
		return this.workbook.createSheet(name);
	}

	/**
	 * A name Excel accepts: forbidden characters ({@code []:*?/\} and control characters)
	 * replaced by hyphens, no apostrophe at either end, at most 31 characters, not blank.
	 */
	static String safeSheetName(String name) {
		StringBuilder safe = new StringBuilder();
		for (char c : name.strip().toCharArray()) {
			safe.append((SHEET_NAME_FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c)) ? '-' : c);
		}
		String result = safe.toString();
		while (result.startsWith("'")) {
			result = result.substring(1);
		}
		result = truncate(result, MAX_SHEET_NAME);
		while (result.endsWith("'")) {
			result = result.substring(0, result.length() - 1);
		}
		result = result.strip();
		return result.isEmpty() ? "-" : result;
	}

	/**
	 * {@code name}, or {@code name (2)}, {@code (3)}... when a sheet is already called
	 * so.
	 */
	static String uniqueSheetName(String name, Set<String> taken) {
		String candidate = name;
		for (int n = 2; taken.contains(candidate); n++) {
			String suffix = " (" + n + ")";
			candidate = truncate(name, MAX_SHEET_NAME - suffix.length()).strip() + suffix;
		}
		return candidate;
	}

	/** At most {@code max} UTF-16 units, never splitting a surrogate pair. */
	private static String truncate(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end);
	}

	private String label(String key) {
		String label = this.labels.get(key);
		return (label == null || label.isBlank()) ? key : label;
	}

	private byte[] bytes() {
		try (XSSFWorkbook workbook = this.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the report workbook", ex);
		}
	}

	/**
	 * Writes rows one after another into a sheet and keeps the widest text of each
	 * column.
	 */
	private final class Table {

		private final Sheet sheet;

		private final Map<Integer, Integer> widths = new HashMap<>();

		private int next;

		Table(Sheet sheet) {
			this.sheet = sheet;
		}

		Row row() {
			return this.sheet.createRow(this.next++);
		}

		/** A bold header row; {@code frozen} keeps it in view and adds filter buttons. */
		void header(boolean frozen, String... names) {
			int index = this.next;
			Row row = row();
			for (int i = 0; i < names.length; i++) {
				text(row, i, names[i], ReportWorkbook.this.header);
			}
			if (frozen) {
				this.sheet.createFreezePane(0, index + 1);
				this.sheet.setAutoFilter(new CellRangeAddress(index, index, 0, names.length - 1));
			}
		}

		void text(Row row, int column, String text, CellStyle style) {
			if (text == null || text.isEmpty()) {
				return;
			}
			String value = truncate(text, MAX_CELL_TEXT);
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			if (style != null) {
				cell.setCellStyle(style);
			}
			value.lines().mapToInt(String::length).max().ifPresent((length) -> widen(column, length));
		}

		void number(Row row, int column, BigDecimal value) {
			if (value != null) {
				row.createCell(column).setCellValue(value.doubleValue());
				widen(column, value.stripTrailingZeros().toPlainString().length());
			}
		}

		void number(Row row, int column, long value) {
			row.createCell(column).setCellValue(value);
			widen(column, Long.toString(value).length());
		}

		void date(Row row, int column, LocalDate value) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(ReportWorkbook.this.date);
			widen(column, "00.00.0000".length());
		}

		void widen(int column, int chars) {
			this.widths.merge(column, chars, Math::max);
		}

		void finish() {
			this.widths.forEach((column, chars) -> {
				int width = Math.min(Math.max(chars + 2, MIN_WIDTH_CHARS), MAX_WIDTH_CHARS);
				this.sheet.setColumnWidth(column, width * 256);
			});
		}

	}

}
