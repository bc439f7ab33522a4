package kz.birge.calendar;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CalendarFilesTests {

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T08:30:15.123Z"), ZoneOffset.UTC);

	private static final String TITLE = "«Таза ауыл» акциясы, 10-сынып";

	private static final String DESCRIPTION = "Қатысушылар: 7–11 сыныптар; ата-аналар да шақырылады.\n"
			+ "Жиналу орны — мектептің негізгі кіреберісі, 14:45-те.\n"
			+ "Өзіңізбен бірге су және қолғап алыңыз 🌳 (папка: C:\\Акция\\2027).";

	private static final String LOCATION = "№12 мектеп; Абай даңғылы, 45";

	private static final String URL = "https://t.me/birge_bot?start=act_42_20271212";

	private static CalendarEvent timedEvent() {
		Instant start = ZonedDateTime.of(2027, 12, 12, 15, 0, 0, 0, ALMATY).toInstant();
		return new CalendarEvent("act-42-20271212@birge.kz", TITLE, DESCRIPTION, LOCATION, start,
				start.plusSeconds(2 * 3600), false, ALMATY, Optional.of(URL));
	}

	private static CalendarEvent allDayEvent() {
		return new CalendarEvent("act-7-20250329@birge.kz", "Көктемгі демалыс", "  ", null,
				LocalDate.of(2025, 3, 29).atStartOfDay(ALMATY).toInstant(),
				LocalDate.of(2025, 4, 6).atStartOfDay(ALMATY).toInstant(), true, ALMATY, Optional.empty());
	}

	@Test
	void timedEventReadsBackWithEveryProperty() throws Exception {
		Calendar calendar = parse(CalendarFiles.ics(timedEvent(), CLOCK));

		assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Birge//Birge bot//KK");
		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
		assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		assertThat(value(event, Property.UID)).isEqualTo("act-42-20271212@birge.kz");
		assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261120T083015Z");
		assertThat(value(event, Property.SUMMARY)).isEqualTo(TITLE);
		assertThat(value(event, Property.DESCRIPTION)).isEqualTo(DESCRIPTION);
		assertThat(value(event, Property.LOCATION)).isEqualTo(LOCATION);
		assertThat(value(event, Property.URL)).isEqualTo(URL);

		DateProperty<?> start = event.getDateTimeStart();
		DateProperty<?> end = event.getEndDate().orElseThrow();
		assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Asia/Almaty");
		assertThat(end.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Asia/Almaty");
		assertThat(start.getValue()).isEqualTo("20271212T150000");
		assertThat(end.getValue()).isEqualTo("20271212T170000");
		assertThat(resolve(calendar, start)).isEqualTo(Instant.parse("2027-12-12T10:00:00Z"));
		assertThat(resolve(calendar, end)).isEqualTo(Instant.parse("2027-12-12T12:00:00Z"));
	}

	@Test
	void almatyTimeZoneInTheFileIsUtcPlusFiveSinceMarch2024() throws Exception {
		Calendar calendar = parse(CalendarFiles.ics(timedEvent(), CLOCK));

		List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
		assertThat(zones).hasSize(1);
		VTimeZone zone = zones.get(0);
		assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Asia/Almaty");
		assertThat(offsetAt(zone, "2024-02-15T12:00:00Z")).isEqualTo(ZoneOffset.ofHours(6));
		for (String instant : List.of("2024-03-15T12:00:00Z", "2025-01-15T12:00:00Z", "2025-07-15T12:00:00Z",
				"2026-10-30T12:00:00Z", "2027-03-30T12:00:00Z", "2027-12-12T10:00:00Z")) {
			assertThat(offsetAt(zone, instant)).as(instant).isEqualTo(ZoneOffset.ofHours(5));
		}
	}

	@Test
	void allDayEventIsWrittenAsDatesWithExclusiveEnd() throws Exception {
		byte[] ics = CalendarFiles.ics(allDayEvent(), CLOCK);
		Calendar calendar = parse(ics);

		VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(value(event, Property.UID)).isEqualTo("act-7-20250329@birge.kz");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Көктемгі демалыс");
		DateProperty<?> start = event.getDateTimeStart();
		DateProperty<?> end = event.getEndDate().orElseThrow();
		assertThat(start.getParameter(Parameter.VALUE)).contains(Value.DATE);
		assertThat(end.getParameter(Parameter.VALUE)).contains(Value.DATE);
		assertThat(start.getDate()).isEqualTo(LocalDate.of(2025, 3, 29));
		assertThat(end.getDate()).isEqualTo(LocalDate.of(2025, 4, 6));
		assertThat(start.getParameter(Parameter.TZID)).isEmpty();
		assertThat(event.getProperty(Property.DESCRIPTION)).isEmpty();
		assertThat(event.getProperty(Property.LOCATION)).isEmpty();
		assertThat(event.getProperty(Property.URL)).isEmpty();
		assertThat(calendar.getComponents(Component.VTIMEZONE)).isEmpty();
		assertThat(new String(ics, StandardCharsets.UTF_8)).contains("\r\nDTSTART;VALUE=DATE:20250329\r\n",
				"\r\nDTEND;VALUE=DATE:20250406\r\n");
	}

	@Test
	void allDayEndWithinTheLastDayCountsThatDay() throws Exception {
		CalendarEvent event = new CalendarEvent("u@birge.kz", "Апта", null, null,
				LocalDate.of(2025, 3, 29).atStartOfDay(ALMATY).toInstant(),
				ZonedDateTime.of(2025, 4, 5, 18, 0, 0, 0, ALMATY).toInstant(), true, ALMATY, Optional.empty());

		VEvent written = parse(CalendarFiles.ics(event, CLOCK)).<VEvent>getComponents(Component.VEVENT).get(0);

		assertThat(written.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2025, 4, 6));
	}

	@Test
	void sameOccurrenceGivesTheSameUidAndFile() {
		byte[] first = CalendarFiles.ics(timedEvent(), CLOCK);
		byte[] second = CalendarFiles.ics(timedEvent(), CLOCK);

		assertThat(second).isEqualTo(first);
		assertThat(unfolded(first)).contains("\r\nUID:act-42-20271212@birge.kz\r\n");
		assertThat(unfolded(CalendarFiles.ics(timedEvent()))).contains("\r\nUID:act-42-20271212@birge.kz\r\n");
	}

	@Test
	void textIsEscapedAsRfc5545Says() {
		String text = unfolded(CalendarFiles.ics(timedEvent(), CLOCK));

		assertThat(text).contains("\r\nSUMMARY:«Таза ауыл» акциясы\\, 10-сынып\r\n",
				"\r\nLOCATION:№12 мектеп\\; Абай даңғылы\\, 45\r\n",
				"\r\nDESCRIPTION:Қатысушылар: 7–11 сыныптар\\; ата-аналар да шақырылады.\\nЖиналу орны",
				"(папка: C:\\\\Акция\\\\2027).\r\n", "\r\nURL:" + URL + "\r\n");
	}

	@Test
	void linesEndWithCrlfAndFoldAtSeventyFiveOctetsWithoutSplittingCharacters() throws Exception {
		for (byte[] ics : List.of(CalendarFiles.ics(timedEvent(), CLOCK), CalendarFiles.ics(allDayEvent(), CLOCK))) {
			List<byte[]> lines = physicalLines(ics);
			assertThat(lines).isNotEmpty();
			for (byte[] line : lines) {
				assertThat(line.length).isLessThanOrEqualTo(75);
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(line));
			}
		}
		List<byte[]> timed = physicalLines(CalendarFiles.ics(timedEvent(), CLOCK));
		assertThat(timed).anyMatch((line) -> line.length > 0 && line[0] == ' ');
	}

	@Test
	void foldKeepsShortLinesAndUnfoldsBackToTheSameText() {
		String line = "DESCRIPTION:" + "Жасыл ел 🌳 ".repeat(30);
		String content = "BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\n";

		String folded = CalendarFiles.fold(content);

		assertThat(folded).startsWith("BEGIN:VEVENT\r\nDESCRIPTION:").endsWith("\r\nEND:VEVENT\r\n");
		assertThat(folded.replace("\r\n ", "")).isEqualTo(content);
		for (String physical : folded.split("\r\n")) {
			assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
	}

	@Test
	void zoneIcal4jDoesNotKnowIsWrittenInUtc() throws Exception {
		Instant start = Instant.parse("2027-12-12T10:00:00Z");
		CalendarEvent event = new CalendarEvent("u@birge.kz", "Сабақ", null, null, start, start.plusSeconds(3600),
				false, ZoneOffset.ofHours(5), Optional.empty());

		byte[] ics = CalendarFiles.ics(event, CLOCK);

		assertThat(unfolded(ics)).contains("\r\nDTSTART:20271212T100000Z\r\n", "\r\nDTEND:20271212T110000Z\r\n")
			.doesNotContain("TZID");
		VEvent written = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(Instant.from(written.getDateTimeStart().getDate())).isEqualTo(start);
	}

	@Test
	void outdatedTimeZoneDefinitionIsNotTrusted() throws Exception {
		// Asia/Almaty as tz data before 2024a had it: +06:00 ever since 2004.
		String stale = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VTIMEZONE",
				"TZID:Asia/Almaty", "BEGIN:STANDARD", "TZOFFSETFROM:+0700", "TZOFFSETTO:+0600",
				"DTSTART:20041031T030000", "END:STANDARD", "END:VTIMEZONE", "END:VCALENDAR", "");
		VTimeZone outdated = new CalendarBuilder().build(new StringReader(stale))
			.<VTimeZone>getComponents(Component.VTIMEZONE)
			.get(0);
		VTimeZone bundled = TimeZoneRegistryFactory.getInstance()
			.createRegistry()
			.getTimeZone("Asia/Almaty")
			.getVTimeZone();
		Instant start = Instant.parse("2027-12-12T10:00:00Z");

		assertThat(CalendarFiles.agrees(outdated, ALMATY, start)).isFalse();
		assertThat(CalendarFiles.agrees(bundled, ALMATY, start, Instant.parse("2025-06-01T00:00:00Z"))).isTrue();
	}

	@Test
	void refusesAnEndBeforeTheStartAndABlankTitle() {
		Instant start = Instant.parse("2027-12-12T10:00:00Z");
		assertThatIllegalArgumentException().isThrownBy(
				() -> new CalendarEvent("u", "Сабақ", null, null, start, start, false, ALMATY, Optional.empty()));
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent("u", " ", null, null, start,
				start.plusSeconds(60), false, ALMATY, Optional.empty()));
	}

	private static Calendar parse(byte[] ics) throws Exception {
		return new CalendarBuilder().build(new ByteArrayInputStream(ics));
	}

	private static String value(Calendar calendar, String name) {
		return calendar.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError(name));
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError(name));
	}

	/**
	 * The instant a calendar reads from a DTSTART or DTEND: its local time at the offset
	 * of the file's VTIMEZONE observance. Not {@code getDate()}: ical4j 4.4 turns the
	 * VTIMEZONE into zone rules that put Asia/Almaty at +07:00, though the definition
	 * itself says +05:00.
	 */
	private static Instant resolve(Calendar calendar, DateProperty<?> property) {
		String tzid = property.<TzId>getParameter(Parameter.TZID).orElseThrow().getValue();
		VTimeZone zone = calendar.<VTimeZone>getComponents(Component.VTIMEZONE)
			.stream()
			.filter((candidate) -> candidate.getTimeZoneId().getValue().equals(tzid))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no VTIMEZONE " + tzid));
		LocalDateTime local = LocalDateTime.parse(property.getValue(),
				DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
		// The observance in force at that local time: guess at UTC, then correct once.
		ZoneOffset guess = offsetAt(zone, local.toInstant(ZoneOffset.UTC));
		Instant instant = local.toInstant(offsetAt(zone, local.toInstant(guess)));
		assertThat(local.atZone(ZoneId.of(tzid)).toInstant()).as("JDK reading").isEqualTo(instant);
		return instant;
	}

	private static ZoneOffset offsetAt(VTimeZone zone, String instant) {
		return offsetAt(zone, Instant.parse(instant));
	}

	private static ZoneOffset offsetAt(VTimeZone zone, Instant instant) {
		return zone.getApplicableObservance(instant).getTimeZoneOffsetTo().getOffset();
	}

	private static String unfolded(byte[] ics) {
		return new String(ics, StandardCharsets.UTF_8).replace("\r\n ", "");
	}

	/**
	 * The file's lines without their CRLF; fails on a bare CR or LF, or a last line
	 * without CRLF.
	 */
	private static List<byte[]> physicalLines(byte[] ics) {
		List<byte[]> lines = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < ics.length; i++) {
			if (ics[i] == '\r' || ics[i] == '\n') {
				assertThat(ics[i]).as("line break at %d", i).isEqualTo((byte) '\r');
				assertThat(i + 1).as("LF after CR at %d", i).isLessThan(ics.length);
				assertThat(ics[i + 1]).as("LF after CR at %d", i).isEqualTo((byte) '\n');
				lines.add(Arrays.copyOfRange(ics, from, i));
				from = i + 2;
				i++;
			}
		}
		assertThat(from).as("file ends with CRLF").isEqualTo(ics.length);
		return lines;
	}

}
