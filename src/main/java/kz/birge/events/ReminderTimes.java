package kz.birge.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import kz.birge.signup.Registrations.Reminder;

/**
 * When the reminders of an occurrence fall due, and whether one goes out now. Pure: the
 * time is given, nothing is read or sent.
 * <ul>
 * <li>The day-before reminder is due at the evening hour (18:00) of the day before the
 * activity's day, not 24 hours before its start.</li>
 * <li>The "soon" one is due two hours before a timed activity, and at the morning hour
 * (08:00) on the day of an all-day one.</li>
 * <li>The activity's day is the day it starts; a deadline's is the day it is due by; a
 * span of days is reminded of before its first day.</li>
 * <li>Nothing goes out in quiet hours (21:00–08:00). A reminder due in them waits until
 * they end, if it is still of use then; otherwise it is never sent.</li>
 * <li>A reminder is of use until the activity starts; an all-day one until its day ends.
 * The day-before one is of use only until the "soon" one is due (which then says it all),
 * and only to those who signed up before the activity's day.</li>
 * </ul>
 * All of it in the organisation's zone.
 */
final class ReminderTimes {

	private final ReminderProperties settings;

	private final ReminderProperties.QuietHours quiet;

	private final ZoneId zone;

	ReminderTimes(ReminderProperties settings, ZoneId zone) {
		this.settings = settings;
		this.quiet = settings.quiet();
		this.zone = zone;
	}

	/**
	 * What a reminder is about: an occurrence's times.
	 *
	 * @param start when it starts
	 * @param end when it ends (exclusive)
	 * @param allDay whether the plan gave days, not times
	 * @param deadline whether it is due by its last day rather than held from its first
	 */
	record Occasion(Instant start, Instant end, boolean allDay, boolean deadline) {

		/** The moment it happens: a deadline's end, anything else's start. */
		Instant moment() {
			return this.deadline ? this.end : this.start;
		}

	}

	/** What to do with one reminder of one sign-up now. */
	enum Verdict {

		/**
		 * Not yet: it is not due, or it is due in quiet hours and will be of use after.
		 */
		WAIT,
		/** Now. */
		SEND,
		/** Never: it would come too late to be of use. */
		SKIP

	}

	/** The day the activity happens, in the organisation's zone. */
	LocalDate day(Occasion occasion) {
		if (occasion.allDay() && occasion.deadline()) {
			return LocalDate.ofInstant(occasion.end().minusSeconds(1), this.zone);
		}
		return LocalDate.ofInstant(occasion.moment(), this.zone);
	}

	/** When a reminder falls due, before quiet hours are taken into account. */
	Instant due(Reminder reminder, Occasion occasion) {
		LocalDate day = day(occasion);
		if (reminder == Reminder.DAY_BEFORE) {
			return day.minusDays(1).atTime(this.settings.evening()).atZone(this.zone).toInstant();
		}
		if (occasion.allDay()) {
			return day.atTime(this.settings.morning()).atZone(this.zone).toInstant();
		}
		return occasion.moment().minus(this.settings.soon());
	}

	/** Until when a reminder is of use: after this it is never sent. */
	Instant usefulUntil(Reminder reminder, Occasion occasion) {
		if (reminder == Reminder.DAY_BEFORE) {
			return due(Reminder.SOON, occasion);
		}
		if (occasion.allDay()) {
			Instant dayEnds = day(occasion).plusDays(1).atStartOfDay(this.zone).toInstant();
			return occasion.end().isBefore(dayEnds) ? occasion.end() : dayEnds;
		}
		return occasion.moment();
	}

	/**
	 * Whether a reminder may be due for someone now: it is due and still of use, and it
	 * is not quiet hours.
	 */
	boolean open(Reminder reminder, Occasion occasion, Instant now) {
		return !quiet(now) && !now.isBefore(due(reminder, occasion)) && now.isBefore(usefulUntil(reminder, occasion));
	}

	/**
	 * What to do now with one reminder for a person who signed up at {@code signedUpAt}.
	 * A reminder that fell due before they signed up is not sent when it would go at once
	 * (they have just seen the card); one held back by quiet hours still goes when they
	 * end.
	 */
	Verdict verdict(Reminder reminder, Occasion occasion, Instant signedUpAt, Instant now) {
		if (reminder == Reminder.DAY_BEFORE && signedUpAt != null
				&& !signedUpAt.isBefore(day(occasion).atStartOfDay(this.zone).toInstant())) {
			return Verdict.SKIP;
		}
		if (signedUpAt != null && !signedUpAt.isBefore(due(reminder, occasion)) && !quiet(signedUpAt)) {
			// they signed up after it fell due, at an hour it would have gone at once:
			// they
			// have just read the card
			return Verdict.SKIP;
		}
		Instant until = usefulUntil(reminder, occasion);
		if (!now.isBefore(until)) {
			return Verdict.SKIP;
		}
		if (now.isBefore(due(reminder, occasion))) {
			return Verdict.WAIT;
		}
		if (quiet(now)) {
			return quietEnds(now).isBefore(until) ? Verdict.WAIT : Verdict.SKIP;
		}
		return Verdict.SEND;
	}

	/**
	 * Whether a reminder sent now is sent on the activity's day rather than before it.
	 */
	boolean onTheDay(Occasion occasion, Instant now) {
		return !LocalDate.ofInstant(now, this.zone).isBefore(day(occasion));
	}

	/** Whether it is quiet hours now. */
	boolean quiet(Instant now) {
		return this.quiet.contain(now.atZone(this.zone).toLocalTime());
	}

	/** When the quiet hours that hold at {@code now} end. */
	Instant quietEnds(Instant now) {
		ZonedDateTime here = now.atZone(this.zone);
		ZonedDateTime end = here.toLocalDate().atTime(this.quiet.until()).atZone(this.zone);
		return (end.isAfter(here) ? end : end.plusDays(1)).toInstant();
	}

}
