package kz.birge.planimport;

import java.util.Map;

import kz.birge.planimport.source.PlanFileException;
import kz.birge.planimport.source.PlanSources;

/**
 * The one entry point from a file to a plan: .docx, .xlsx, .csv, .tsv or .txt in, a plan
 * and its warnings out.
 */
public final class PlanReader {

	private PlanReader() {
	}

	/** Reads the plan in a file. */
	public static ReadPlan read(String fileName, byte[] content) throws PlanFileException {
		return PlanInterpreter.interpret(PlanSources.read(fileName, content));
	}

	/**
	 * Reads a plan with the meanings a coordinator chose for its table's columns (by
	 * index), and tells how the columns of its tables were read.
	 */
	static PlanReading read(String fileName, byte[] content, Map<Integer, ColumnMeaning> chosen)
			throws PlanFileException {
		return PlanInterpreter.interpret(PlanSources.read(fileName, content), chosen);
	}

}
