package kz.birge.planimport;

import java.util.List;
import java.util.Optional;

import kz.birge.planimport.ImportWarning.Kind;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.TimeOfDay;

/**
 * A table's time column, beside its dates: a time gives the activity's occurrences their
 * start (and end, for a range) in place of any time the dates cell gives; "в течение дня"
 * and the like leave them all-day.
 */
final class TimeColumn {

	private TimeColumn() {
	}

	/**
	 * A row's cell of the time column.
	 *
	 * @param text the cell as written
	 * @param header the column's header as written, for warnings
	 */
	record Cell(String text, String header) {
	}

	/** The activity with the time its row's time cell gives; as it was without one. */
	static ActivityDraft apply(ActivityDraft draft, Cell cell, PlanPeriod period, List<ImportWarning> warnings) {
		if (cell == null) {
			return draft;
		}
		TimeCell.Reading reading = TimeCell.read(cell.text(), period);
		Optional<TimeOfDay> time;
		switch (reading.kind()) {
			case TIME -> time = reading.time();
			case ALL_DAY -> time = Optional.empty();
			case NOT_UNDERSTOOD -> {
				warnings.add(new ImportWarning(draft.line(), cell.header(), Kind.DATE_NOT_UNDERSTOOD,
						RawRow.oneLine(cell.text())));
				return draft;
			}
			default -> {
				return draft;
			}
		}
		if (time.isPresent() && draft.schedules().stream().noneMatch(TimeOfDay::fits)) {
			warnings.add(new ImportWarning(draft.line(), cell.header(), Kind.TIME_NOT_PLACED,
					RawRow.oneLine(draft.scheduleText() + " " + cell.text())));
		}
		return new ActivityDraft(draft.line(), draft.number(), draft.fraction(), draft.project(), draft.title(),
				draft.description(), draft.form(), draft.places(), draft.branches(), draft.responsible(),
				draft.partners(), draft.audience(), draft.indicators(), draft.evidence(), draft.scheduleText(),
				draft.schedules(), time, draft.formText());
	}

}
