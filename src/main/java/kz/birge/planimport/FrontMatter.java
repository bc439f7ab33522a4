package kz.birge.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.birge.planimport.dates.DateGrammar;
import kz.birge.planimport.dates.ParsedDates;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;

/**
 * Reads what a plan says about itself in its prose: the organisation, the title, the
 * period ("2025 жылға", "2025-2026 оқу жылы", "на 2026-2027 учебный год", "2011 жылғы 1
 * тамыз мен 30 қыркүйек аралығында") and report deadlines ("есебі 2025 жылдың 21 сәуіріне
 * дейін").
 */
final class FrontMatter {

	private static final Pattern ACADEMIC_YEAR = Pattern.compile(
			"(20\\d\\d)\\s*[-–—]\\s*(20\\d\\d)\\s*(?:ж\\.?\\s*)?(?:оқу\\s+жыл|уч\\.?\\s*г|учебн|academic|school\\s+year)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern CALENDAR_YEAR = Pattern.compile(
			"(?:(20\\d\\d)\\s*(?:жыл(?:ға|ы|дың|ғы)?|ж\\.|год[ау]?|г\\.))|(?:на\\s+(20\\d\\d)\\s+год)|(?:for\\s+(20\\d\\d))",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * "2011 жылғы 1 тамыз мен 30 қыркүйек аралығында", "2023 жылғы 15 қарашадан 25
	 * қарашаға дейін".
	 */
	private static final Pattern SPAN_IN_YEAR = Pattern.compile(
			"(20\\d\\d)\\s*жылғы\\s+(\\d{1,2}\\s+\\p{L}+?)(?:\\s+мен|\\s*-?(?:дан|ден|тан|тен|нан|нен))\\s+(\\d{1,2}\\s+\\p{L}+?)(?:\\s+аралығында|\\s*-?(?:ға|ге|қа|ке|на|не)\\s+дейін)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** "2025 жылдың 21 сәуіріне дейін": a year before the day. */
	private static final Pattern YEAR_FIRST_DEADLINE = Pattern.compile(
			"(20\\d\\d)\\s*жылдың\\s+(\\d{1,2})\\s+(\\p{L}+?)(?:іне|ына|не|на|іна)?\\s+дейін",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern REPORT = Pattern.compile("есе[пб]|отч[её]т|report",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern PLAN_WORD = Pattern.compile("жоспар|план|plan",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Words that name a school, a park or another body, in the forms a name takes
	 * ("мектебі", "мектебінің", "гимназиясы", "школы", "паркі", "орталығы"); not
	 * "мектепке", "школьного" or a "Мектеп парламенті".
	 */
	private static final Pattern ORGANISATION_WORD = Pattern.compile(
			"(?<!\\p{L})(?:мектеп|мектептің|мектебі|мектебінің"
					+ "|лицей|лицейі|лицейінің|лицейдің|лицея|гимназия|гимназиясы|гимназиясының|гимназияның|гимназии"
					+ "|школа|школы|школа-лицей|школы-лицея|школа-гимназия|школы-гимназии|парк|паркі|паркінің|парктің"
					+ "|колледж|колледжі|колледжінің|колледжа|университет\\p{L}*|орталығы|орталығының|центр|центра"
					+ "|center|school|park)(?!\\p{L})(?!\\s+(?:парламент|оқушы|оқушылар))",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Abbreviations of schools and of legal forms: ЖББМ, ЖОББМ, ОМ, СОШ, ОШ, МЛ, КММ,
	 * КГУ…, possibly with a case ending ("МЛ-нің").
	 */
	private static final Pattern ORGANISATION_ABBREVIATION = Pattern.compile(
			"(?<!\\p{L})(?:ЖББМ|ЖОББМ|ЖОМ|ОМ|НМ|БМ|МЛ|МГ|ШЛ|НИШ|СОШ|ООШ|ОШ|НШ|СШ|РММ|КММ|ММ|МКҚК|МКК|КГУ|ГУ|КГКП|ГККП|МҰТП)"
					+ "(?:-\\p{L}{2,4})?(?!\\p{L})");

	/** A Kazakh genitive ending: "мектебінің", "МЛ-нің", "мектептің", "гимназияның". */
	private static final Pattern GENITIVE = Pattern.compile("-?(?:нің|ның|дің|дың|тің|тың)$", Pattern.UNICODE_CASE);

	/** Russian genitives of the words that name a school, and their nominatives. */
	private static final Map<String, String> RUSSIAN_NOMINATIVE = Map.of("школы", "школа", "гимназии", "гимназия",
			"лицея", "лицей", "школы-лицея", "школа-лицей", "школы-гимназии", "школа-гимназия", "колледжа", "колледж");

	/** A Russian feminine adjective in the genitive: "средней", "общеобразовательной". */
	private static final Pattern RUSSIAN_ADJECTIVE = Pattern.compile("\\p{Ll}+(?:ой|ей)");

	/** Where the name ends in a Russian plan's title: "на 2025-2026 учебный год". */
	private static final Pattern RUSSIAN_NAME_END = Pattern
		.compile("\\s(?:на|в|за)\\s+(?:20\\d\\d|\\p{L}+\\s+(?:год|полугодие))", Pattern.UNICODE_CASE);

	/** Words of an approval stamp's signatory line, to be taken off the name in it. */
	private static final Pattern SIGNATORY = Pattern.compile(
			"(?<!\\p{L})(?:директоры|директордың|директора|директор|басшысы|и\\.\\s*о\\.|м\\.\\s*а\\.)(?!\\p{L})"
					+ "|(?:\\p{Lu}\\.\\s*){1,2}\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+(?:\\p{Lu}\\.\\s*){1,2}|_+|:",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern REGION = Pattern
		.compile("([\\p{Lu}][\\p{L}-]+(?:\\s+[\\p{Lu}][\\p{L}-]+)?)\\s+облысында", Pattern.UNICODE_CASE);

	private static final Pattern APPROVAL = Pattern.compile(
			"БЕКІТЕМІН|БЕКІТІЛДІ|БЕКСЕМЕН|КЕЛІСЕМІН|КЕЛІСІЛДІ|УТВЕРЖДАЮ|УТВЕРЖДЕНО|СОГЛАСОВАНО|директор|Директор|орынбасар|заместитель"
					+ "|«\\s*»|_{3,}",
			Pattern.UNICODE_CASE);

	/**
	 * The rest of a stamp: a year or a date alone ("2026 ж.", "« » _____ 2026 ж."), a
	 * signature's name ("А.Б. Серікова").
	 */
	private static final Pattern STAMP_LINE = Pattern.compile(
			"^[«»\"\\s_.]*(?:\\d{1,2}[\\s.]*)?[«»\"\\s_.]*(?:\\p{L}+\\s+)?20\\d\\d\\s*(?:ж|жыл|жылы|г|год|года)?\\.?\\s*$"
					+ "|^[\\s_]*(?:(?:\\p{Lu}\\.\\s*){1,2}\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+(?:\\p{Lu}\\.\\s*){1,2})[\\s_]*$",
			Pattern.UNICODE_CASE);

	/** A list item's mark: "10)", "5. ", "·", "-", "•". */
	private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,2}(?:\\)|\\.\\s)|[·•\\-–—*])");

	/** The most words an organisation's name takes on its own line. */
	private static final int MAX_NAME_WORDS = 16;

	private FrontMatter() {
	}

	/** What the front matter said. */
	record Facts(Optional<String> organisation, String title, Optional<PlanPeriod> period) {
	}

	static Facts read(List<String> paragraphs) {
		List<String> lines = paragraphs.stream().map(FrontMatter::clean).filter((line) -> !line.isEmpty()).toList();
		int planLine = lastIndex(lines, PLAN_WORD, lines.size());
		Optional<Named> named = (planLine < 0) ? Optional.empty() : organisation(lines, planLine);
		Optional<String> organisation = named.map(Named::name).or(() -> region(lines));
		List<String> titleLines = new ArrayList<>();
		int from = named.filter((found) -> !found.inStamp())
			.map((found) -> (found.line() == planLine) ? planLine : found.line() + 1)
			.orElseGet(() -> firstAfterApprovals(lines, planLine));
		for (int i = from; i <= planLine && i < lines.size(); i++) {
			titleLines.add(lines.get(i));
		}
		// the year often stands on the line after the title ("2025-2026 оқу жылы")
		if (planLine >= 0 && planLine + 1 < lines.size() && ACADEMIC_YEAR.matcher(lines.get(planLine + 1)).find()) {
			titleLines.add(lines.get(planLine + 1));
		}
		String title = String.join(" ", titleLines).replaceAll("\\s+", " ").trim();
		return new Facts(organisation, title, period(String.join("\n", lines)));
	}

	/**
	 * An organisation's name, the line it was found on, and whether in an approval stamp.
	 */
	private record Named(String name, int line, boolean inStamp) {
	}

	/**
	 * The organisation a plan names: in its title's line in the genitive ("№12 мектебінің
	 * ... жоспары", "План работы гимназии №3 на ..."), on a line above the title
	 * ("Көкшетау қаласының №2 МЛ-нің"), or failing both in its approval stamp ("«№5
	 * ЖОББМ» КММ директоры", "Директор КГУ «СОШ №5»").
	 */
	private static Optional<Named> organisation(List<String> lines, int planLine) {
		Optional<String> inTitle = inTitleLine(lines.get(planLine));
		if (inTitle.isPresent()) {
			return Optional.of(new Named(inTitle.get(), planLine, false));
		}
		for (int i = planLine - 1; i >= 0; i--) {
			String line = lines.get(i);
			if (!stamp(line) && !sentence(line) && namesOrganisation(line)) {
				return Optional.of(new Named(nominative(line), i, false));
			}
		}
		for (int i = 0; i < planLine; i++) {
			String line = lines.get(i);
			if (APPROVAL.matcher(line).find()) {
				String rest = SIGNATORY.matcher(line).replaceAll(" ").replaceAll("\\s+", " ").strip();
				if (namesOrganisation(rest) && (rest.matches(".*[№\\d«\"].*") || rest.split(" ").length > 1)) {
					return Optional.of(new Named(nominative(rest), i, true));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The organisation a title line names in the genitive: Kazakh before its title ("№5
	 * ЖОББМ-нің ... жоспары"), Russian after the word for a plan ("План мероприятий
	 * средней школы №7 на 2025-2026 учебный год").
	 */
	private static Optional<String> inTitleLine(String line) {
		List<String> words = List.of(line.split(" "));
		int quoted = 0;
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean inQuotes = quoted > 0 || word.startsWith("«");
			quoted += count(word, '«') - count(word, '»');
			if (inQuotes) {
				continue;
			}
			if (namesOrganisation(word) && GENITIVE.matcher(word).find()) {
				return Optional.of(nominative(String.join(" ", words.subList(0, i + 1))));
			}
			if (RUSSIAN_NOMINATIVE.containsKey(lower(word.replaceAll("[^\\p{L}-]", "")))) {
				int first = i;
				while (first > 0 && RUSSIAN_ADJECTIVE.matcher(words.get(first - 1)).matches()) {
					first--;
				}
				String name = String.join(" ", words.subList(first, words.size()));
				Matcher end = RUSSIAN_NAME_END.matcher(name);
				return Optional.of(russianNominative(end.find() ? name.substring(0, end.start()) : name));
			}
		}
		return Optional.empty();
	}

	private static int count(String word, char quote) {
		return (int) word.chars().filter((c) -> c == quote).count();
	}

	private static boolean namesOrganisation(String text) {
		return ORGANISATION_WORD.matcher(text).find() || ORGANISATION_ABBREVIATION.matcher(text).find();
	}

	/**
	 * Whether a line is an item of a list or a sentence rather than a name: "10) «...»
	 * дебат сайысы", "· Мектеп оқушыларына ...", or more words than a name has.
	 */
	private static boolean sentence(String line) {
		return LIST_ITEM.matcher(line).find() || line.split(" ").length > MAX_NAME_WORDS;
	}

	private static boolean stamp(String line) {
		return APPROVAL.matcher(line).find() || STAMP_LINE.matcher(line).matches();
	}

	/**
	 * A Kazakh name with its last word out of the genitive: "Көкшетау қаласының №2
	 * МЛ-нің" is "Көкшетау қаласының №2 МЛ", "№12 мектебінің" is "№12 мектебі".
	 */
	static String nominative(String name) {
		String trimmed = name.strip().replaceAll("[,:;.]+$", "");
		int space = trimmed.lastIndexOf(' ');
		String last = trimmed.substring(space + 1);
		Matcher genitive = GENITIVE.matcher(last);
		if (!genitive.find() || last.length() - genitive.group().length() < 2) {
			return trimmed;
		}
		return trimmed.substring(0, space + 1) + last.substring(0, genitive.start());
	}

	/**
	 * A Russian name out of the genitive: "средней общеобразовательной школы №7" is
	 * "средняя общеобразовательная школа №7".
	 */
	static String russianNominative(String name) {
		List<String> words = new ArrayList<>();
		boolean noun = false;
		for (String word : name.strip().split(" ")) {
			String key = lower(word);
			if (!noun && RUSSIAN_NOMINATIVE.containsKey(key)) {
				String nominative = RUSSIAN_NOMINATIVE.get(key);
				words.add(Character.isUpperCase(word.charAt(0))
						? Character.toUpperCase(nominative.charAt(0)) + nominative.substring(1) : nominative);
				noun = true;
			}
			else if (!noun && RUSSIAN_ADJECTIVE.matcher(word).matches()) {
				words.add(word.endsWith("ней") ? word.substring(0, word.length() - 3) + "няя"
						: word.substring(0, word.length() - 2) + "ая");
			}
			else {
				words.add(word);
			}
		}
		return String.join(" ", words);
	}

	/** The period a text names, the most specific form first. */
	static Optional<PlanPeriod> period(String text) {
		Matcher span = SPAN_IN_YEAR.matcher(text);
		if (span.find()) {
			PlanPeriod year = PlanPeriod.calendarYear(Integer.parseInt(span.group(1)));
			Optional<LocalDate> from = firstDay(span.group(2), year);
			Optional<LocalDate> to = firstDay(span.group(3), year);
			if (from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())) {
				return Optional.of(new PlanPeriod(from.get(), to.get()));
			}
		}
		Matcher academic = ACADEMIC_YEAR.matcher(text);
		if (academic.find()) {
			return Optional.of(PlanPeriod.academicYear(Integer.parseInt(academic.group(1))));
		}
		Matcher calendar = CALENDAR_YEAR.matcher(text);
		while (calendar.find()) {
			for (int group = 1; group <= calendar.groupCount(); group++) {
				if (calendar.group(group) != null) {
					return Optional.of(PlanPeriod.calendarYear(Integer.parseInt(calendar.group(group))));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Report deadlines a note names: "толық есебі 2025 жылдың 21 сәуіріне дейін ...
	 * тапсырылсын".
	 */
	static List<LocalDate> reportDeadlines(String paragraph, PlanPeriod period) {
		if (!REPORT.matcher(paragraph).find()) {
			return List.of();
		}
		List<LocalDate> deadlines = new ArrayList<>();
		Matcher yearFirst = YEAR_FIRST_DEADLINE.matcher(paragraph);
		while (yearFirst.find()) {
			PlanPeriod year = PlanPeriod.calendarYear(Integer.parseInt(yearFirst.group(1)));
			firstDay(yearFirst.group(2) + " " + yearFirst.group(3), year).ifPresent(deadlines::add);
		}
		if (deadlines.isEmpty()) {
			ParsedDates parsed = DateGrammar.parse(paragraph, period);
			parsed.schedules()
				.stream()
				.filter(Schedule.By.class::isInstance)
				.map((schedule) -> ((Schedule.By) schedule).deadline())
				.forEach(deadlines::add);
		}
		return deadlines;
	}

	private static Optional<LocalDate> firstDay(String dayAndMonth, PlanPeriod year) {
		ParsedDates parsed = DateGrammar.parse(dayAndMonth, year);
		return parsed.schedules().stream().findFirst().flatMap(FrontMatter::startOf);
	}

	private static Optional<LocalDate> startOf(Schedule schedule) {
		if (schedule instanceof Schedule.OnDays days) {
			return Optional.of(days.days().get(0));
		}
		if (schedule instanceof Schedule.Between between) {
			return Optional.of(between.from());
		}
		if (schedule instanceof Schedule.By by) {
			return Optional.of(by.deadline());
		}
		return Optional.empty();
	}

	private static Optional<String> region(List<String> lines) {
		for (String line : lines) {
			Matcher matcher = REGION.matcher(line);
			if (matcher.find()) {
				return Optional.of(matcher.group(1) + " облысы");
			}
		}
		return Optional.empty();
	}

	private static int firstAfterApprovals(List<String> lines, int planLine) {
		int first = 0;
		for (int i = 0; i < Math.max(planLine, 0); i++) {
			if (stamp(lines.get(i))) {
				first = i + 1;
			}
		}
		return Math.min(first, Math.max(planLine, 0));
	}

	private static int lastIndex(List<String> lines, Pattern pattern, int before) {
		for (int i = Math.min(before, lines.size()) - 1; i >= 0; i--) {
			if (pattern.matcher(lines.get(i)).find() && !APPROVAL.matcher(lines.get(i)).find()) {
				return i;
			}
		}
		return -1;
	}

	static String clean(String text) {
		return text.replace("*", "").replaceAll("\\s+", " ").trim();
	}

	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
