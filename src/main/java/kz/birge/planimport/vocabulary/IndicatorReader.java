package kz.birge.planimport.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;

/**
 * Reads an indicators cell ("Жиналған қоқыс көлемі (тонна) және акцияға қатысушылар
 * саны") into the metrics it counts, each with its phrase as the plan writes it. Phrases
 * are split at commas, semicolons, line breaks and "және"/"и"/"and", never inside
 * brackets; a part that only says what is measured of the phrase before ("Отырғызылған
 * жасыл желектер орны, саны": its place, its number) stays with it, and so does a lone
 * word joined by "and" ("деревьев и кустарников"). A phrase no metric knows is a
 * {@link Metric#CUSTOM} one.
 */
public final class IndicatorReader {

	/**
	 * Stems of each metric's phrases (see {@link Phrase}), in the order they are tried:
	 * the first metric with a stem in the phrase is its metric, so things counted come
	 * before the people who count them.
	 */
	private static final Map<Metric, List<Phrase>> METRICS = metrics();

	/**
	 * Words that say what is measured rather than what is counted: "саны", "көлемі",
	 * "орны", "тонна".
	 */
	private static final Set<String> MEASURES = Set
		.of("саны", "санын", "көлемі", "көлемін", "мөлшері", "орны", "есебі", "тонна", "тонн", "тонны", "кг", "га",
				"гектар", "количество", "число", "объем", "объём", "масса", "вес", "место", "места", "number",
				"numbers", "amount", "count", "total", "volume", "weight", "place", "places", "location", "tonnes",
				"tons", "kg", "ha", "hectare", "hectares")
		.stream()
		.map(Folding::fold)
		.collect(Collectors.toSet());

	/**
	 * Words for a lesson, held or counted: "сабақ", "сабағы", "сағат", "урок", "lesson".
	 */
	private static final List<Phrase> LESSONS = Phrase.all("сабақ", "сабағ", "сағат", "урок", "занят", "lesson");

	/** Words that make a lesson an ecology one: "эко-сабақ", "экологиялық сабақ". */
	private static final List<Phrase> ECOLOGY = Phrase.all("эко", "экологи", "eco", "ecolog", "табиғат", "природ",
			"nature");

