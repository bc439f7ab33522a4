package kz.birge.planimport.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A corpus of broken and hostile plan files, made in the test rather than kept as blobs:
 * each is named for what it does to a reader.
 */
public final class HostileFiles {

	/** The last column of a sheet, XFD. */
	public static final int LAST_COLUMN = 16_383;

	private static final String PLAN_ROWS = "№,Іс-шара атауы,Мерзімі\n1,Тазалау,12 қазан\n";

	private HostileFiles() {
	}

	/** Every hostile file, by the name it is sent under. */
	public static Map<String, byte[]> all() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("empty.docx", new byte[0]);
		files.put("empty.csv", new byte[0]);
		files.put("truncated.xlsx", truncated(PlanDocuments.xlsx(seed())));
		files.put("truncated.docx", truncated(PlanDocuments.docx(seed())));
		files.put("bomb.xlsx", zipBomb());
		files.put("inflates.docx", inflatesPastTheEntryLimit());
		files.put("program.docx", program());
		files.put("binary.csv", binary());
		files.put("one-line.csv", hugeCsvLine());
		files.put("locked.xlsx", passwordProtected());
		files.put("text-in-xfd.xlsx", textInColumnXfd());
		files.put("merged.xlsx", thousandsOfMergedRegions());
		files.put("paragraphs.docx", hugeNumberOfParagraphs());
		return files;
	}

	/** The blocks of a real plan. */
	public static List<Block> seed() {
		try {
			return Seeds.blocks("000");
		}
		catch (PlanFileException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first half of a file: a zip whose central directory is gone. */
	public static byte[] truncated(byte[] file) {
		return Arrays.copyOf(file, file.length / 2);
	}

	/** A part of 4 MB of zeros, packed a thousand times smaller. */
	public static byte[] zipBomb() {
		return zip("xl/workbook.xml", new byte[4 * 1024 * 1024]);
	}

	/**
	 * A part that packs only 50 times smaller, so that the packing ratio passes, but
	 * unpacks to 40 MB, past the largest part.
	 */
	public static byte[] inflatesPastTheEntryLimit() {
		byte[] content = new byte[40 * 1024 * 1024];
		Random random = new Random(11);
		for (int i = 0; i < content.length; i++) {
			content[i] = (byte) ((random.nextInt(100) == 0) ? 'a' + random.nextInt(26) : ' ');
		}
		return zip("word/document.xml", content);
	}

	/** A Windows program renamed: "MZ" and noise. */
	public static byte[] program() {
		byte[] program = new byte[8192];
		new Random(3).nextBytes(program);
		program[0] = 'M';
		program[1] = 'Z';
		return program;
	}

	/** Binary bytes under a text name. */
	public static byte[] binary() {
		byte[] bytes = new byte[4096];
		new Random(5).nextBytes(bytes);
		bytes[10] = 0;
		return bytes;
	}

	/** A CSV whose one line holds 3 MB in a single cell, then a plan. */
	public static byte[] hugeCsvLine() {
		return ("\"" + "Тазалау ".repeat(200_000) + "\"\n" + PLAN_ROWS).getBytes(StandardCharsets.UTF_8);
	}

	/** A workbook locked with a password, as Excel saves it. */
	public static byte[] passwordProtected() {
		try (POIFSFileSystem container = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("mektep");
			try (OutputStream out = encryptor.getDataStream(container)) {
				out.write(PlanDocuments.xlsx(seed()));
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			container.writeFilesystem(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A plan whose rows carry styled empty cells out to column XFD, as a sheet formatted
	 * by whole rows does.
	 */
	public static byte[] styledEmptyCellsToXfd() {
		return workbook((sheet, style) -> {
			String[][] rows = { { "№", "Іс-шара атауы", "Мерзімі" }, { "1", "Тазалау", "12 қазан" },
					{ "2", "Ағаш отырғызу", "20 қазан" } };
			for (int r = 0; r < rows.length; r++) {
				XSSFRow row = sheet.createRow(r);
				for (int c = 0; c <= LAST_COLUMN; c++) {
					row.createCell(c).setCellStyle(style);
				}
				for (int c = 0; c < rows[r].length; c++) {
					row.getCell(c).setCellValue(rows[r][c]);
				}
			}
		});
	}

	/** A plan with a word written in column XFD. */
	public static byte[] textInColumnXfd() {
		return workbook((sheet, style) -> {
			XSSFRow header = sheet.createRow(0);
			header.createCell(0).setCellValue("№");
			header.createCell(1).setCellValue("Іс-шара атауы");
			header.createCell(LAST_COLUMN).setCellValue("Ескерту");
			XSSFRow row = sheet.createRow(1);
			row.createCell(0).setCellValue("1");
			row.createCell(1).setCellValue("Тазалау");
		});
	}

	/** A sheet of ten thousand merged pairs of cells. */
	public static byte[] thousandsOfMergedRegions() {
		return workbook((sheet, style) -> {
			sheet.createRow(0).createCell(0).setCellValue("Жоспар");
			for (int r = 1; r <= 10_000; r++) {
				sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, 1));
			}
		});
	}

	/** A document of a million and more empty paragraphs. */
	public static byte[] hugeNumberOfParagraphs() {
		String body = "<w:p/>".repeat(1_100_000);
		return zip("word/document.xml",
				("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
						+ "</w:body></w:document>")
					.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] workbook(SheetWriter writer) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFCellStyle style = workbook.createCellStyle();
			style.setWrapText(true);
			writer.write(workbook.createSheet("Жоспар"), style);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A zip with content types and one more part. */
	public static byte[] zip(String name, byte[] content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private interface SheetWriter {

		void write(XSSFSheet sheet, XSSFCellStyle style);

	}

}
