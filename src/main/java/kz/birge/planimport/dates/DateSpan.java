package kz.birge.planimport.dates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A concrete time span one occurrence covers, in local dates with both ends included. A
 * {@link Kind#DEADLINE} span is the one day something is due by ("by 10 April"), not a
 * day it happens on.
 */
public record DateSpan(LocalDate start, LocalDate end, Kind kind) {

	/** Whether the span is when something happens, or the day it is due by. */
	public enum Kind {

		OCCURRENCE, DEADLINE

	}

	public DateSpan {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(kind, "kind");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("Span ends before it starts: " + start + " – " + end);
		}
	}

	/** An occurrence from start to end. */
	public DateSpan(LocalDate start, LocalDate end) {
		this(start, end, Kind.OCCURRENCE);
	}

	/** An occurrence on one day. */
	public static DateSpan day(LocalDate day) {
		return new DateSpan(day, day);
	}

	/** The day something is due by. */
	public static DateSpan deadline(LocalDate day) {
		return new DateSpan(day, day, Kind.DEADLINE);
	}

	public boolean isDeadline() {
		return this.kind == Kind.DEADLINE;
	}

}
