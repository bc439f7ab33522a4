package kz.birge.planimport;

import java.util.List;

/**
 * A plan read from a file, with the columns of its tables as the reader took them.
 *
 * @param read the plan and its warnings
 * @param tables the columns of each table, in order (a table repeated with the same
 * header counts once); empty for a plan written as prose
 */
record PlanReading(ReadPlan read, List<TableColumns> tables) {

	PlanReading {
		tables = List.copyOf(tables);
	}

}
