package kz.birge.planimport;

import kz.birge.planimport.source.PlanFileException;
import kz.birge.planimport.source.PlanSources;

/**
 * The one entry point from a file to a plan: .docx, .xlsx, .csv, .tsv or .txt in, a plan
 * and its warnings out.
 */
public final class PlanReader {

	private PlanReader() {
	}

	public static ReadPlan read(String fileName, byte[] content) throws PlanFileException {
		return PlanInterpreter.interpret(PlanSources.read(fileName, content));
	}

}
