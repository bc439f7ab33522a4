package kz.birge.indicators;

/**
 * What a plan counts. Known metrics have a unit and a name in messages/ ("metric.KEY",
 * "unit.KEY"); anything else is {@link #CUSTOM} and keeps the label the plan gave it.
 */
public enum Metric {

	PARTICIPANTS("people"), LITTER_COLLECTED("tonnes"), TREES_PLANTED("pieces"), BIRD_HOUSES("pieces"),
	SCHOOLS_COVERED("schools"), INSTITUTIONS_COVERED("institutions"), ECO_LESSONS("lessons"),
	PUBLICATIONS("publications"), AREA_CLEANED("hectares"), CUSTOM("");

	private final String unit;

	Metric(String unit) {
		this.unit = unit;
	}

	/** The unit's message key suffix ("unit.tonnes"); empty for a custom metric. */
	public String unit() {
		return this.unit;
	}

}
