package kz.birge.planimport.dates;

import java.util.List;

/**
 * What a date cell says: the schedules understood, in the cell's order, and the original
 * text of every part that was not understood (never dropped silently).
 */
public record ParsedDates(List<Schedule> schedules, List<String> notUnderstood) {

	public ParsedDates {
		schedules = List.copyOf(schedules);
		notUnderstood = List.copyOf(notUnderstood);
	}

	/**
	 * Whether every part of the cell was understood (an empty cell is: it says nothing).
	 */
	public boolean understood() {
		return this.notUnderstood.isEmpty();
	}

	/** Whether the cell said nothing at all. */
	public boolean isEmpty() {
		return this.schedules.isEmpty() && this.notUnderstood.isEmpty();
	}

}
