/**
 * Indicators: values a teacher records, counters kept as attendance and values change,
 * recount against the raw records, targets, and the coordinator's reports in chat.
 */
package kz.birge.indicators;
