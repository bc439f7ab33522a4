package kz.birge.planimport.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxFormatTests {

	@Test
	void cellsReadAsTheUserSeesThem() throws IOException, PlanFileException {
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("Наурыз");
			sheet.createRow(0).createCell(0).setCellValue("«TazaLike» акциясының жоспары");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
			XSSFRow header = sheet.createRow(2);
			header.createCell(0).setCellValue("№");
			header.createCell(1).setCellValue("Атауы");
			header.createCell(2).setCellValue("Мерзімі");
			header.createCell(3).setCellValue("Индикатор");
			XSSFRow first = sheet.createRow(3);
			first.createCell(0).setCellValue(1.0);
			first.createCell(1).setCellValue("Тазалау");
			XSSFCellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			first.createCell(2).setCellValue(LocalDate.of(2025, 3, 19));
			first.getCell(2).setCellStyle(date);
			first.createCell(3).setCellValue(2.5);
			XSSFRow second = sheet.createRow(4);
			second.createCell(0).setCellFormula("A4+1");
			second.createCell(1).setCellValue("Егу");
			second.createCell(2).setCellValue("ignored under the merge");
			sheet.addMergedRegion(new CellRangeAddress(3, 4, 2, 2));
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			sheet.createRow(6).createCell(2).setCellValue("тек бір ұяшық");
			workbook.createSheet("Сәуір").createRow(0).createCell(1).setCellValue("Ескерту");
			workbook.getSheet("Сәуір").getRow(0).createCell(2).setCellValue("есеп");
			file = bytes(workbook);
		}

		assertThat(PlanSources.read("plan.xlsx", file)).containsExactly(
				new Block.Paragraph(1, "«TazaLike» акциясының жоспары"),
				new Block.Table(List.of(new Row(3, List.of("№", "Атауы", "Мерзімі", "Индикатор")),
						new Row(4, List.of("1", "Тазалау", "19.03.2025", "2.5")), new Row(5, List.of("2", "Егу")),
						new Row(7, List.of("", "", "тек бір ұяшық")))),
				new Block.Table(List.of(new Row(1, List.of("", "Ескерту", "есеп")))));
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
