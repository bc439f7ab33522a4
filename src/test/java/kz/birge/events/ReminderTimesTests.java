package kz.birge.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kz.birge.events.ReminderTimes.Occasion;
import kz.birge.events.ReminderTimes.Verdict;
import kz.birge.signup.Registrations.Reminder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * When reminders fall due and whether one goes out, with the default settings (18:00 the
 * day before, 2 hours before or 08:00 on the day, quiet from 21:00 to 08:00) in Almaty.
 */
class ReminderTimesTests {

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	private static final LocalDate DAY = LocalDate.of(2026, 12, 12);

	private static final ReminderProperties DEFAULTS = new ReminderProperties(LocalTime.of(18, 0), LocalTime.of(8, 0),
			Duration.ofHours(2), "21:00-08:00");

	private static final Instant LONG_BEFORE = at(DAY.minusDays(10), "12:00");

	private final ReminderTimes times = new ReminderTimes(DEFAULTS, ALMATY);

	private static Instant at(LocalDate day, String time) {
		return LocalDateTime.of(day, LocalTime.parse(time)).atZone(ALMATY).toInstant();
	}

	/** A one-off with a time, two hours long. */
	private static Occasion timed(LocalDate day, String time) {
		Instant start = at(day, time);
		return new Occasion(start, start.plus(Duration.ofHours(2)), false, false);
	}

	/** Whole days, from the first to the last. */
	private static Occasion days(LocalDate first, LocalDate last) {
		return new Occasion(first.atStartOfDay(ALMATY).toInstant(), last.plusDays(1).atStartOfDay(ALMATY).toInstant(),
				true, false);
	}

	private Verdict verdict(Reminder reminder, Occasion occasion, Instant signedUpAt, Instant now) {
		return this.times.verdict(reminder, occasion, signedUpAt, now);
	}

	@Test
	void aTimedActivityIsRemindedOfAt18TheDayBeforeAndTwoHoursBeforeItsStart() {
		Occasion at15 = timed(DAY, "15:00");
		assertThat(this.times.due(Reminder.DAY_BEFORE, at15)).isEqualTo(at(DAY.minusDays(1), "18:00"));
		assertThat(this.times.due(Reminder.SOON, at15)).isEqualTo(at(DAY, "13:00"));

		assertThat(verdict(Reminder.DAY_BEFORE, at15, LONG_BEFORE, at(DAY.minusDays(1), "17:59")))
			.isEqualTo(Verdict.WAIT);
		assertThat(verdict(Reminder.DAY_BEFORE, at15, LONG_BEFORE, at(DAY.minusDays(1), "18:00")))
			.isEqualTo(Verdict.SEND);
		assertThat(verdict(Reminder.SOON, at15, LONG_BEFORE, at(DAY, "12:59"))).isEqualTo(Verdict.WAIT);
		assertThat(verdict(Reminder.SOON, at15, LONG_BEFORE, at(DAY, "13:00"))).isEqualTo(Verdict.SEND);
		assertThat(this.times.onTheDay(at15, at(DAY.minusDays(1), "18:00"))).isFalse();
	}

	@Test
	void anAllDayActivityIsRemindedOfAt18TheDayBeforeAndAt08OnItsDay() {
		Occasion allDay = days(DAY, DAY);
		assertThat(this.times.due(Reminder.DAY_BEFORE, allDay)).isEqualTo(at(DAY.minusDays(1), "18:00"));
		assertThat(this.times.due(Reminder.SOON, allDay)).isEqualTo(at(DAY, "08:00"));
		assertThat(verdict(Reminder.SOON, allDay, LONG_BEFORE, at(DAY, "07:59"))).isEqualTo(Verdict.WAIT);
		assertThat(verdict(Reminder.SOON, allDay, LONG_BEFORE, at(DAY, "08:00"))).isEqualTo(Verdict.SEND);
		assertThat(this.times.onTheDay(allDay, at(DAY, "08:00"))).isTrue();
	}

	@Test
	void theDayBeforeReminderIsNotSentOnceTheMorningOneIsDue() {
		Occasion allDay = days(DAY, DAY);
		assertThat(verdict(Reminder.DAY_BEFORE, allDay, LONG_BEFORE, at(DAY, "08:00"))).isEqualTo(Verdict.SKIP);
		Occasion at09 = timed(DAY, "09:00");
		assertThat(verdict(Reminder.DAY_BEFORE, at09, LONG_BEFORE, at(DAY, "08:00"))).isEqualTo(Verdict.SKIP);
		assertThat(verdict(Reminder.SOON, at09, LONG_BEFORE, at(DAY, "08:00"))).isEqualTo(Verdict.SEND);
	}

