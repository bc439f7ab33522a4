package kz.birge.planimport.source;

import java.util.List;

/** Reads one kind of plan file into blocks. */
interface PlanFormat {

	/**
	 * The blocks of a file, in document order; {@code content} is neither empty nor over
	 * the size limit.
	 */
	List<Block> read(byte[] content) throws PlanFileException;

}
