package kz.birge.indicators.report;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import kz.birge.indicators.report.ReportData.Group;
import kz.birge.indicators.report.ReportData.OccurrenceRow;
import kz.birge.indicators.report.ReportData.Total;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportFilesTests {

	private static final Map<String, String> KAZAKH = Map.ofEntries(Map.entry("report.sheet.summary", "Жиынтық"),
			Map.entry("report.sheet.occurrences", "Өткізілген іс-шаралар"),
			Map.entry("report.sheet.by-fraction", "Фракциялар бойынша"),
			Map.entry("report.sheet.by-month", "Айлар бойынша"),
			Map.entry("report.sheet.by-branch", "Филиалдар бойынша"), Map.entry("report.column.date", "Күні"),
			Map.entry("report.column.activity", "Іс-шара"), Map.entry("report.column.place", "Өткізілген орны"),
			Map.entry("report.column.fraction", "Фракция"), Map.entry("report.column.participants", "Қатысушылар"),
			Map.entry("report.column.evidence", "Дәлелдер"), Map.entry("report.column.photos", "Фотосуреттер"),
			Map.entry("report.column.group", "Топ"), Map.entry("report.column.occurrences", "Өткізілді"),
			Map.entry("report.column.indicator", "Көрсеткіш"), Map.entry("report.column.unit", "Өлшем бірлігі"),
			Map.entry("report.column.total", "Барлығы"), Map.entry("report.column.target", "Жоспар"),
			Map.entry("report.column.share", "Орындалуы"), Map.entry("report.summary.campaign", "Акция"),
			Map.entry("report.summary.organisation", "Ұйым"), Map.entry("report.summary.period", "Кезең"),
			Map.entry("report.summary.participants", "Қатысушылар"),
			Map.entry("report.summary.unique", "Қатысушылар саны (әр адам бір рет)"),
			Map.entry("report.summary.classes", "Қамтылған сыныптар"),
			Map.entry("report.summary.schools", "Қамтылған мектептер"),
			Map.entry("report.chart.participants", "Қатысушылар саны"));

	private static final ReportLabels LABELS = KAZAKH::get;

	private static final String LITTER = "Жиналған қоқыс (тонна)";

	private static final String TREES = "Отырғызылған ағаштар (дана)";

	private static final String LINK = "https://t.me/birge_demo/101";

	private static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

	private static List<BigDecimal> values(BigDecimal... values) {
		return Arrays.asList(values);
	}

	private static ReportData report() {
		List<Total> totals = List.of(new Total("Қатысушылар", "адам", dec("15"), Optional.of(dec("20"))),
				new Total("Жиналған қоқыс", "т", dec("1.5"), Optional.empty()),
				new Total("Отырғызылған ағаштар", "дана", dec("12"), Optional.of(dec("10"))));
		List<Group> byFraction = List.of(new Group("«Жасыл ел»", 2, 10, values(dec("1.5"), dec("5"))),
				new Group("Еріктілер", 1, 5, values(BigDecimal.ZERO, dec("7"))));
		List<Group> byMonth = List.of(new Group("Наурыз 2025", 2, 10, values(dec("1.5"), dec("5"))),
				new Group("Сәуір 2025", 1, 5, values(BigDecimal.ZERO, dec("7"))));
		List<Group> byBranch = List.of(new Group("Алматы қ. филиалы", 2, 11, values(dec("1.0"), dec("7"))),
				new Group("Қонаев қ. филиалы", 1, 4, values(dec("0.5"), dec("5"))));
		List<OccurrenceRow> occurrences = List.of(
				new OccurrenceRow(LocalDate.of(2025, 3, 15), "«Таза ауыл» сенбілігі", "№12 мектеп ауласы", "«Жасыл ел»",
						6, values(dec("1.0"), null), List.of(LINK)),
				new OccurrenceRow(LocalDate.of(2025, 3, 22), "Саябақты тазалау", "Орталық саябақ", "«Жасыл ел»", 4,
						values(dec("0.5"), dec("5")),
						List.of("https://t.me/birge_demo/102", "https://example.kz/photos/42"), 3),
				new OccurrenceRow(LocalDate.of(2025, 4, 5), "Ағаш отырғызу", "Абай даңғылы", "Еріктілер", 5,
						values(null, dec("7")), List.of()));
		return new ReportData("«Таза Қазақстан» көктемгі акциясы", "№12 мектеп-гимназия", LocalDate.of(2025, 3, 1),
				LocalDate.of(2025, 5, 31), totals, 15, 12, 4, 2, List.of(LITTER, TREES), byFraction, byMonth, byBranch,
				occurrences);
	}

	private static ReportData emptyReport() {
		return new ReportData("Бос акция", "№1 мектеп", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30),
				List.of(new Total("Қатысушылар", "адам", BigDecimal.ZERO, Optional.of(BigDecimal.ZERO))), 0, 0, 0, 0,
				List.of(LITTER), List.of(), List.of(), List.of(), List.of());
	}

	private static XSSFWorkbook read(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	private static void assertNumber(Cell cell, double expected) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isEqualTo(expected);
	}

	private static void assertText(Cell cell, String expected) {
		assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
		assertThat(cell.getStringCellValue()).isEqualTo(expected);
	}

	private static void assertDate(Cell cell, LocalDate expected) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
		assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
	}

	private static void assertFrozenHeader(Sheet sheet) {
		PaneInformation pane = sheet.getPaneInformation();
		assertThat(pane).isNotNull();
		assertThat(pane.isFreezePane()).isTrue();
		assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
		assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
			.satisfies((font) -> assertThat(sheet.getWorkbook().getFontAt(font).getBold()).isTrue());
	}

	@Test
	void workbookHasOneSheetPerViewNamedInTheReadersLanguage() throws IOException {
		try (XSSFWorkbook workbook = read(ReportFiles.xlsx(report(), LABELS))) {
			assertThat(sheetNames(workbook)).containsExactly("Жиынтық", "Өткізілген іс-шаралар", "Фракциялар бойынша",
					"Айлар бойынша", "Филиалдар бойынша");
		}
	}

	@Test
	void summaryShowsTheCampaignTheCountsAndTheIndicators() throws IOException {
		try (XSSFWorkbook workbook = read(ReportFiles.xlsx(report(), LABELS))) {
			Sheet summary = workbook.getSheet("Жиынтық");
			assertText(summary.getRow(0).getCell(0), "Акция");
			assertText(summary.getRow(0).getCell(1), "«Таза Қазақстан» көктемгі акциясы");
			assertText(summary.getRow(1).getCell(0), "Ұйым");
			assertText(summary.getRow(1).getCell(1), "№12 мектеп-гимназия");
			assertText(summary.getRow(2).getCell(0), "Кезең");
			assertDate(summary.getRow(2).getCell(1), LocalDate.of(2025, 3, 1));
			assertDate(summary.getRow(2).getCell(2), LocalDate.of(2025, 5, 31));
			assertText(summary.getRow(3).getCell(0), "Қатысушылар");
			assertNumber(summary.getRow(3).getCell(1), 15);
			assertText(summary.getRow(4).getCell(0), "Қатысушылар саны (әр адам бір рет)");
			assertNumber(summary.getRow(4).getCell(1), 12);
			assertText(summary.getRow(5).getCell(0), "Қамтылған сыныптар");
			assertNumber(summary.getRow(5).getCell(1), 4);
			assertText(summary.getRow(6).getCell(0), "Қамтылған мектептер");
			assertNumber(summary.getRow(6).getCell(1), 2);
			assertThat(summary.getRow(7)).isNotNull();
			assertThat(summary.getRow(7).getPhysicalNumberOfCells()).isZero();

			assertThat(texts(summary.getRow(8))).containsExactly("Көрсеткіш", "Өлшем бірлігі", "Барлығы", "Жоспар",
					"Орындалуы");
			Row people = summary.getRow(9);
			assertText(people.getCell(0), "Қатысушылар");
			assertText(people.getCell(1), "адам");
			assertNumber(people.getCell(2), 15);
			assertNumber(people.getCell(3), 20);
			assertNumber(people.getCell(4), 0.75);
			assertThat(people.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0%");
			Row litter = summary.getRow(10);
			assertText(litter.getCell(0), "Жиналған қоқыс");
			assertText(litter.getCell(1), "т");
			assertNumber(litter.getCell(2), 1.5);
			assertThat(litter.getCell(3)).isNull();
			assertThat(litter.getCell(4)).isNull();
			Row trees = summary.getRow(11);
			assertNumber(trees.getCell(2), 12);
			assertNumber(trees.getCell(3), 10);
			assertNumber(trees.getCell(4), 1.2);
			assertThat(summary.getLastRowNum()).isEqualTo(11);
		}
	}

	@Test
	void occurrencesHaveOneRowEachWithDatesNumbersAndEvidence() throws IOException {
		try (XSSFWorkbook workbook = read(ReportFiles.xlsx(report(), LABELS))) {
			Sheet sheet = workbook.getSheet("Өткізілген іс-шаралар");
			assertFrozenHeader(sheet);
			assertThat(texts(sheet.getRow(0))).containsExactly("Күні", "Іс-шара", "Өткізілген орны", "Фракция",
					"Қатысушылар", LITTER, TREES, "Дәлелдер", "Фотосуреттер");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);

			Row first = sheet.getRow(1);
			assertDate(first.getCell(0), LocalDate.of(2025, 3, 15));
			assertText(first.getCell(1), "«Таза ауыл» сенбілігі");
			assertText(first.getCell(2), "№12 мектеп ауласы");
			assertText(first.getCell(3), "«Жасыл ел»");
			assertNumber(first.getCell(4), 6);
			assertNumber(first.getCell(5), 1.0);
			assertThat(first.getCell(6)).isNull();
			assertText(first.getCell(7), LINK);
			assertThat(first.getCell(7).getHyperlink()).isNotNull();
			assertThat(first.getCell(7).getHyperlink().getType()).isEqualTo(HyperlinkType.URL);
			assertThat(first.getCell(7).getHyperlink().getAddress()).isEqualTo(LINK);
			assertThat(first.getCell(8)).as("no photos").isNull();

			Row second = sheet.getRow(2);
			assertDate(second.getCell(0), LocalDate.of(2025, 3, 22));
			assertNumber(second.getCell(4), 4);
			assertNumber(second.getCell(5), 0.5);
			assertNumber(second.getCell(6), 5);
			assertText(second.getCell(7), "https://t.me/birge_demo/102\nhttps://example.kz/photos/42");
			assertThat(second.getCell(7).getHyperlink()).isNull();
			assertThat(second.getCell(7).getCellStyle().getWrapText()).isTrue();
			assertNumber(second.getCell(8), 3);

			Row third = sheet.getRow(3);
			assertDate(third.getCell(0), LocalDate.of(2025, 4, 5));
			assertText(third.getCell(3), "Еріктілер");
			assertNumber(third.getCell(4), 5);
			assertThat(third.getCell(5)).isNull();
			assertNumber(third.getCell(6), 7);
			assertThat(third.getCell(7)).isNull();

			assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
			assertThat(sheet.getColumnWidth(7)).isGreaterThan(20 * 256);
		}
	}

	@Test
	void groupedSheetsHaveOneRowPerGroupAddingUpToTheTotals() throws IOException {
		try (XSSFWorkbook workbook = read(ReportFiles.xlsx(report(), LABELS))) {
			for (String name : List.of("Фракциялар бойынша", "Айлар бойынша", "Филиалдар бойынша")) {
				Sheet sheet = workbook.getSheet(name);
				assertFrozenHeader(sheet);
				assertThat(texts(sheet.getRow(0))).containsExactly("Топ", "Өткізілді", "Қатысушылар", LITTER, TREES);
				assertThat(sheet.getLastRowNum()).isEqualTo(2);
				double occurrences = 0;
				double participants = 0;
				double litter = 0;
				double trees = 0;
				for (int r = 1; r <= 2; r++) {
					Row row = sheet.getRow(r);
					assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
					for (int c = 1; c <= 4; c++) {
						assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
					}
					occurrences += row.getCell(1).getNumericCellValue();
					participants += row.getCell(2).getNumericCellValue();
					litter += row.getCell(3).getNumericCellValue();
					trees += row.getCell(4).getNumericCellValue();
				}
				assertThat(occurrences).isEqualTo(3);
				assertThat(participants).isEqualTo(15);
				assertThat(litter).isEqualTo(1.5);
				assertThat(trees).isEqualTo(12);
			}
			Sheet byMonth = workbook.getSheet("Айлар бойынша");
			assertText(byMonth.getRow(1).getCell(0), "Наурыз 2025");
			assertNumber(byMonth.getRow(1).getCell(1), 2);
			assertNumber(byMonth.getRow(1).getCell(2), 10);
			assertNumber(byMonth.getRow(1).getCell(3), 1.5);
			assertText(byMonth.getRow(2).getCell(0), "Сәуір 2025");
			assertNumber(byMonth.getRow(2).getCell(3), 0);
		}
	}

	@Test
	void emptyReportStillHasEverySheetWithItsHeader() throws IOException {
		try (XSSFWorkbook workbook = read(ReportFiles.xlsx(emptyReport(), LABELS))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
			Sheet occurrences = workbook.getSheet("Өткізілген іс-шаралар");
			assertThat(occurrences.getLastRowNum()).isZero();
			assertThat(texts(occurrences.getRow(0))).containsExactly("Күні", "Іс-шара", "Өткізілген орны", "Фракция",
					"Қатысушылар", LITTER, "Дәлелдер", "Фотосуреттер");
			for (String name : List.of("Фракциялар бойынша", "Айлар бойынша", "Филиалдар бойынша")) {
				Sheet sheet = workbook.getSheet(name);
				assertThat(sheet.getLastRowNum()).isZero();
				assertThat(texts(sheet.getRow(0))).containsExactly("Топ", "Өткізілді", "Қатысушылар", LITTER);
			}
			Row people = workbook.getSheet("Жиынтық").getRow(9);
			assertNumber(people.getCell(2), 0);
			assertNumber(people.getCell(3), 0);
			assertThat(people.getCell(4)).as("no share of a zero target").isNull();
		}
	}

	@Test
	void sheetNamesAreMadeValidForExcelAndUnique() throws IOException {
		Map<String, String> odd = new HashMap<>(KAZAKH);
		odd.put("report.sheet.occurrences", "Іс-шаралар: барлығы [наурыз/сәуір] *толық* тізім?");
		odd.put("report.sheet.by-month", "Фракциялар бойынша");
		odd.put("report.sheet.by-branch", "'Филиалдар'");
		try (XSSFWorkbook workbook = read(ReportFiles.xlsx(report(), odd::get))) {
			assertThat(sheetNames(workbook)).containsExactly("Жиынтық", "Іс-шаралар- барлығы -наурыз-сәу",
					"Фракциялар бойынша", "Фракциялар бойынша (2)", "Филиалдар");
			assertThat(sheetNames(workbook)).allSatisfy((name) -> {
				assertThat(name).hasSizeLessThanOrEqualTo(31);
				assertThat(name).doesNotContain("[", "]", ":", "*", "?", "/", "\\").doesNotStartWith("'");
			});
		}
	}

	@Test
	void sheetNameHelpersKeepWithinExcelsRules() {
		assertThat(ReportWorkbook.safeSheetName("  ")).isEqualTo("-");
		assertThat(ReportWorkbook.safeSheetName("a\\b?c")).isEqualTo("a-b-c");
		assertThat(ReportWorkbook.safeSheetName("x".repeat(40))).hasSize(31);
		assertThat(ReportWorkbook.uniqueSheetName("x".repeat(31), new TreeSet<>(List.of("x".repeat(31)))))
			.isEqualTo("x".repeat(27) + " (2)");
	}

	@Test
	void shareReachedIsValueOverTargetWithFourDecimals() {
		assertThat(new Total("a", "", dec("15"), Optional.of(dec("20"))).shareReached()).contains(dec("0.7500"));
		assertThat(new Total("a", "", dec("1"), Optional.of(dec("3"))).shareReached()).contains(dec("0.3333"));
		assertThat(new Total("a", "", dec("2"), Optional.of(dec("3"))).shareReached()).contains(dec("0.6667"));
		assertThat(new Total("a", "", dec("5"), Optional.of(BigDecimal.ZERO)).shareReached()).isEmpty();
		assertThat(new Total("a", "", dec("5"), Optional.empty()).shareReached()).isEmpty();
		assertThat(new Total("a", "", dec("5"), null).target()).isEmpty();
	}

	@Test
	void rowsMustAlignWithTheMetricHeaders() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReportData("t", "o", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), List.of(),
					0, 0, 0, 0, List.of(LITTER, TREES), List.of(new Group("g", 1, 1, values(dec("1")))), List.of(),
					List.of(), List.of()))
			.withMessageContaining("1 values for 2 metric headers");
	}

	@Test
	void chartIsAReadable1000By600Png() throws IOException {
		byte[] png = ReportFiles.participantsChart("Фракциялар бойынша қатысушылар", report().byFraction(), LABELS);
		assertThat(Arrays.copyOf(png, 8)).containsExactly((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G', (byte) '\r',
				(byte) '\n', (byte) 0x1A, (byte) '\n');
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1000);
		assertThat(image.getHeight()).isEqualTo(600);
		assertThat(pixelsUnlikeTheCorner(image)).isGreaterThan(1000);
	}

	@Test
	void chartCopesWithManyLongAndRepeatedLabels() throws IOException {
		List<Group> groups = new ArrayList<>();
		for (int i = 1; i <= 9; i++) {
			groups.add(new Group("«Жасыл ел» экологиялық жасағының өте ұзын атауы, " + (i % 3), 1, i * 3L,
					values(dec("1"))));
		}
		BufferedImage image = ImageIO
			.read(new ByteArrayInputStream(ReportFiles.participantsChart("Айлар", groups, LABELS)));
		assertThat(image.getWidth()).isEqualTo(1000);
		assertThat(image.getHeight()).isEqualTo(600);
	}

	@Test
	void chartWithNoGroupsIsStillDrawn() throws IOException {
		byte[] png = ReportFiles.participantsChart("Бос акция", emptyReport().byMonth(), LABELS);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1000);
		assertThat(image.getHeight()).isEqualTo(600);
	}

	@Test
	void longLabelsAreShortenedWithAnEllipsis() {
		assertThat(ParticipantsChart.shorten("Наурыз 2025")).isEqualTo("Наурыз 2025");
		String shortened = ParticipantsChart.shorten("Ә".repeat(60));
		assertThat(shortened).hasSize(ParticipantsChart.MAX_LABEL).endsWith("…");
	}

	@Test
	void barsLieHorizontallyWhenTheirLabelsWouldNotFitUnderThem() {
		assertThat(ParticipantsChart.upright(List.of())).isTrue();
		assertThat(ParticipantsChart.upright(List.of("«Жасыл ел»", "Еріктілер"))).isTrue();
		assertThat(ParticipantsChart.upright(List.of("Наурыз 2025", "Сәуір 2025", "Мамыр 2025", "Маусым 2025",
				"Шілде 2025", "Тамыз 2025", "Қыркүйек 2025")))
			.isTrue();
		assertThat(ParticipantsChart.upright(Collections.nCopies(10, "Желтоқсан 2025"))).isFalse();
		assertThat(ParticipantsChart.upright(Collections.nCopies(9, "«Жасыл ел» экологиялық жасағы"))).isFalse();
	}

	@Test
	void chartFontHasCyrillicAndGuillemets() {
		Font font = new Font(ParticipantsChart.fontFamily(), Font.PLAIN, 12);
		assertThat(font.canDisplayUpTo("Қатысушылар «Жасыл ел» ӘҒҚҢӨҰҮҺІ")).isEqualTo(-1);
	}

	private static int pixelsUnlikeTheCorner(BufferedImage image) {
		int background = image.getRGB(0, 0);
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (image.getRGB(x, y) != background) {
					count++;
				}
			}
		}
		return count;
	}

}
