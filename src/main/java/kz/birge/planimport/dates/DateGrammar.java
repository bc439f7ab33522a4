package kz.birge.planimport.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.birge.planimport.dates.Forms.Form;
import kz.birge.planimport.dates.Schedule.Between;
import kz.birge.planimport.dates.Schedule.By;
import kz.birge.planimport.dates.Schedule.Every;
import kz.birge.planimport.dates.Schedule.From;
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
	 * Words that join understood forms and say nothing themselves ("и", "жыл", "г"), or
	 * repeat what a month already says ("сентябрь, в течение месяца", "қазан, ай бойы").
	 * Together with spaces, punctuation and symbols they make the text between forms that
	 * is not reported; {@link #saysNothing} reads it in one pass, where a repeated group
	 * of alternatives would recurse once a character and overflow the stack on a long
	 * run.
	 */
	private static final Set<String> JOINING_WORDS = Set.of("и", "жане", "мен", "в", "во", "г", "ж", "жыл", "жылы",
			"года", "год", "течение", "месяца", "ай", "айлары", "айларында", "бойы");

	/** Trimmed from both ends of text handed back as not understood. */
	private static final String EDGE_PUNCTUATION = " \t\n\u000B\f\r,;:.-–—";

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
		int first = schedules.size();
		String folded = Words.fold(part);
		Scan scan = new Scan(folded);
		int unread = 0;
		int position = 0;
		for (Optional<Found> next = scan.next(position); next.isPresent(); next = scan.next(position)) {
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
		bound(schedules.subList(first, schedules.size()), period);
	}

	/**
	 * A repetition and the dates it runs within, said in one part ("Қазан-желтоқсан
	 * айлары аптасына 1 рет", "еженедельно до 25 декабря", "каждый четверг с 1 октября",
	 * "Қазан, қараша айлары аптасына 1 рет"), are the repetition within each of those
	 * dates, not one through the year beside them. Dates that hold the repetition once
	 * are that one span ("Сәуір, айына бір рет" is April; "каждый четверг до 4 сентября"
	 * in a year from 1 September is Thursday the 4th); dates that hold it not at all
	 * leave the part as it was.
	 */
	private static void bound(List<Schedule> part, PlanPeriod period) {
		List<Every> repetitions = part.stream()
			.filter(Every.class::isInstance)
			.map(Every.class::cast)
			.filter((repetition) -> repetition.within().isEmpty())
			.toList();
		if (part.size() < 2 || repetitions.size() != 1) {
			return;
		}
		List<Between> bounds = new ArrayList<>();
		for (Schedule schedule : part) {
			if (schedule != repetitions.get(0)) {
				Optional<Between> dates = dates(schedule, period);
				if (dates.isEmpty()) {
					return;
				}
				bounds.add(dates.get());
			}
		}
		List<Schedule> bounded = new ArrayList<>();
		for (Between dates : joined(bounds)) {
			Every within = repetitions.get(0).within(dates);
			List<DateSpan> spans = Occurrences.expand(within, period);
			if (spans.isEmpty()) {
				return;
			}
			bounded.add((spans.size() > 1) ? within : once(spans.get(0)));
		}
		part.clear();
		part.addAll(bounded);
	}

	/**
	 * Dates that touch or overlap joined, in order: October and November are one span for
	 * a weekly repetition, whose weeks run on across the month's end.
	 */
	private static List<Between> joined(List<Between> dates) {
		List<Between> sorted = new ArrayList<>(dates);
		sorted.sort(Comparator.comparing(Between::from));
		List<Between> joined = new ArrayList<>();
		for (Between next : sorted) {
			Between last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && !next.from().isAfter(last.to().plusDays(1))) {
				joined.set(joined.size() - 1,
						new Between(last.from(), next.to().isAfter(last.to()) ? next.to() : last.to()));
			}
			else {
				joined.add(next);
			}
		}
		return joined;
	}

	/** A repetition's one span: its day, or its days. */
	private static Schedule once(DateSpan span) {
		return span.start().equals(span.end()) ? OnDays.of(span.start()) : new Between(span.start(), span.end());
	}

	/**
	 * The dates a span, a deadline or a start bounds a repetition to: a deadline from the
	 * plan's start, a start to the plan's end.
	 */
	private static Optional<Between> dates(Schedule schedule, PlanPeriod period) {
		if (schedule instanceof Between between) {
			return Optional.of(between);
		}
		if (schedule instanceof By by) {
			LocalDate deadline = by.deadline();
			return Optional.of(new Between(deadline.isBefore(period.start()) ? deadline : period.start(), deadline));
		}
		if (schedule instanceof From from) {
			LocalDate start = from.start();
			return Optional.of(new Between(start, start.isAfter(period.end()) ? start : period.end()));
		}
		return Optional.empty();
	}

	/**
	 * The forms' matches in one part, each form's kept until the reading passes its
	 * start: a form's leftmost match from a position stays its leftmost match from any
	 * later position up to its start, so each form scans the part about once instead of
	 * once for every form found.
	 */
	private static final class Scan {

		private final String folded;

		private final Matcher[] matchers;

		/** Each form's match start; -1 for none left; -2 not yet searched. */
		private final int[] starts;

		Scan(String folded) {
			this.folded = folded;
			this.matchers = new Matcher[Forms.ALL.size()];
			this.starts = new int[Forms.ALL.size()];
			Arrays.fill(this.starts, -2);
		}

		/**
		 * The earliest match of any form from the position on; the longest when several
		 * start there.
		 */
		Optional<Found> next(int position) {
			Found best = null;
			for (int i = 0; i < this.matchers.length; i++) {
				if (this.starts[i] == -1) {
					continue;
				}
				if (this.starts[i] < position) {
					if (this.matchers[i] == null) {
						this.matchers[i] = Forms.ALL.get(i).pattern().matcher(this.folded);
					}
					this.starts[i] = (position <= this.folded.length() && this.matchers[i].find(position))
							? this.matchers[i].start() : -1;
					if (this.starts[i] == -1) {
						continue;
					}
				}
				if (best == null || best.isAfter(this.matchers[i])) {
					best = new Found(Forms.ALL.get(i), this.matchers[i]);
				}
			}
			return Optional.ofNullable(best);
		}

	}

	private static void report(String part, String folded, int from, int to, List<String> notUnderstood) {
		if (from < to && !saysNothing(folded, from, to)) {
			notUnderstood.add(withoutEdgePunctuation(part.substring(from, to)));
		}
	}

	/**
	 * Whether the text between two positions holds only spaces, punctuation, symbols and
	 * joining words: one pass, whatever its length.
	 */
	static boolean saysNothing(String folded, int from, int to) {
		int at = from;
		while (at < to) {
			int c = folded.codePointAt(at);
			if (isLetterOrDigit(c)) {
				int end = at;
				while (end < to && isLetterOrDigit(folded.codePointAt(end))) {
					end += Character.charCount(folded.codePointAt(end));
				}
				boolean wholeWord = end == folded.length() || !isLetterOrDigit(folded.codePointAt(end));
				boolean startsWord = at == 0 || !isLetterOrDigit(folded.codePointBefore(at));
				if (!wholeWord || !startsWord || !JOINING_WORDS.contains(folded.substring(at, end))) {
					return false;
				}
				at = end;
			}
			else if (isSpacePunctuationOrSymbol(c)) {
				at += Character.charCount(c);
			}
			else {
				return false;
			}
		}
		return true;
	}

	private static boolean isLetterOrDigit(int c) {
		return Character.isLetter(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
	}

	private static boolean isSpacePunctuationOrSymbol(int c) {
		if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
			return true;
		}
		return switch (Character.getType(c)) {
			case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
					Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL ->
				true;
			default -> false;
		};
	}

	/**
	 * The text without spaces, commas, semicolons, colons, stops and dashes at its ends,
	 * trimmed by walking in from each end: a trailing regular expression would rescan a
	 * long run once for each of its characters.
	 */
	static String withoutEdgePunctuation(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && EDGE_PUNCTUATION.indexOf(text.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && EDGE_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(start, end);
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
		List<OnDays> run = new ArrayList<>();
		for (Schedule schedule : schedules) {
			if (schedule instanceof OnDays days) {
				run.add(days);
				continue;
			}
			joinRun(run, joined);
			joined.add(schedule);
		}
		joinRun(run, joined);
		return joined;
	}

	/** Adds a run of days' schedules as one, in one pass, and empties the run. */
	private static void joinRun(List<OnDays> run, List<Schedule> joined) {
		if (run.size() == 1) {
			joined.add(run.get(0));
		}
		else if (!run.isEmpty()) {
			Set<LocalDate> days = new LinkedHashSet<>();
			run.forEach((next) -> days.addAll(next.days()));
			joined.add(new OnDays(List.copyOf(days)));
		}
		run.clear();
	}

}
