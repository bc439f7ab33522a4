package kz.birge.catalog;

/**
 * An indicator an activity records: a known metric, or a custom one with the plan's own
 * label.
 *
 * @param metric what is counted
 * @param label the plan's words for it, kept as written
 */
public record IndicatorSpec(Metric metric, String label) {
}
