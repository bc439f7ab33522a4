package kz.birge.planimport.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one part of a plan's date cell says; {@link Occurrences} turns it into concrete
 * spans.
 */
public sealed interface Schedule {

	/**
	 * Given days: "19 наурыз", "27 наурыз, 28 наурыз", "15.12. 2023ж.", "12 декабря 2026
	 * г.".
	 */
	record OnDays(List<LocalDate> days) implements Schedule {

		public OnDays {
			days = List.copyOf(days);
			if (days.isEmpty()) {
				throw new IllegalArgumentException("No days");
			}
		}

		public static OnDays of(LocalDate... days) {
			return new OnDays(List.of(days));
		}

	}

	/**
	 * Every day from one date to another, both included: "29 наурыз – 5 сәуір",
	 * "01-15.09. 2023ж", "15-20 апреля"; a month or span of months: "Сәуір",
	 * "Наурыз-мамыр".
	 */
	record Between(LocalDate from, LocalDate to) implements Schedule {

		public Between {
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(to, "to");
			if (to.isBefore(from)) {
				throw new IllegalArgumentException("Range ends before it starts: " + from + " – " + to);
			}
		}

	}

	/** A deadline: "10 сәуірге дейін", "25.07.11 ж. дейін", "до 20 января". */
	record By(LocalDate deadline) implements Schedule {

		public By {
			Objects.requireNonNull(deadline, "deadline");
		}

	}

	/** From a date to the end of the plan: "01.08.11 ж. бастап", "с 1 сентября". */
	record From(LocalDate start) implements Schedule {

		public From {
			Objects.requireNonNull(start, "start");
		}

	}

	/**
	 * A repetition, {@code times} times in each week, month or quarter: "Айына бір рет",
	 * "Аптасына 2 рет", "Токсанына 1 рет", "ежемесячно"; weekly on a given day: "әр апта
	 * сайын бейсенбіде", "каждый четверг". It runs through the plan's period, or within
	 * the dates its own part of the cell gives: "Қазан-желтоқсан айлары аптасына 1 рет",
	 * "каждый четверг до 25 декабря".
	 *
	 * @param within the dates it runs within, when the cell bounds it
	 */
	record Every(Frequency frequency, Optional<DayOfWeek> day, int times,
			Optional<Between> within) implements Schedule {

		public Every {
			Objects.requireNonNull(frequency, "frequency");
			Objects.requireNonNull(day, "day");
			Objects.requireNonNull(within, "within");
			if (times < 1) {
				throw new IllegalArgumentException("Times must be at least 1: " + times);
			}
			if (day.isPresent() && frequency != Frequency.WEEKLY) {
				throw new IllegalArgumentException("A day of the week needs a weekly frequency");
			}
		}

		/** Through the plan's period. */
		public Every(Frequency frequency, Optional<DayOfWeek> day, int times) {
			this(frequency, day, times, Optional.empty());
		}

		/** Once in each week, month or quarter, or weekly on the given day. */
		public Every(Frequency frequency, Optional<DayOfWeek> day) {
			this(frequency, day, 1);
		}

		/** Once in each week, month or quarter. */
		public Every(Frequency frequency) {
			this(frequency, Optional.empty(), 1);
		}

		/** Weekly on the given day. */
		public static Every weeklyOn(DayOfWeek day) {
			return new Every(Frequency.WEEKLY, Optional.of(day));
		}

		/** The same repetition within the given dates. */
		public Every within(Between dates) {
			return new Every(this.frequency, this.day, this.times, Optional.of(dates));
		}

	}

	/** The whole plan period: "акция өткізу мезгілінде", "жыл бойы", "в течение года". */
	record WholePeriod() implements Schedule {
	}

	/** How often an {@link Every} repeats. */
	enum Frequency {

		WEEKLY, MONTHLY, QUARTERLY

	}

}
