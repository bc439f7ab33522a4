package kz.birge.planimport;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.birge.planimport.dates.DateGrammar;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.TimeOfDay;

/**
 * Reads a cell of a time column: "10:00", "14.00", "14:00-16:00", "с 10:00 до 12:00",
 * "сағат 15-те", or a phrase that means the whole day ("в течение дня", "күні бойы"). In
 * a time column a clock written with a dot ("10.05") is a time, never a date.
 */
final class TimeCell {

	private static final Pattern CLOCK = Pattern.compile("(?<![\\d.:])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?![\\d])");

	/**
	 * What may stand between the two clocks of a range: "-", "–", "до", "-ден ... -ге
	 * дейін".
	 */
	private static final Pattern RANGE = Pattern
		.compile("[\\s\\-–—‒−]*(?:[дт][еа]н)?[\\s\\-–—‒−]*(?:до|по|to)?[\\s\\-–—‒−]*", Pattern.UNICODE_CASE);

	private static final Pattern ALL_DAY = Pattern.compile(
			"в\\s+течени[еи]\\s+(?:всего\\s+)?дня|(?:весь|целый)\\s+день|күн(?:і|)\\s+бойы|тәулік\\s+бойы"
					+ "|бір\\s+күн\\s+ішінде|all\\s+day|during\\s+the\\s+day|круглосуточно",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern NOTHING = Pattern.compile("[\\s\\-–—.]*");

	private TimeCell() {
	}

	/** What a time cell says. */
	enum Kind {

		/** Nothing: an empty cell or a dash. */
		BLANK,
		/** A time of day. */
		TIME,
		/** The whole day. */
		ALL_DAY,
		/** Words that are no time. */
		NOT_UNDERSTOOD

	}

	/**
	 * A cell read.
	 *
	 * @param kind what it says
	 * @param time the time, for {@link Kind#TIME}
	 */
	record Reading(Kind kind, Optional<TimeOfDay> time) {

		/** Whether the cell reads as a time column's cell: a time or the whole day. */
		boolean isTime() {
			return this.kind == Kind.TIME || this.kind == Kind.ALL_DAY;
		}

	}

	static Reading read(String cell, PlanPeriod period) {
		String text = (cell != null) ? cell.strip().toLowerCase(Locale.ROOT).replace('ё', 'е') : "";
		if (NOTHING.matcher(text).matches()) {
			return new Reading(Kind.BLANK, Optional.empty());
		}
		Matcher clock = CLOCK.matcher(text);
		if (clock.find()) {
			LocalTime start = LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)));
			int end = clock.end();
			if (clock.find() && RANGE.matcher(text.substring(end, clock.start())).matches()) {
				LocalTime until = LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)));
				return new Reading(Kind.TIME, Optional.of(TimeOfDay.between(start, until)));
			}
			return new Reading(Kind.TIME, Optional.of(TimeOfDay.at(start)));
		}
		if (ALL_DAY.matcher(text).find()) {
			return new Reading(Kind.ALL_DAY, Optional.empty());
		}
		Optional<TimeOfDay> hour = DateGrammar.parse(cell, period).time();
		return hour.map((time) -> new Reading(Kind.TIME, Optional.of(time)))
			.orElseGet(() -> new Reading(Kind.NOT_UNDERSTOOD, Optional.empty()));
	}

}
