package kz.birge.catalog;

/**
 * Grades {@code from} to {@code to}, both included: "5-9 сыныптар" is 5..9, "7-сынып" is
 * 7..7.
 */
public record GradeRange(int from, int to) {

	public GradeRange {
		if (from < 1 || to > 12 || from > to) {
			throw new IllegalArgumentException("Not a grade range: " + from + "-" + to);
		}
	}

	public boolean contains(int grade) {
		return grade >= this.from && grade <= this.to;
	}

	public boolean single() {
		return this.from == this.to;
	}

	/** "7" or "5–9", with the dash people print. */
	public String label() {
		return single() ? String.valueOf(this.from) : this.from + "–" + this.to;
	}

	@Override
	public String toString() {
		return (this.from == this.to) ? String.valueOf(this.from) : this.from + "-" + this.to;
	}

}
