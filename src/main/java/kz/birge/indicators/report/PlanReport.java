package kz.birge.indicators.report;

import java.util.List;
import java.util.Objects;

/**
 * A plan handed back with what was done: its title block, its table row for row with the
 * execution column, and the closing table of indicators. Every text arrives already in
 * the plan's language; the writer only lays it out.
 *
 * @param lines the title block, one paragraph each: organisation, campaign title with
 * "есебі", period, report date
 * @param headers the table's column headers, the execution column last
 * @param rows the plan's rows and headings, in the plan's order
 * @param closingTitle the caption above the closing table
 * @param closingHeaders the closing table's column headers
 * @param closing the closing table's rows, each aligned with {@code closingHeaders}
 */
public record PlanReport(List<String> lines, List<String> headers, List<Row> rows, String closingTitle,
		List<String> closingHeaders, List<List<String>> closing) {

	/**
	 * Copies the lists and checks that every line has a cell per header.
	 */
	public PlanReport {
		lines = List.copyOf(lines);
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
		Objects.requireNonNull(closingTitle, "closingTitle");
		closingHeaders = List.copyOf(closingHeaders);
		closing = closing.stream().map(List::copyOf).toList();
		for (Row row : rows) {
			if (row instanceof Line line && line.cells().size() != headers.size()) {
				throw new IllegalArgumentException(
						"A row has " + line.cells().size() + " cells for " + headers.size() + " headers");
			}
		}
	}

	/** A row of the plan's table: a heading or a line. */
	public sealed interface Row permits Heading, Line {

	}

	/**
	 * A heading across the table, as the plan had it: a fraction, a project.
	 *
	 * @param text the heading
	 */
	public record Heading(String text) implements Row {

	}

	/**
	 * One row of the plan with what was done. A cell holds one paragraph per element.
	 *
	 * @param cells the cells, aligned with {@link PlanReport#headers()}
	 */
	public record Line(List<List<String>> cells) implements Row {

		/**
		 * Copies the cells.
		 */
		public Line {
			cells = cells.stream().map(List::copyOf).toList();
		}

	}

}
