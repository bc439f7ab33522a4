package kz.birge.planimport.source;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.birge.planimport.source.PlanFileException.Reason;

/**
 * Turns a plan file (.txt, .tsv, .csv, .xlsx or .docx) into a neutral list of
 * {@link Block blocks}, in document order, for the interpreter to make sense of.
 */
public final class PlanSources {

	/** The largest file read: 5 MB. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The most rows and paragraphs a file may hold. */
	public static final int MAX_ROWS = 50_000;

	private static final Map<String, PlanFormat> FORMATS = Map.of("txt", new TextFormat(), "tsv", new TextFormat(),
			"csv", new CsvFormat(), "xlsx", new XlsxFormat(), "docx", new DocxFormat());

	private PlanSources() {
	}

	/**
	 * Reads a plan file by its name's extension (case-insensitive).
	 * @throws PlanFileException for an unknown type, an empty, too large, corrupt or
	 * unreadable file
	 */
	public static List<Block> read(String fileName, byte[] content) throws PlanFileException {
		PlanFormat format = format(fileName);
		if (format == null) {
			throw new PlanFileException(Reason.UNSUPPORTED_TYPE, "Not a plan file type: " + fileName);
		}
		if (content == null || content.length == 0) {
			throw new PlanFileException(Reason.EMPTY, "Empty file: " + fileName);
		}
		if (content.length > MAX_BYTES) {
			throw new PlanFileException(Reason.TOO_LARGE, fileName + " has " + content.length + " bytes");
		}
		List<Block> blocks = format.read(content);
		if (blocks.isEmpty()) {
			throw new PlanFileException(Reason.EMPTY, "No text in " + fileName);
		}
		return blocks;
	}

	/** Whether {@link #read} knows the file's type by its extension. */
	public static boolean supported(String fileName) {
		return format(fileName) != null;
	}

	private static PlanFormat format(String fileName) {
		int dot = (fileName != null) ? fileName.lastIndexOf('.') : -1;
		return (dot < 0) ? null : FORMATS.get(fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT));
	}

}
