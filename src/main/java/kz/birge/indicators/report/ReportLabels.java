package kz.birge.indicators.report;

/**
 * The words of the report files (sheet names, column headers, summary captions, the
 * chart's axis label) in the reader's language. A function, so that callers can pass
 * their message bundle, for example {@code key -> messages.get(locale, key)}.
 * <p>
 * Keys used: {@code report.sheet.summary}, {@code report.sheet.occurrences},
 * {@code report.sheet.by-fraction}, {@code report.sheet.by-month},
 * {@code report.sheet.by-branch}; {@code report.column.date}, {@code .activity},
 * {@code .place}, {@code .fraction}, {@code .participants}, {@code .evidence},
 * {@code .group}, {@code .occurrences}, {@code .indicator}, {@code .unit},
 * {@code .total}, {@code .target}, {@code .share} (all under {@code report.column.});
 * {@code report.summary.campaign}, {@code .organisation}, {@code .period},
 * {@code .participants}, {@code .unique}, {@code .classes}, {@code .schools} (all under
 * {@code report.summary.}); {@code report.chart.participants}.
 */
@FunctionalInterface
public interface ReportLabels {

	/**
	 * The text for a key.
	 * @param key the message key, such as {@code report.sheet.summary}
	 * @return the text in the reader's language; a {@code null} or blank answer is
	 * replaced by the key itself
	 */
	String get(String key);

}