	/** Where a cell splits, and the brackets inside which it does not. */
	private static final Pattern SPLIT = Pattern.compile(
			"[(),;\\n\\r]|(?<![\\p{L}\\p{N}])(?:және|жане|и|and)(?![\\p{L}\\p{N}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Bullets and punctuation around a phrase. */
	private static final String EDGES = " \t\n\u000B\f\r,;:.·•*–—-";

	/** A list number after the bullets: "1. ", "2) ". */
	private static final Pattern NUMBERING = Pattern.compile("\\d{1,2}[.)]\\s++");

	private IndicatorReader() {
	}

	/**
	 * The indicators of the cell, in the order written, each metric once and each custom
	 * label once.
	 */
	public static List<IndicatorSpec> read(String text) {
		if (text == null) {
			return List.of();
		}
		Map<String, IndicatorSpec> indicators = new LinkedHashMap<>();
		for (String label : phrases(text)) {
			Metric metric = metricOf(label);
			String key = (metric == Metric.CUSTOM) ? "custom " + Folding.fold(label) : metric.name();
			indicators.putIfAbsent(key, new IndicatorSpec(metric, label));
		}
		return List.copyOf(indicators.values());
	}

	/**
	 * The indicators of the cell, read in the light of the activity's title: on an
	 * activity whose title says it is an eco-lesson ("эко-сағаттар өткізу", "экологиялық
	 * сабақ"), a phrase that only counts lessons ("Өткізілген сабақтар саны", "проведено
	 * уроков") counts eco-lessons.
	 */
	public static List<IndicatorSpec> read(String text, String title) {
		List<IndicatorSpec> read = read(text);
		if (!ecoLesson(title)) {
			return read;
		}
		boolean counted = read.stream().anyMatch((spec) -> spec.metric() == Metric.ECO_LESSONS);
		Map<String, IndicatorSpec> indicators = new LinkedHashMap<>();
		for (IndicatorSpec spec : read) {
			boolean lessons = spec.metric() == Metric.CUSTOM
					&& LESSONS.stream().anyMatch((phrase) -> phrase.in(Folding.words(spec.label())));
			IndicatorSpec meant = (lessons && !counted) ? new IndicatorSpec(Metric.ECO_LESSONS, spec.label()) : spec;
			counted |= meant.metric() == Metric.ECO_LESSONS;
			String key = (meant.metric() == Metric.CUSTOM) ? "custom " + Folding.fold(meant.label())
					: meant.metric().name();
			indicators.putIfAbsent(key, meant);
		}
		return List.copyOf(indicators.values());
	}

	/** Whether a title says its activity is a lesson on ecology or nature. */
	static boolean ecoLesson(String title) {
		if (title == null) {
			return false;
		}
		List<String> words = Folding.words(title);
		if (METRICS.get(Metric.ECO_LESSONS).stream().anyMatch((phrase) -> phrase.in(words))) {
			return true;
		}
		return LESSONS.stream().anyMatch((phrase) -> phrase.in(words))
				&& ECOLOGY.stream().anyMatch((phrase) -> phrase.in(words));
	}

	/** The metric a phrase names, or {@link Metric#CUSTOM}. */
	static Metric metricOf(String phrase) {
		List<String> words = Folding.words(phrase);
		return METRICS.entrySet()
			.stream()
			.filter((metric) -> metric.getValue().stream().anyMatch((stem) -> stem.in(words)))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(Metric.CUSTOM);
	}

	/** The cell's phrases, trimmed, each a span of the original text. */
	private static List<String> phrases(String text) {
		List<Span> spans = new ArrayList<>();
		Matcher separator = SPLIT.matcher(text);
		int depth = 0;
		int start = 0;
		boolean afterAnd = false;
		while (separator.find()) {
			String found = separator.group();
			if (found.equals("(")) {
				depth++;
			}
			else if (found.equals(")")) {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0) {
				add(spans, text, start, separator.start(), afterAnd);
				start = separator.end();
				afterAnd = Character.isLetter(found.charAt(0));
			}
		}
		add(spans, text, start, text.length(), afterAnd);
		return spans.stream()
			.map((span) -> trim(text.substring(span.start, span.end)))
			.filter((phrase) -> !phrase.isEmpty())
			.toList();
	}

	/**
	 * Adds the part as a phrase of its own, or to the phrase before when it only
	 * completes it.
	 */
	private static void add(List<Span> spans, String text, int start, int end, boolean afterAnd) {
		String part = text.substring(start, end);
		List<String> words = Folding.words(part);
		if (words.isEmpty()) {
			return;
		}
		boolean measureOnly = MEASURES.containsAll(words);
		boolean loneWord = afterAnd && words.size() == 1 && metricOf(part) == Metric.CUSTOM;
		if (!spans.isEmpty() && (measureOnly || loneWord)) {
			spans.get(spans.size() - 1).end = end;
		}
		else {
			spans.add(new Span(start, end));
		}
	}

	/**
	 * The phrase without bullets, a list number and punctuation around it, trimmed by
	 * walking in from each end: a trailing regular expression would rescan a long run of
	 * dots or spaces once for each of its characters.
	 */
	static String trim(String phrase) {
		String text = phrase.strip();
		int start = 0;
		int end = text.length();
		while (start < end && EDGES.indexOf(text.charAt(start)) >= 0) {
			start++;
		}
		Matcher number = NUMBERING.matcher(text).region(start, end);
		if (number.lookingAt()) {
			start = number.end();
		}
		while (end > start && EDGES.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(start, end).strip();
	}

	private static Map<Metric, List<Phrase>> metrics() {
		Map<Metric, List<Phrase>> metrics = new LinkedHashMap<>();
		metrics.put(Metric.BIRD_HOUSES,
				Phrase.all("құс ұя", "құс үй", "құстарға арналған ұя", "скворечник", "птичьи домик", "птичий домик",
						"домик для птиц", "гнездовь", "bird hous", "birdhous", "nest box", "nesting box"));
		metrics.put(Metric.ECO_LESSONS,
				Phrase.all("эко-сағат", "экосағат", "эко-сабақ", "экологиялық сабақ", "эко-урок", "экоурок",
						"экологическ урок", "урок экологи", "eco-lesson", "ecolesson", "ecology lesson"));
		metrics.put(Metric.LITTER_COLLECTED,
				Phrase.all("қоқыс", "қалдық", "мусор", "отход", "litter", "garbage", "trash", "waste", "rubbish"));
		metrics.put(Metric.TREES_PLANTED, Phrase.all("отырғыз", "жасыл желек", "ағаш", "көшет", "посаж", "посадк",
				"дерев", "саженц", "зелён насажден", "зелен насажден", "tree", "seedling", "planted", "planting"));
		metrics.put(Metric.PUBLICATIONS, Phrase.all("жариял", "публикац", "статей$", "статьи$", "пост$", "постов$",
				"посты$", "publication", "post$", "posts$", "article"));
		metrics.put(Metric.AREA_CLEANED,
				Phrase.all("аумақ", "аумағ", "территори", "площад", "гектар", "area", "hectare"));
		metrics.put(Metric.SCHOOLS_COVERED, Phrase.all("мектептер", "мектеп саны", "қамтылған мектеп", "школ$",
				"школы$", "школа$", "школам$", "schools", "school$"));
		metrics.put(Metric.INSTITUTIONS_COVERED, Phrase.all("оқу орын", "білім беру ұйым", "мекеме", "учрежден",
				"учебн завед", "организац образован", "institution"));
		metrics.put(Metric.PARTICIPANTS, Phrase.all("қатысушы", "қатысқан", "участник", "участвовав", "человек",
				"адам саны", "participant", "attendee", "attendance", "people"));
		return metrics;
	}

	/** Where a phrase is in the cell; it grows when the next part completes it. */
	private static final class Span {

		private final int start;

		private int end;

		Span(int start, int end) {
			this.start = start;
			this.end = end;
		}

	}

}
