package kz.birge.planimport.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.birge.planimport.source.PlanFileException.Reason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads .csv files: the delimiter is the comma, semicolon or tab that splits the first
 * records most consistently. A record with one non-empty cell is a paragraph, others are
 * rows; blank records are skipped and do not end a table.
 */
final class CsvFormat implements PlanFormat {

	private static final char[] DELIMITERS = { ',', ';', '\t' };

	private static final int SAMPLE = 20;

	@Override
	public List<Block> read(byte[] content) throws PlanFileException {
		String text = Texts.decode(content);
		BlockCollector out = new BlockCollector();
		try (CSVParser parser = CSVParser.parse(text, format(delimiter(text)))) {
			long lastLine = 0;
			for (CSVRecord record : parser) {
				int line = (int) lastLine + 1;
				lastLine = parser.getCurrentLineNumber();
				List<String> filled = record.stream().map(Texts::trim).filter((cell) -> !cell.isEmpty()).toList();
				if (filled.size() == 1) {
					out.paragraph(line, filled.get(0));
				}
				else {
					out.row(line, record.toList());
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new PlanFileException(Reason.CORRUPT, "Unreadable CSV: " + ex.getMessage(), ex);
		}
		return out.blocks();
	}

	/**
	 * The delimiter that splits the most sample records into the same number of cells
	 * (more cells winning a tie); the comma when none splits anything.
	 */
	private static char delimiter(String text) {
		char best = DELIMITERS[0];
		long bestScore = 0;
		for (char delimiter : DELIMITERS) {
			long score = consistency(text, delimiter);
			if (score > bestScore) {
				best = delimiter;
				bestScore = score;
			}
		}
		return best;
	}

	/**
	 * How many sample records share the most common cell count above one, weighted first,
	 * then that count; 0 when no record splits.
	 */
	private static long consistency(String text, char delimiter) {
		Map<Integer, Integer> records = new HashMap<>();
		try (CSVParser parser = CSVParser.parse(text, format(delimiter).builder().setIgnoreEmptyLines(true).get())) {
			int read = 0;
			for (CSVRecord record : parser) {
				if (record.size() > 1) {
					records.merge(record.size(), 1, Integer::sum);
				}
				if (++read == SAMPLE) {
					break;
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// A delimiter that cannot parse the start of the file scores what it read.
		}
		long score = 0;
		for (Map.Entry<Integer, Integer> count : records.entrySet()) {
			score = Math.max(score, count.getValue() * 10_000L + Math.min(count.getKey(), 9_999));
		}
		return score;
	}

	private static CSVFormat format(char delimiter) {
		return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
	}

}