	@Test
	void aSpanIsRemindedOfBeforeItsFirstDayAndNotToThoseWhoJoinWhileItRuns() {
		Occasion challenge = days(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6));
		assertThat(this.times.due(Reminder.DAY_BEFORE, challenge)).isEqualTo(at(LocalDate.of(2026, 11, 29), "18:00"));
		assertThat(this.times.due(Reminder.SOON, challenge)).isEqualTo(at(LocalDate.of(2026, 11, 30), "08:00"));
		Instant fourthDay = at(LocalDate.of(2026, 12, 3), "14:00");
		assertThat(verdict(Reminder.DAY_BEFORE, challenge, fourthDay, fourthDay)).isEqualTo(Verdict.SKIP);
		assertThat(verdict(Reminder.SOON, challenge, fourthDay, fourthDay)).isEqualTo(Verdict.SKIP);
	}

	@Test
	void aDeadlineIsRemindedOfBeforeTheDayItIsDueBy() {
		Occasion byFirstApril = new Occasion(LocalDate.of(2027, 1, 1).atStartOfDay(ALMATY).toInstant(),
				LocalDate.of(2027, 4, 2).atStartOfDay(ALMATY).toInstant(), true, true);
		assertThat(this.times.due(Reminder.DAY_BEFORE, byFirstApril)).isEqualTo(at(LocalDate.of(2027, 3, 31), "18:00"));
		assertThat(this.times.due(Reminder.SOON, byFirstApril)).isEqualTo(at(LocalDate.of(2027, 4, 1), "08:00"));
	}

	@Test
	void aLateSignUpForATimedActivityGetsTheDayBeforeReminderWhenQuietHoursEnd() {
		Occasion at15 = timed(DAY, "15:00");
		Instant lateEvening = at(DAY.minusDays(1), "22:30");
		assertThat(verdict(Reminder.DAY_BEFORE, at15, lateEvening, lateEvening)).isEqualTo(Verdict.WAIT);
		assertThat(verdict(Reminder.DAY_BEFORE, at15, lateEvening, at(DAY, "03:00"))).isEqualTo(Verdict.WAIT);
		assertThat(verdict(Reminder.DAY_BEFORE, at15, lateEvening, at(DAY, "08:00"))).isEqualTo(Verdict.SEND);
		assertThat(this.times.onTheDay(at15, at(DAY, "08:00"))).isTrue();
		assertThat(verdict(Reminder.SOON, at15, lateEvening, at(DAY, "13:00"))).isEqualTo(Verdict.SEND);
	}

	@Test
	void aLateSignUpForAnAllDayActivityGetsOnlyTheMorningReminder() {
		Occasion allDay = days(DAY, DAY);
		Instant lateEvening = at(DAY.minusDays(1), "22:30");
		assertThat(verdict(Reminder.DAY_BEFORE, allDay, lateEvening, lateEvening)).isNotEqualTo(Verdict.SEND);
		assertThat(verdict(Reminder.DAY_BEFORE, allDay, lateEvening, at(DAY, "08:00"))).isEqualTo(Verdict.SKIP);
		assertThat(verdict(Reminder.SOON, allDay, lateEvening, at(DAY, "07:59"))).isEqualTo(Verdict.WAIT);
		assertThat(verdict(Reminder.SOON, allDay, lateEvening, at(DAY, "08:00"))).isEqualTo(Verdict.SEND);
	}

	@Test
	void aReminderDueInQuietHoursIsSkippedWhenTheActivityStartsBeforeTheyEnd() {
		Occasion at07 = timed(DAY, "07:00");
		Instant lateEvening = at(DAY.minusDays(1), "22:30");
		assertThat(verdict(Reminder.DAY_BEFORE, at07, lateEvening, lateEvening)).isEqualTo(Verdict.SKIP);
		assertThat(verdict(Reminder.SOON, at07, LONG_BEFORE, at(DAY, "05:00"))).isEqualTo(Verdict.SKIP);
		assertThat(verdict(Reminder.SOON, at07, LONG_BEFORE, at(DAY, "07:00"))).isEqualTo(Verdict.SKIP);
	}

	@Test
	void aSoonReminderDueInQuietHoursGoesWhenTheyEndIfTheActivityHasNotStarted() {
		Occasion at0830 = timed(DAY, "08:30");
		assertThat(verdict(Reminder.SOON, at0830, LONG_BEFORE, at(DAY, "06:30"))).isEqualTo(Verdict.WAIT);
		assertThat(verdict(Reminder.SOON, at0830, LONG_BEFORE, at(DAY, "08:00"))).isEqualTo(Verdict.SEND);
		assertThat(verdict(Reminder.SOON, at0830, LONG_BEFORE, at(DAY, "08:30"))).isEqualTo(Verdict.SKIP);
	}

	@Test
	void aSignUpOnTheActivitysDayGetsNoDayBeforeReminder() {
		Occasion at15 = timed(DAY, "15:00");
		Instant morning = at(DAY, "10:00");
		assertThat(verdict(Reminder.DAY_BEFORE, at15, morning, morning)).isEqualTo(Verdict.SKIP);
		assertThat(verdict(Reminder.SOON, at15, morning, at(DAY, "13:00"))).isEqualTo(Verdict.SEND);
	}

	@Test
	void noReminderIsEverSentInQuietHoursNorAfterTheActivityStarted() {
		List<Occasion> occasions = List.of(timed(DAY, "00:30"), timed(DAY, "07:00"), timed(DAY, "08:30"),
				timed(DAY, "15:00"), timed(DAY, "22:00"), timed(DAY, "23:30"), days(DAY, DAY),
				days(DAY, DAY.plusDays(6)));
		List<Instant> signUps = new ArrayList<>(List.of(LONG_BEFORE));
		for (Instant t = at(DAY.minusDays(1), "12:00"); t.isBefore(at(DAY, "23:00")); t = t.plus(Duration.ofHours(1))) {
			signUps.add(t.plus(Duration.ofMinutes(30)));
		}
		int sent = 0;
		for (Occasion occasion : occasions) {
			Instant over = occasion.allDay() ? DAY.plusDays(1).atStartOfDay(ALMATY).toInstant() : occasion.start();
			for (Instant signedUpAt : signUps) {
				for (Instant now = at(DAY.minusDays(2), "00:00"); now
					.isBefore(at(DAY.plusDays(2), "00:00")); now = now.plus(Duration.ofMinutes(15))) {
					for (Reminder reminder : Reminder.values()) {
						if (!now.isBefore(signedUpAt) && verdict(reminder, occasion, signedUpAt, now) == Verdict.SEND) {
							sent++;
							LocalTime local = now.atZone(ALMATY).toLocalTime();
							assertThat(local).as("%s of %s at %s", reminder, occasion, now)
								.isBetween(LocalTime.of(8, 0), LocalTime.of(20, 59));
							assertThat(now).as("%s of %s", reminder, occasion).isBefore(over);
						}
					}
				}
			}
		}
		assertThat(sent).isPositive();
	}

	@Test
	void theHoursAreSettings() {
		ReminderTimes later = new ReminderTimes(
				new ReminderProperties(LocalTime.of(19, 30), LocalTime.of(9, 0), Duration.ofHours(3), "22:00-07:30"),
				ALMATY);
		Occasion at15 = timed(DAY, "15:00");
		assertThat(later.due(Reminder.DAY_BEFORE, at15)).isEqualTo(at(DAY.minusDays(1), "19:30"));
		assertThat(later.due(Reminder.SOON, at15)).isEqualTo(at(DAY, "12:00"));
		assertThat(later.due(Reminder.SOON, days(DAY, DAY))).isEqualTo(at(DAY, "09:00"));
		assertThat(later.quiet(at(DAY, "21:59"))).isFalse();
		assertThat(later.quiet(at(DAY, "22:00"))).isTrue();
		assertThat(later.quietEnds(at(DAY, "23:00"))).isEqualTo(at(DAY.plusDays(1), "07:30"));
		assertThat(later.quiet(at(DAY, "07:30"))).isFalse();
	}

	@Test
	void quietHoursReadAsARangeOfTwoTimes() {
		assertThat(ReminderProperties.QuietHours.parse("21:00-08:00"))
			.isEqualTo(new ReminderProperties.QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)));
		assertThat(ReminderProperties.QuietHours.parse(" 22:30 – 07:00 "))
			.isEqualTo(new ReminderProperties.QuietHours(LocalTime.of(22, 30), LocalTime.of(7, 0)));
		assertThat(ReminderProperties.QuietHours.parse("00:00-00:00").contain(LocalTime.of(23, 0))).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> ReminderProperties.QuietHours.parse("21-8"));
		assertThatIllegalArgumentException().isThrownBy(() -> ReminderProperties.QuietHours.parse("from nine"));
	}

}
