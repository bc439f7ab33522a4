package kz.birge.planimport.source;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seed's .docx, .xlsx and .csv, built from the rows its text export reads to, read back
 * to the same blocks.
 */
class RoundTripTests {

	static Stream<Arguments> seedsAndFormats() {
		Function<List<Block>, byte[]> docx = PlanDocuments::docx;
		Function<List<Block>, byte[]> xlsx = PlanDocuments::xlsx;
		Function<List<Block>, byte[]> csv = PlanDocuments::csv;
		return Stream.of("000", "001", "004")
			.flatMap((seed) -> Stream.of(Arguments.of(seed, "plan.docx", docx), Arguments.of(seed, "plan.xlsx", xlsx),
					Arguments.of(seed, "PLAN.CSV", csv)));
	}

	@ParameterizedTest(name = "seed {0} as {1}")
	@MethodSource("seedsAndFormats")
	void readsBackTheSameBlocks(String seed, String fileName, Function<List<Block>, byte[]> writer)
			throws PlanFileException {
		List<Block> fromText = Seeds.blocks(seed);

		List<Block> readBack = PlanSources.read(fileName, writer.apply(fromText));

		assertThat(PlanDocuments.withoutLines(readBack)).isEqualTo(PlanDocuments.withoutLines(fromText));
	}

}
