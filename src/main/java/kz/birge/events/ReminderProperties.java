package kz.birge.events;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reminders go out, in the organisation's zone ({@code birge.timezone}).
 *
 * @param evening the hour of the day before at which the day-before reminder goes
 * (BIRGE_REMINDER_EVENING)
 * @param morning the hour at which an all-day activity's reminder goes on its day
 * (BIRGE_REMINDER_MORNING)
 * @param soon how long before a timed activity the "soon" reminder goes
 * (BIRGE_REMINDER_SOON)
 * @param quietHours when nobody is sent a reminder, as "21:00-08:00" (BIRGE_QUIET_HOURS)
 */
@ConfigurationProperties("birge.reminders")
record ReminderProperties(@DefaultValue("18:00") LocalTime evening, @DefaultValue("08:00") LocalTime morning,
		@DefaultValue("2h") Duration soon, @DefaultValue("21:00-08:00") String quietHours) {

	ReminderProperties {
		if (soon.isNegative()) {
			throw new IllegalArgumentException("birge.reminders.soon must not be negative: " + soon);
		}
		QuietHours.parse(quietHours);
	}

	/** The quiet hours, read. */
	QuietHours quiet() {
		return QuietHours.parse(this.quietHours);
	}

	/**
	 * From {@code from} (inclusive) to {@code until} (exclusive), across midnight when
	 * {@code until} is earlier; none when the two are equal.
	 *
	 * @param from when quiet hours begin
	 * @param until when they end
	 */
	record QuietHours(LocalTime from, LocalTime until) {

		/**
		 * Reads "21:00-08:00".
		 * @param text the hours as the setting writes them
		 * @return the quiet hours
		 */
		static QuietHours parse(String text) {
			String[] ends = text.strip().split("\\s*[-–]\\s*");
			try {
				if (ends.length == 2) {
					return new QuietHours(LocalTime.parse(ends[0]), LocalTime.parse(ends[1]));
				}
			}
			catch (DateTimeParseException ex) {
				// said below
			}
			throw new IllegalArgumentException("Quiet hours are written as 21:00-08:00, not \"" + text + "\"");
		}

		boolean contain(LocalTime time) {
			if (this.from.equals(this.until)) {
				return false;
			}
			if (this.from.isBefore(this.until)) {
				return !time.isBefore(this.from) && time.isBefore(this.until);
			}
			return !time.isBefore(this.from) || time.isBefore(this.until);
		}

	}

}
