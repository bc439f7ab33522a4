package kz.birge.planimport.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import static org.assertj.core.api.Assertions.assertThat;

class DocxFormatTests {

	@Test
	void mergedAndNestedCellsAndRunningRowNumbers() throws IOException, PlanFileException {
		byte[] file;
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("ҚЫРКҮЙЕК АЙЫ");
			document.createParagraph();
			XWPFTable table = document.createTable(3, 3);
			text(table.getRow(0).getCell(0), "№");
			text(table.getRow(0).getCell(1), "Жоба");
			text(table.getRow(0).getCell(2), "Іс-шара");
			text(table.getRow(1).getCell(0), "1");
			text(table.getRow(1).getCell(1), "«ЭКО START» ЖОБАСЫ");
			table.getRow(1).getCell(1).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
			table.getRow(2).getCell(1).getCTTc().addNewTcPr().addNewVMerge();
			text(table.getRow(1).getCell(2), "Сабақ");
			table.getRow(1).getCell(2).addParagraph().createRun().setText("11-15.04");
			text(table.getRow(2).getCell(0), "2");
			XWPFTableCell spanned = table.getRow(2).getCell(2);
			spanned.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
			spanned.getCTTc()
				.addNewTbl()
				.addNewTr()
				.addNewTc()
				.addNewP()
				.addNewR()
				.addNewT()
				.setStringValue("кестедегі кесте");
			spanned.getCTTc().addNewP();
			document.createTable(1, 2).getRow(0).getCell(1).setText("келесі кесте");
			file = bytes(document);
		}

		List<Block> blocks = PlanSources.read("plan.docx", file);

		assertThat(blocks).containsExactly(new Block.Paragraph(1, "ҚЫРКҮЙЕК АЙЫ"),
				new Block.Table(List.of(new Row(1, List.of("№", "Жоба", "Іс-шара")),
						new Row(2, List.of("1", "«ЭКО START» ЖОБАСЫ", "Сабақ\n11-15.04")),
						new Row(3, List.of("2", "", "кестедегі кесте")))),
				new Block.Table(List.of(new Row(4, List.of("", "келесі кесте")))));
	}

	@Test
	void decimalListNumbersAreWrittenOut() throws IOException, PlanFileException {
		byte[] file;
		try (XWPFDocument document = new XWPFDocument()) {
			BigInteger list = decimalList(document);
			for (String fraction : List.of("ҚҰҚЫҚ ЖӘНЕ ТӘРТІП ФРАКЦИЯСЫ", "АҚПАРАТ ФРАКЦИЯСЫ")) {
				XWPFParagraph paragraph = document.createParagraph();
				paragraph.setNumID(list);
				paragraph.setNumILvl(BigInteger.ZERO);
				paragraph.createRun().setText(fraction);
			}
			file = bytes(document);
		}

		assertThat(PlanSources.read("plan.docx", file)).containsExactly(
				new Block.Paragraph(1, "1. ҚҰҚЫҚ ЖӘНЕ ТӘРТІП ФРАКЦИЯСЫ"),
				new Block.Paragraph(2, "2. АҚПАРАТ ФРАКЦИЯСЫ"));
	}

	private static BigInteger decimalList(XWPFDocument document) {
		CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
		definition.setAbstractNumId(BigInteger.ZERO);
		CTLvl level = definition.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
		level.addNewLvlText().setVal("%1.");
		XWPFNumbering numbering = document.createNumbering();
		return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
	}

	private static void text(XWPFTableCell cell, String text) {
		cell.getParagraphArray(0).createRun().setText(text);
	}

	private static byte[] bytes(XWPFDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.write(out);
		return out.toByteArray();
	}

}
