package kz.birge.planimport.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import kz.birge.planimport.source.PlanFileException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CorruptInputTests {

	@ParameterizedTest
	@ValueSource(strings = { "plan.xlsx", "plan.docx" })
	void randomBytesAreCorrupt(String fileName) {
		byte[] noise = new byte[4096];
		new Random(7).nextBytes(noise);

		assertReason(fileName, noise, Reason.CORRUPT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plan.xlsx", "plan.docx" })
	void aZipWithoutAnOfficeDocumentIsCorrupt(String fileName) throws IOException {
		assertReason(fileName, zip("notes.txt", "Жоспар".getBytes(StandardCharsets.UTF_8)), Reason.CORRUPT);
	}

	@Test
	void aWorkbookNamedAsAWordDocumentIsCorrupt() {
		byte[] workbook = PlanDocuments.xlsx(List.of(new Block.Paragraph(1, "Жоспар")));

		assertReason("plan.docx", workbook, Reason.CORRUPT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plan.txt", "plan.csv" })
	void aBinaryFileNamedAsTextIsCorrupt(String fileName) {
		assertReason(fileName, PlanDocuments.docx(List.of(new Block.Paragraph(1, "Жоспар"))), Reason.CORRUPT);
	}

	@Test
	void anUnclosedQuoteInACsvIsCorrupt() {
		assertReason("plan.csv", "№,Атауы\n1,\"Тазалау\n2,Егу".getBytes(StandardCharsets.UTF_8), Reason.CORRUPT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plan.txt", "plan.csv", "plan.xlsx", "plan.docx" })
	void anEmptyFileIsEmpty(String fileName) {
		assertReason(fileName, new byte[0], Reason.EMPTY);
	}

	@Test
	void aFileOfBlankLinesIsEmpty() {
		assertReason("plan.txt", " \n\t\t\n\r\n".getBytes(StandardCharsets.UTF_8), Reason.EMPTY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plan.pdf", "plan.doc", "plan.xls", "plan", "plan.docx.exe" })
	void otherTypesAreUnsupported(String fileName) {
		assertThat(PlanSources.supported(fileName)).isFalse();
		assertReason(fileName, "1\tТазалау".getBytes(StandardCharsets.UTF_8), Reason.UNSUPPORTED_TYPE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plan.txt", "PLAN.TSV", "Жоспар.Csv", "plan.xlsx", "plan.DOCX" })
	void knownTypesAreSupportedWhateverTheirCase(String fileName) {
		assertThat(PlanSources.supported(fileName)).isTrue();
	}

	@Test
	void sixMegabytesAreTooLarge() {
		byte[] large = "Жоспар\n".repeat(6 * 1024 * 1024 / 13 + 1).getBytes(StandardCharsets.UTF_8);

		assertThat(large.length).isGreaterThan(6 * 1024 * 1024);
		assertReason("plan.txt", large, Reason.TOO_LARGE);
	}

	@Test
	void moreThanFiftyThousandRowsAreTooLarge() {
		assertReason("plan.txt", "1\tТазалау\n".repeat(50_001).getBytes(StandardCharsets.UTF_8), Reason.TOO_LARGE);
	}

	@Test
	void aZipBombIsTooLarge() throws IOException {
		assertReason("plan.docx", zip("word/document.xml", new byte[4 * 1024 * 1024]), Reason.TOO_LARGE);
	}

	private static void assertReason(String fileName, byte[] content, Reason reason) {
		assertThatExceptionOfType(PlanFileException.class).isThrownBy(() -> PlanSources.read(fileName, content))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

	private static byte[] zip(String name, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
		}
		return bytes.toByteArray();
	}

}
