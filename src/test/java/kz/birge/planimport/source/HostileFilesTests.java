package kz.birge.planimport.source;

import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.birge.planimport.source.PlanFileException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Hostile plan files are refused, or read within bounds, by the readers themselves. The
 * timeout only keeps a regression from hanging the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileFilesTests {

	@Test
	void styledEmptyCellsOutToXfdAreSkipped() throws PlanFileException {
		List<Block> blocks = PlanSources.read("plan.xlsx", HostileFiles.styledEmptyCellsToXfd());

		assertThat(blocks).hasSize(1);
		assertThat(((Block.Table) blocks.get(0)).rows()).extracting(Row::cells)
			.containsExactly(List.of("№", "Іс-шара атауы", "Мерзімі"), List.of("1", "Тазалау", "12 қазан"),
					List.of("2", "Ағаш отырғызу", "20 қазан"));
	}

	@Test
	void textInColumnXfdIsTooLarge() {
		assertReason("plan.xlsx", HostileFiles.textInColumnXfd(), Reason.TOO_LARGE);
	}

	@Test
	void thousandsOfMergedRegionsAreTooLarge() {
		assertReason("plan.xlsx", HostileFiles.thousandsOfMergedRegions(), Reason.TOO_LARGE);
	}

	@Test
	void aZipBombIsTooLarge() {
		assertReason("plan.xlsx", HostileFiles.zipBomb(), Reason.TOO_LARGE);
	}

	@Test
	void aPartUnpackingPastTheLimitIsTooLarge() {
		byte[] file = HostileFiles.inflatesPastTheEntryLimit();

		assertThat(file.length).isLessThan(PlanSources.MAX_BYTES);
		assertReason("plan.docx", file, Reason.TOO_LARGE);
	}

	@Test
	void aMillionEmptyParagraphsAreTooLarge() {
		assertReason("plan.docx", HostileFiles.hugeNumberOfParagraphs(), Reason.TOO_LARGE);
	}

	@Test
	void aPasswordProtectedWorkbookIsEncrypted() {
		assertReason("plan.xlsx", HostileFiles.passwordProtected(), Reason.ENCRYPTED);
	}

	@Test
	void aProgramNamedAsAWordDocumentIsCorrupt() {
		assertReason("plan.docx", HostileFiles.program(), Reason.CORRUPT);
	}

	@Test
	void aTruncatedWorkbookIsCorrupt() {
		assertReason("plan.xlsx", HostileFiles.truncated(PlanDocuments.xlsx(HostileFiles.seed())), Reason.CORRUPT);
	}

	@Test
	void aCsvWithAHugeLineIsReadWithinBounds() throws PlanFileException {
		List<Block> blocks = PlanSources.read("plan.csv", HostileFiles.hugeCsvLine());

		assertThat(blocks).last()
			.isInstanceOfSatisfying(Block.Table.class, (table) -> assertThat(table.rows()).extracting(Row::cells)
				.contains(List.of("1", "Тазалау", "12 қазан")));
	}

	private static void assertReason(String fileName, byte[] content, Reason reason) {
		assertThatExceptionOfType(PlanFileException.class).isThrownBy(() -> PlanSources.read(fileName, content))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

}
