package kz.birge.indicators.report;

import java.util.List;

/**
 * The files a campaign report is sent as: an Excel workbook with one sheet per view, and
 * a PNG bar chart of participants per group. All words come from {@link ReportLabels};
 * the data's own labels are written as given.
 */
public final class ReportFiles {

	private ReportFiles() {
	}

	/**
	 * The report as an {@code .xlsx} workbook, one sheet per view, in this order:
	 * <ul>
	 * <li>Summary: campaign, organisation, period (first and last day as date cells),
	 * participants, unique participants, classes and schools covered; then a table of
	 * indicators with unit, total, target and the share reached as a percentage
	 * cell.</li>
	 * <li>Occurrences: date (dd.mm.yyyy date cell), activity, place, fraction,
	 * participants, one numeric column per metric header, evidence links one per line (a
	 * single web link is also a hyperlink).</li>
	 * <li>By fraction, By month, By branch: group, occurrences, participants, one numeric
	 * column per metric header.</li>
	 * </ul>
	 * Table sheets have a bold, frozen header row with filter buttons; numbers are
	 * numeric cells and a value not recorded is an empty cell. A view with no rows still
	 * gets its sheet and header. Sheet names are made valid for Excel (at most 31
	 * characters, none of {@code []:*?/\}) and unique.
	 * @param data what the report shows
	 * @param labels sheet names, headers and captions in the reader's language
	 * @return the workbook's bytes
	 */
	public static byte[] xlsx(ReportData data, ReportLabels labels) {
		return ReportWorkbook.write(data, labels);
	}

	/**
	 * A 1000×600 PNG bar chart of participants per group, with each bar's count at its
	 * end, in DejaVu Sans (the JDK's SansSerif where that is missing). Labels longer than
	 * 40 characters are cut with an ellipsis; the bars stand upright with their labels
	 * wrapped underneath while the labels fit, and lie horizontally with the labels at
	 * their left when there are too many or too long to fit, so labels are always level
	 * and whole. No groups gives a chart with its title and axes only.
	 * @param title the chart's title; {@code null} for none
	 * @param groups the bars, for example {@link ReportData#byFraction()} or
	 * {@link ReportData#byMonth()}
	 * @param labels provides {@code report.chart.participants}, the value axis label
	 * @return the PNG's bytes
	 */
	public static byte[] participantsChart(String title, List<ReportData.Group> groups, ReportLabels labels) {
		return ParticipantsChart.png(title, groups, labels);
	}

	/**
	 * The plan handed back with what was done, as a {@code .docx}: A4 landscape, Times
	 * New Roman, the title block, the plan's table with its headings and the execution
	 * column, then the closing table of indicators. Every word is the report's own.
	 * @param report what the document says, already in the plan's language
	 * @return the document's bytes
	 */
	public static byte[] planDocx(PlanReport report) {
		return PlanDocument.write(report);
	}

}
