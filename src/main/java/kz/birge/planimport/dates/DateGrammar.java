package kz.birge.planimport.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.birge.planimport.dates.Forms.Form;
import kz.birge.planimport.dates.Schedule.OnDays;

/**
 * Reads the date cell of a plan ("Өткізу мерзімі", "Орындау мерзімі", "Сроки") in Kazakh
 * or Russian: days, ranges, deadlines, starts, months, repetitions and "during the
 * campaign". A cell may say several things, on separate lines or after commas or
 * semicolons; whatever is not understood is handed back with its original text.
 */
public final class DateGrammar {

	/**
	 * Lines and semicolons separate the parts of a cell; commas may separate things
	 * within a part.
	 */
	private static final Pattern PARTS = Pattern.compile("\\R|;");

	/**
	 * Text between understood forms that says nothing: punctuation, dashes and joining
	 * words.
	 */
	private static final Pattern NOTHING = Pattern.compile(
			"(?:[\\s\\p{P}\\p{S}]|(?<![\\p{L}\\d])(?:и|жане|мен|в|во|г|ж|жыл|жылы|года|год|в\\s+течение\\s+месяца|ай\\s+бойы)(?![\\p{L}\\d]))*",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,;:.\\-–—]+|[\\s,;:.\\-–—]+$");

	private DateGrammar() {
	}

	/** What the cell says; years it leaves out come from the period. */
	public static ParsedDates parse(String cell, PlanPeriod period) {
		List<Schedule> schedules = new ArrayList<>();
		List<String> notUnderstood = new ArrayList<>();
		List<TimeOfDay> times = new ArrayList<>();
		for (String part : PARTS.split(cell)) {
			read(withoutTimes(part, times, notUnderstood), period, schedules, notUnderstood);
		}
		return new ParsedDates(joinAdjacentDays(schedules), notUnderstood, times.stream().findFirst());
	}

	/**
	 * The part with its times of day blanked out, each added to {@code times}; a second,
	 * different time in a cell is handed back as not understood, since a cell's
	 * occurrences take one time.
	 */
	private static String withoutTimes(String part, List<TimeOfDay> times, List<String> notUnderstood) {
		StringBuilder blanked = new StringBuilder(part);
		for (Times.Found found : Times.in(Words.fold(part))) {
			if (times.isEmpty() || times.get(0).equals(found.time())) {
				times.add(found.time());
			}
			else {
				notUnderstood.add(part.substring(found.start(), found.end()).strip());
			}
			for (int i = found.start(); i < found.end(); i++) {
				blanked.setCharAt(i, ' ');
			}
		}
		return blanked.toString();
	}

	/**
	 * Reads one part from left to right: at each step the form that matches earliest (and
	 * longest) wins, and the text skipped to reach it is reported unless it says nothing.
	 */
	private static void read(String part, PlanPeriod period, List<Schedule> schedules, List<String> notUnderstood) {
		String folded = Words.fold(part);
		int unread = 0;
		int position = 0;
		for (Optional<Found> next = nextMatch(folded, position); next.isPresent(); next = nextMatch(folded, position)) {
			Matcher match = next.get().match();
			Optional<Schedule> schedule = next.get().meaning(period);
			if (schedule.isPresent()) {
				report(part, folded, unread, match.start(), notUnderstood);
				schedules.add(schedule.get());
				unread = match.end();
			}
			position = Math.max(match.end(), position + 1);
		}
		report(part, folded, unread, part.length(), notUnderstood);
	}

	/**
	 * The earliest match of any form from the position on; the longest when several start
	 * there.
	 */
	private static Optional<Found> nextMatch(String folded, int position) {
		Found best = null;
		for (Form form : Forms.ALL) {
			Matcher match = form.pattern().matcher(folded);
			if (match.find(position) && (best == null || best.isAfter(match))) {
				best = new Found(form, match);
			}
		}
		return Optional.ofNullable(best);
	}

	private static void report(String part, String folded, int from, int to, List<String> notUnderstood) {
		if (from < to && !NOTHING.matcher(folded.substring(from, to)).matches()) {
			notUnderstood.add(EDGE_PUNCTUATION.matcher(part.substring(from, to)).replaceAll(""));
		}
	}

	/** A form found in a part. */
	private record Found(Form form, Matcher match) {

		/** Whether the other match starts earlier, or at the same place and is longer. */
		boolean isAfter(Matcher other) {
			return other.start() < this.match.start()
					|| other.start() == this.match.start() && other.end() > this.match.end();
		}

		/**
		 * What the match says; empty when it says nothing that can be read, such as an
		 * impossible date.
		 */
		Optional<Schedule> meaning(PlanPeriod period) {
			try {
				return this.form.meaning().of(this.match, new Resolver(period, Forms.statedYear(this.match)));
			}
			catch (DateTimeException | IllegalArgumentException impossible) {
				return Optional.empty();
			}
		}

	}

	/**
	 * "27 наурыз, 28 наурыз" reads as two days but says one thing: the days are joined.
	 */
	private static List<Schedule> joinAdjacentDays(List<Schedule> schedules) {
		List<Schedule> joined = new ArrayList<>();
		for (Schedule schedule : schedules) {
			int last = joined.size() - 1;
			if (schedule instanceof OnDays next && last >= 0 && joined.get(last) instanceof OnDays previous) {
				Set<LocalDate> days = new LinkedHashSet<>(previous.days());
				days.addAll(next.days());
				joined.set(last, new OnDays(List.copyOf(days)));
			}
			else {
				joined.add(schedule);
			}
		}
		return joined;
	}

}
