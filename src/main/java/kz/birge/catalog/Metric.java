package kz.birge.catalog;

import java.math.BigDecimal;

/**
 * What a plan counts. Known metrics have a unit and a name in messages/ ("metric.KEY");
 * anything else is {@link #CUSTOM} and keeps the label the plan gave it. Each has a
 * ceiling above which a typed value is taken for a slip of the finger.
 */
public enum Metric {

	PARTICIPANTS("people", 1_000_000), LITTER_COLLECTED("tonnes", 10_000), TREES_PLANTED("pieces", 1_000_000),
	BIRD_HOUSES("pieces", 100_000), SCHOOLS_COVERED("schools", 10_000), INSTITUTIONS_COVERED("institutions", 10_000),
	ECO_LESSONS("lessons", 100_000), PUBLICATIONS("publications", 1_000_000), AREA_CLEANED("hectares", 1_000_000),
	CUSTOM("", 10_000_000);

	private final String unit;

	private final BigDecimal ceiling;

	Metric(String unit, long ceiling) {
		this.unit = unit;
		this.ceiling = BigDecimal.valueOf(ceiling);
	}

	/** The unit's message key suffix ("unit.tonnes"); empty for a custom metric. */
	public String unit() {
		return this.unit;
	}

	/** The largest value that makes sense for one occurrence. */
	public BigDecimal ceiling() {
		return this.ceiling;
	}

}
