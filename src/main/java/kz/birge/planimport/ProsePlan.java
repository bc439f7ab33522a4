package kz.birge.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.birge.catalog.Audience;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.dates.DateGrammar;
import kz.birge.planimport.dates.ParsedDates;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;
import kz.birge.planimport.dates.TimeOfDay;
import kz.birge.planimport.vocabulary.AudienceReader;
import kz.birge.planimport.vocabulary.FormReader;

/**
 * A plan written as a letter: its directions are a numbered list "1) «Title» - what it
 * is;" or "1. 2 ноября в 08.30 – линейка «Title» для 5-11 классов, фойе школы.
 * Ответственный: ...". The directions are the longest run 1, 2, 3... (all numbered the
 * same way) whose items carry a «quoted» title; a list repeated later in the letter
 * counts once. An item's dates, time of day, place and the one responsible are read from
 * its sentence where it gives them (dates in brackets are remarks, not the item's dates);
 * an item without dates spans the plan's period.
 */
final class ProsePlan {

	private static final Pattern ITEM = Pattern.compile("^\\s*(\\d{1,2})([.)])\\s+(.+)$", Pattern.DOTALL);

	private static final Pattern QUOTED = Pattern.compile("«([^»]+)»");

	/**
	 * "Ответственный: " or "жауапты: " before the names closing the item; the names run
	 * to the end of the item on its line, see {@link #responsible}.
	 */
	private static final Pattern RESPONSIBLE = Pattern.compile(
			"(?<![\\p{L}])(?:ответственн\\p{L}*+|жауапты\\p{L}*+)\\s*+:\\s*+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Spaces and punctuation trimmed around the names of those responsible. */
	private static final String AROUND_NAMES = " \t\n\u000B\f\r.,;";

	/** "2 ноября в 08.30 – the rest": the dates said first, then a dash. */
	private static final Pattern DATES_FIRST = Pattern.compile("^(.{1,40}?)\\s+[–—-]\\s+(.+)$");

	private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");

	/** A segment naming only a class letter: 10 «Б». */
	private static final Pattern CLASS_LETTER = Pattern.compile("^\\d{1,2}\\s*«.{1,2}».*");

	private static final int PLACE_WORDS = 5;

	private static final int WORDS_BEFORE_TITLE = 5;

	private ProsePlan() {
	}

	static List<ActivityDraft> activities(List<String> paragraphs, PlanPeriod period) {
		List<List<Item>> runs = new ArrayList<>();
		List<Item> run = new ArrayList<>();
		for (int i = 0; i < paragraphs.size(); i++) {
			Matcher item = ITEM.matcher(FrontMatter.clean(paragraphs.get(i)));
			if (!item.matches()) {
				continue;
			}
			int number = Integer.parseInt(item.group(1));
			String marker = item.group(2);
			if (number == 1 || run.isEmpty() || number != run.get(run.size() - 1).number + 1
					|| !marker.equals(run.get(run.size() - 1).marker)) {
				run = new ArrayList<>();
				runs.add(run);
			}
			run.add(new Item(i + 1, number, marker, item.group(3).trim()));
		}
		Optional<List<Item>> directions = runs.stream()
			.filter((candidate) -> candidate.stream().filter((item) -> quoted(item.text).find()).count() * 2 > candidate
				.size())
			.max((a, b) -> Integer.compare(a.size(), b.size()));
		if (directions.isEmpty()) {
			return List.of();
		}
		Map<String, ActivityDraft> unique = new LinkedHashMap<>();
		for (Item item : directions.get()) {
			ActivityDraft draft = draft(item, period);
			unique.putIfAbsent(PlanInterpreter.key(draft.title()), draft);
		}
		return List.copyOf(unique.values());
	}

	private static ActivityDraft draft(Item item, PlanPeriod period) {
		String description = item.text.replaceAll(";\\s*$", "");
		String body = description;
		String responsible = "";
		Optional<int[]> named = responsible(description);
		if (named.isPresent()) {
			responsible = description.substring(named.get()[1], named.get()[2]).strip();
			body = description.substring(0, named.get()[0]);
		}
		body = body.substring(0, trimmedEnd(body, 0, body.length()));
		String scheduleText = "";
		ParsedDates dates = new ParsedDates(List.of(), List.of());
		Matcher first = DATES_FIRST.matcher(body);
		if (first.matches()) {
			ParsedDates prefix = DateGrammar.parse(first.group(1), period);
			if (!prefix.schedules().isEmpty() && prefix.understood()) {
				dates = prefix;
				scheduleText = first.group(1).strip();
				body = first.group(2).strip();
			}
		}
		List<String> segments = segments(body);
		List<Schedule> schedules = new ArrayList<>(dates.schedules());
		Optional<TimeOfDay> time = dates.time();
		List<String> places = new ArrayList<>();
		for (int i = 0; i < segments.size(); i++) {
			String segment = segments.get(i);
			ParsedDates said = (scheduleText.isEmpty() || time.isEmpty())
					? DateGrammar.parse(remarksOut(segment), period) : new ParsedDates(List.of(), List.of());
			if (scheduleText.isEmpty()) {
				schedules.addAll(said.schedules());
			}
			if (time.isEmpty()) {
				time = said.time();
			}
			if (i > 0 && places.isEmpty() && said.schedules().isEmpty() && said.time().isEmpty() && isPlace(segment)) {
				places.add(segment);
			}
		}
		if (schedules.isEmpty()) {
			if (time.isEmpty()) {
				// a direction of a letter, not an event: its clauses say what, not where
				places.clear();
			}
			schedules.add(new Schedule.WholePeriod());
		}
		String title = title(segments.isEmpty() ? body : segments.get(0), item.text);
		Audience audience = AudienceReader.read(description);
		Optional<String> form = FormReader.formOf(title).or(() -> FormReader.formOf(description));
		return new ActivityDraft(item.line, item.number, Optional.empty(), Optional.empty(), title, description, form,
				places, List.of(), responsible, "", audience, List.of(new IndicatorSpec(Metric.PARTICIPANTS, "")), "",
				scheduleText, schedules, time, "");
	}

	/**
	 * The quoted name, with the words that say what it is when they come first ("круглый
	 * стол «...»"); the whole item when nothing is quoted.
	 */
	private static String title(String lead, String text) {
		Matcher quoted = quoted(lead);
		if (!quoted.find()) {
			quoted = quoted(text);
			return quoted.find() ? "«" + quoted.group(1).strip() + "»" : text;
		}
		String before = lead.substring(0, quoted.start()).strip();
		String name = "«" + quoted.group(1).strip() + "»";
		if (before.isEmpty() || before.split("\\s+").length > WORDS_BEFORE_TITLE || !before.matches("[\\p{L}\\s-]+")) {
			return name;
		}
		return Character.toUpperCase(before.charAt(0)) + before.substring(1) + " " + name;
	}

	private static boolean isPlace(String segment) {
		return segment.split("\\s+").length <= PLACE_WORDS && !CLASS_LETTER.matcher(segment).matches()
				&& AudienceReader.gradesIn(segment).isEmpty() && AudienceReader.read(segment).unspecified()
				&& !quoted(segment).find();
	}

	private static String remarksOut(String segment) {
		return replaceUpTo(QUOTED, replaceUpTo(BRACKETS, segment, ')'), '»');
	}

	/**
	 * Replaces the pattern's matches by a space, looking for them only up to the last
	 * closing character: an opening one without a closing one after it would otherwise
	 * send the pattern to the end of the text once for each.
	 */
	private static String replaceUpTo(Pattern pattern, String text, char closing) {
		int end = text.lastIndexOf(closing) + 1;
		return pattern.matcher(text.substring(0, end)).replaceAll(" ") + text.substring(end);
	}

	/** Finds a quoted name only where a closing quote follows, for the same reason. */
	private static Matcher quoted(String text) {
		Matcher matcher = QUOTED.matcher(text);
		return matcher.region(0, text.lastIndexOf('»') + 1);
	}

	/**
	 * Where "Ответственный: names" closes a description: the start of the punctuation
	 * before it, and the start and end of the names, which must not be blank nor run past
	 * a line end; empty when no such closing is found. The names' end is found by walking
	 * back from the end, which a lazy regular expression would do once for each
	 * character.
	 */
	static Optional<int[]> responsible(String description) {
		Matcher cue = RESPONSIBLE.matcher(description);
		while (cue.find()) {
			int names = cue.end();
			int end = trimmedEnd(description, names, description.length());
			if (end == names && names < description.length()) {
				end = names + 1;
			}
			if (end > names && !hasLineEnd(description, names, end)) {
				int start = cue.start();
				while (start > 0 && AROUND_NAMES.indexOf(description.charAt(start - 1)) >= 0) {
					start--;
				}
				return Optional.of(new int[] { start, names, end });
			}
		}
		return Optional.empty();
	}

	/**
	 * The end of the text between the positions without spaces and punctuation after it.
	 */
	private static int trimmedEnd(String text, int from, int to) {
		int end = to;
		while (end > from && AROUND_NAMES.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return end;
	}

	private static boolean hasLineEnd(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				return true;
			}
		}
		return false;
	}

	/** The parts of a sentence between commas outside «quotes» and (brackets). */
	private static List<String> segments(String sentence) {
		List<String> segments = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < sentence.length(); i++) {
			char c = sentence.charAt(i);
			if (c == '«' || c == '(') {
				depth++;
			}
			else if ((c == '»' || c == ')') && depth > 0) {
				depth--;
			}
			else if (c == ',' && depth == 0) {
				segments.add(sentence.substring(start, i).strip());
				start = i + 1;
			}
		}
		segments.add(sentence.substring(start).strip());
		segments.removeIf(String::isEmpty);
		return segments;
	}

	private record Item(int line, int number, String marker, String text) {
	}

}
