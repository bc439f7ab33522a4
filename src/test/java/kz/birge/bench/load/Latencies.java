package kz.birge.bench.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Times from an update to its answer, in nanoseconds, and their percentiles. */
final class Latencies {

	private long[] values = new long[1 << 14];

	private int size;

	synchronized void add(long nanos) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.values[this.size++] = nanos;
	}

	synchronized int count() {
		return this.size;
	}

	/** The count, p50, p99 and max in milliseconds. */
	synchronized Map<String, Object> summary() {
		long[] sorted = Arrays.copyOf(this.values, this.size);
		Arrays.sort(sorted);
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("count", this.size);
		summary.put("p50Ms", millis(percentile(sorted, 0.50)));
		summary.put("p99Ms", millis(percentile(sorted, 0.99)));
		summary.put("maxMs", millis((sorted.length > 0) ? sorted[sorted.length - 1] : 0));
		return summary;
	}

	private static long percentile(long[] sorted, double share) {
		if (sorted.length == 0) {
			return 0;
		}
		int at = (int) Math.ceil(share * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
	}

	static double millis(long nanos) {
		return Math.round(nanos / 10_000.0) / 100.0;
	}

}
