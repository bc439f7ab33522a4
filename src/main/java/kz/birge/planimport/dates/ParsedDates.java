package kz.birge.planimport.dates;

import java.util.List;
import java.util.Optional;

/**
 * What a date cell says: the schedules understood, in the cell's order, the original text
 * of every part that was not understood (never dropped silently), and the time of day the
 * cell gives, if any.
 *
 * @param schedules the schedules understood
 * @param notUnderstood what was not understood, as written
 * @param time the time of day ("сағат 15:00"), if the cell gives one
 */
public record ParsedDates(List<Schedule> schedules, List<String> notUnderstood, Optional<TimeOfDay> time) {

	public ParsedDates {
		schedules = List.copyOf(schedules);
		notUnderstood = List.copyOf(notUnderstood);
		time = (time != null) ? time : Optional.empty();
	}

	/** Schedules without a time of day. */
	public ParsedDates(List<Schedule> schedules, List<String> notUnderstood) {
		this(schedules, notUnderstood, Optional.empty());
	}

	/**
	 * Whether every part of the cell was understood (an empty cell is: it says nothing).
	 */
	public boolean understood() {
		return this.notUnderstood.isEmpty();
	}

	/** Whether the cell said nothing at all. */
	public boolean isEmpty() {
		return this.schedules.isEmpty() && this.notUnderstood.isEmpty() && this.time.isEmpty();
	}

}
