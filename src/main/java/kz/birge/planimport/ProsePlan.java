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

	/** "Ответственный: ..." or "жауапты: ..." closing the item. */
	private static final Pattern RESPONSIBLE = Pattern.compile(
			"[\\s.,;]*(?<![\\p{L}])(?:ответственн\\p{L}*|жауапты\\p{L}*)\\s*:\\s*(.+?)[\\s.;,]*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
			.filter((candidate) -> candidate.stream().filter((item) -> QUOTED.matcher(item.text).find()).count()
					* 2 > candidate.size())
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
		Matcher named = RESPONSIBLE.matcher(description);
		if (named.find()) {
			responsible = named.group(1).strip();
			body = description.substring(0, named.start());
		}
		body = body.replaceAll("[\\s.;,]+$", "");
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
		Matcher quoted = QUOTED.matcher(lead);
		if (!quoted.find()) {
			quoted = QUOTED.matcher(text);
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
				&& !QUOTED.matcher(segment).find();
	}

	private static String remarksOut(String segment) {
		return QUOTED.matcher(BRACKETS.matcher(segment).replaceAll(" ")).replaceAll(" ");
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
