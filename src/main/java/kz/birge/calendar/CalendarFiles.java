package kz.birge.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes "Add to calendar" files: an RFC 5545 {@code VCALENDAR} (PRODID, VERSION 2.0,
 * METHOD PUBLISH) holding one {@code VEVENT}, built with ical4j.
 * <p>
 * A timed event is written in its zone ({@code DTSTART;TZID=...} plus the zone's
 * {@code VTIMEZONE} from ical4j's bundled data) when that definition gives the same UTC
 * offsets as the JDK's time zone rules at the event's start and end; otherwise (ical4j's
 * data older than a change of the zone, such as Kazakhstan's move to UTC+5 in March 2024,
 * or a zone it does not know) the times are written in UTC, which every calendar reads
 * correctly. A whole-day event is written as dates ({@code VALUE=DATE}, exclusive end).
 * <p>
 * Two things ical4j 4.4 does not do right, and this class does itself: it folds lines at
 * 75 characters rather than 75 octets, so Cyrillic lines came out up to twice too long;
 * and it formats a zoned time through its own zone rules built from the VTIMEZONE, which
 * put Asia/Almaty at +07:00 in 2027 (the VTIMEZONE itself says +05:00), so local times
 * are formatted here from the JDK's rules.
 */
public final class CalendarFiles {

	/** The product identifier written into every file. */
	public static final String PRODID = "-//Birge//Birge bot//KK";

	/** The longest content line RFC 5545 allows, in octets, without the line break. */
	static final int MAX_LINE_OCTETS = 75;

	private static final String CRLF = "\r\n";

	private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private CalendarFiles() {
	}

	/**
	 * The {@code .ics} file for one event: UTF-8, CRLF line endings, lines folded at 75
	 * octets.
	 * @param event the event
	 * @return the file's bytes
	 */
	public static byte[] ics(CalendarEvent event) {
		return ics(event, Clock.systemUTC());
	}

	/** As {@link #ics(CalendarEvent)}, with DTSTAMP taken from {@code clock}. */
	static byte[] ics(CalendarEvent event, Clock clock) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableMethod.PUBLISH);

		VEvent vevent = new VEvent(false);
		vevent.add(new Uid(event.uid()));
		vevent.add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
		if (event.allDay()) {
			vevent.add(new DtStart<>(event.start().atZone(event.zone()).toLocalDate()));
			vevent.add(new DtEnd<>(exclusiveEndDate(event)));
		}
		else {
			Optional<VTimeZone> zone = verifiedTimeZone(event.zone(), event.start(), event.end());
			if (zone.isPresent()) {
				String tzid = zone.get().getTimeZoneId().getValue();
				ParameterList parameters = new ParameterList(List.of(new TzId(tzid)));
				vevent.add(new DtStart<>(parameters, event.start().atZone(event.zone()).toLocalDateTime()));
				vevent.add(new DtEnd<>(parameters, event.end().atZone(event.zone()).toLocalDateTime()));
				calendar.add(zone.get().copy());
			}
			else {
				vevent.add(new DtStart<>(event.start()));
				vevent.add(new DtEnd<>(event.end()));
			}
		}
		vevent.add(new Summary(text(event.title())));
		optionalText(event.description()).ifPresent((description) -> vevent.add(new Description(description)));
		optionalText(event.location()).ifPresent((location) -> vevent.add(new Location(location)));
		event.url().map(URI::create).ifPresent((url) -> vevent.add(new Url(url)));
		calendar.add(vevent);

		return fold(write(calendar)).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * ical4j's VTIMEZONE for {@code zone}, when it gives the JDK's UTC offset at every
	 * one of {@code instants}.
	 */
	private static Optional<VTimeZone> verifiedTimeZone(ZoneId zone, Instant... instants) {
		TimeZone timeZone;
		try {
			timeZone = TIME_ZONES.getTimeZone(zone.getId());
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
		return Optional.ofNullable(timeZone)
			.map(TimeZone::getVTimeZone)
			.filter((definition) -> agrees(definition, zone, instants));
	}

	/**
	 * Whether {@code definition} gives the same UTC offset as {@code zone}'s rules at
	 * each instant.
	 */
	static boolean agrees(VTimeZone definition, ZoneId zone, Instant... instants) {
		try {
			for (Instant instant : instants) {
				Observance observance = definition.getApplicableObservance(instant);
				if (observance == null
						|| !observance.getTimeZoneOffsetTo().getOffset().equals(zone.getRules().getOffset(instant))) {
					return false;
				}
			}
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The day after the event's last day: the end's date, or the next one if the end is
	 * within a day.
	 */
	private static LocalDate exclusiveEndDate(CalendarEvent event) {
		ZonedDateTime end = event.end().atZone(event.zone());
		LocalDate date = end.toLocalDate();
		return end.equals(date.atStartOfDay(event.zone())) ? date : date.plusDays(1);
	}

	private static Optional<String> optionalText(String value) {
		return Optional.ofNullable(value).map(CalendarFiles::text).filter((text) -> !text.isEmpty());
	}

	/**
	 * Text as iCalendar TEXT may hold it before escaping: line breaks as {@code \n}, no
	 * other control characters (RFC 5545 forbids them), no unpaired surrogates. ical4j
	 * escapes the rest.
	 */
	private static String text(String value) {
		StringBuilder text = new StringBuilder(value.length());
		value.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach((codePoint) -> {
			boolean control = Character.isISOControl(codePoint) && codePoint != '\n' && codePoint != '\t';
			if (!control && Character.getType(codePoint) != Character.SURROGATE) {
				text.appendCodePoint(codePoint);
			}
		});
		return text.toString().strip();
	}

	/** The calendar's content lines, unfolded, each ending in CRLF. */
	private static String write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			// Not validating: iTIP wants an ORGANIZER with METHOD:PUBLISH, which an
			// "add to calendar" file has no use for. No folding here: see fold().
			new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Folds content lines at {@value #MAX_LINE_OCTETS} octets of UTF-8 (RFC 5545 section
	 * 3.1): a longer line goes on after CRLF and one space, and no character is split
	 * across lines.
	 * @param content the unfolded lines, separated by CRLF
	 * @return the same lines, folded, each ending in CRLF
	 */
	static String fold(String content) {
		StringBuilder folded = new StringBuilder(content.length() + content.length() / 32);
		for (String line : content.split(CRLF)) {
			int octets = 0;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = utf8Length(codePoint);
				if (octets + size > MAX_LINE_OCTETS) {
					folded.append(CRLF).append(' ');
					octets = 1;
				}
				folded.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			folded.append(CRLF);
		}
		return folded.toString();
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

}
