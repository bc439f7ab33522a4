package kz.birge.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One event for a calendar file.
 * <p>
 * Times are instants (UTC). A timed event runs from {@code start} to {@code end}; a
 * whole-day event ({@code allDay}) gives the start of its first day and the start of the
 * day after its last, both read in {@code zone} (an end inside the last day counts as
 * that whole day).
 *
 * @param uid stable identifier of the occurrence: the same occurrence must always get the
 * same uid, so that adding it again updates the calendar entry instead of duplicating it
 * @param title the summary; must not be blank
 * @param description free text, may be {@code null} or blank (then left out)
 * @param location free text, may be {@code null} or blank (then left out)
 * @param start when the event starts
 * @param end when the event ends, after {@code start}
 * @param allDay whether the event is a whole-day one (dates, no times)
 * @param zone the time zone the event is held in
 * @param url a link to the activity, if any
 */
public record CalendarEvent(String uid, String title, String description, String location, Instant start, Instant end,
		boolean allDay, ZoneId zone, Optional<String> url) {

	public CalendarEvent {
		Objects.requireNonNull(uid, "uid");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(url, "url");
		if (uid.isBlank() || uid.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("uid must be non-blank text on one line: " + uid);
		}
		if (title.isBlank()) {
			throw new IllegalArgumentException("title must not be blank");
		}
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("end " + end + " must be after start " + start);
		}
	}

}
