/**
 * The report's files: the .xlsx workbook (Apache POI) and the participants chart
 * (JFreeChart).
 */
package kz.birge.indicators.report;
