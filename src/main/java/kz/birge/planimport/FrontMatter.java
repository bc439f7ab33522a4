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

	/**
	 * Days of one month with their year: "(2027 жылғы 12-22 сәуір)", "12–22 апреля 2027
	 * года".
	 */
	private static final Pattern DAYS_IN_YEAR = Pattern.compile(
			"(?:(20\\d\\d)\\s*жылғы\\s+(\\d{1,2}\\s*[-–]\\s*\\d{1,2}\\s+\\p{L}+))"
					+ "|(?:(\\d{1,2}\\s*[-–]\\s*\\d{1,2}\\s+\\p{L}+)\\s+(20\\d\\d)\\s*(?:год|г\\.))",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * A plan for one month: "на октябрь 2026 года", "за май 2027 г.", "2026 жылдың қазан
	 * айына", "2026 жылғы қазан айының".
	 */
	private static final Pattern MONTH_OF_YEAR = Pattern.compile(
			"(?:(?<![\\p{L}])(?:на|за)\\s+(\\p{L}+)\\s+(20\\d\\d)\\s*(?:год|г\\.))"
					+ "|(?:(20\\d\\d)\\s*(?:жылдың|жылғы|ж\\.)\\s+(\\p{L}+)\\s+ай)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	/** "2025 жылдың 21 сәуіріне дейін": a year before the day. */
	private static final Pattern YEAR_FIRST_DEADLINE = Pattern.compile(
			"(20\\d\\d)\\s*жылдың\\s+(\\d{1,2})\\s+(\\p{L}+?)(?:іне|ына|не|на|іна)?\\s+дейін",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern REPORT = Pattern.compile("есе[пб]|отч[её]т|report",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * What a plan may call itself instead: "Программа осенних каникул", "Жазғы демалыс
	 * бағдарламасы", "График дежурств", "Іс-шаралар кестесі".
	 */
	private static final Pattern PROGRAMME_WORD = Pattern.compile("программа|бағдарлама|график|кестесі|циклограмма",
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
			"(?<!\\p{L})(?:директоры|директордың|директора|директор|басшысы|басшы|и\\.\\s*о\\.|м\\.\\s*а\\.|бас|зам\\."
					+ "|орынбасар\\p{L}*|заместител\\p{L}*|руководител\\p{L}*|начальник\\p{L}*|меңгеруш\\p{L}*|заведующ\\p{L}*"
					+ "|председател\\p{L}*|төраға\\p{L}*|жөніндегі|по\\s+(?:ВР|УВР|УР|НМР))(?!\\p{L})"
					+ "|(?-i:(?:\\p{Lu}\\.\\s*){1,2}\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+(?:\\p{Lu}\\.\\s*){1,2})|_+|:",
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

	/** The most characters of a paragraph read for the front matter. */
	static final int MAX_LINE = 2_000;

	/**
	 * How far before and after a name in quotes the words that say what it names are
	 * looked for.
	 */
	private static final int NEIGHBOURHOOD = 200;

	/** The most words an organisation's name takes on its own line. */
	private static final int MAX_NAME_WORDS = 16;

	/** The fewest words of a name in a stamp without a number or quotes. */
	private static final int MIN_STAMP_NAME_WORDS = 3;

	/** The most lines a Russian title takes after its first. */
	private static final int MAX_TITLE_LINES = 3;

	/**
	 * Legal forms of organisations: КГУ, ГУ, КММ, РММ, ГККП, КГКП, МКҚК, ЖШС, ТОО, АҚ, АО
	 * and others.
	 */
	private static final String LEGAL_FORMS = "КГУ|ГУ|РГУ|КММ|РММ|ММ|ГККП|КГКП|ГКП|МКҚК|КМҚК|МКК|РМК|РГП|РГКП|ШЖҚ\\s+РМК|ШЖҚ\\s+МКК"
			+ "|ЖШС|ТОО|АҚ|КеАҚ|АО|НАО|ЧУ|ЖМ|МЖМ|ОО|ҚБ|ЧОУ|ЧУО";

	/** A name in «», one level of «» allowed inside: «Школа-гимназия «Жас Улан»». */
	private static final String QUOTED_TEXT = "«((?:[^«»]++|«[^«»]*+»)++)»";

	private static final Pattern QUOTED = Pattern.compile(QUOTED_TEXT + "|\"([^\"]{2,})\"|“([^”]{2,})”");

	/**
	 * An organisation by its legal form and its name: "КГУ «СОШ №7»", "«№5 ЖОББМ» КММ",
	 * "«Жоңғар-Алатауы МҰТП» РММ-нің".
	 */
	private static final Pattern LEGAL_NAME = Pattern.compile("(?<!\\p{L})(?:" + LEGAL_FORMS + ")\\s*" + QUOTED_TEXT
			+ "|" + QUOTED_TEXT + "\\s*(?:" + LEGAL_FORMS + ")(?:-?(?:нің|ның|дің|дың|тің|тың|не|на|ге|ға))?(?!\\p{L})",
			Pattern.UNICODE_CASE);

	/**
	 * An organisation by its legal form and its name as {@link #LEGAL_NAME}, or with the
	 * name's closing quote left out: "РГУ «ГНПП «Көлсай көлдері»".
	 */
	private static final Pattern LEGAL_NAME_UNCLOSED = Pattern.compile(
			LEGAL_NAME.pattern() + "|(?<!\\p{L})(?:" + LEGAL_FORMS + ")\\s*«[^«»]*«[^«»]*»(?!\\s*»)",
			Pattern.UNICODE_CASE);

	/** The last name in «» of an organisation's: «Көлсай көлдері». */
	private static final Pattern LAST_QUOTED = Pattern.compile("«[^«»]*\\p{L}[^«»]*»(?!.*«)");

	private static final Pattern LEGAL_BEFORE = Pattern.compile("(?<!\\p{L})(?:" + LEGAL_FORMS + ")\\s*$");

	private static final Pattern LEGAL_AFTER = Pattern.compile("^\\s*(?:" + LEGAL_FORMS + ")(?!\\p{L})");

	/** What follows the name of a programme a plan is part of: "... акциясы аясында". */
	private static final Pattern FRAMEWORK_AFTER = Pattern.compile(
			"^\\s*(?:\\p{L}+\\s+){0,3}?(?:аясында|шеңберінде|атындағы|имени)(?!\\p{L})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern FRAMEWORK_BEFORE = Pattern.compile(
			"(?:в\\s+рамках|в\\s+честь|имени)\\s+(?:\\p{L}+\\s+){0,2}$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * A branch named before the title: "Талғар филиалы", "Талгарский филиал", "Талғар
	 * филиалының".
	 */
	private static final Pattern BRANCH_FIRST = Pattern.compile(
			"^(?:[\\p{L}-]+\\s+){1,3}?филиал(?:ы|ының)?(?!\\p{L})[\\s,]*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The word for an action just before its name: "республиканской акции «...»". */
	private static final Pattern ACTION_BEFORE = Pattern.compile("(?<!\\p{L})акци(?:и|я|ю|ей)\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The word for an action just after its name: "«...» экологиялық акциясының". */
	private static final Pattern ACTION_AFTER = Pattern.compile("^\\s*(?:\\p{L}+\\s+){0,2}?акция\\p{L}*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Words before an organisation that make it a partner, not the plan's own: "с",
	 * "для".
	 */
	private static final Pattern PARTNER_BEFORE = Pattern.compile("(?<!\\p{L})(?:с|со|для|и|мен|бен|пен)\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A Russian title that opens with its word for a plan: "ПЛАН", "План работы". */
	private static final Pattern PLAN_FIRST = Pattern.compile("^(?:план|plan)(?!\\p{L})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private FrontMatter() {
	}

	/**
	 * What the front matter said.
	 *
	 * @param organisation the organisation the plan names
	 * @param title the campaign's title: the plan's name in «» where it has one, else its
	 * title lines
	 * @param period the period it covers
	 * @param sources where the organisation and the title were taken from
	 */
	record Facts(Optional<String> organisation, String title, Optional<PlanPeriod> period, Sources sources) {

		Facts(Optional<String> organisation, String title, Optional<PlanPeriod> period) {
			this(organisation, title, period, Sources.NONE);
		}

	}

	/**
	 * Where the organisation and the title were taken from, for the coordinator to check,
	 * and the stamps kept out of both.
	 *
	 * @param organisation the line the organisation was found in
	 * @param title the line the title was taken from (its first, when it spans several)
	 * @param stamps the words of the approval stamps recognised ("УТВЕРЖДАЮ")
	 */
	record Sources(Optional<Source> organisation, Optional<Source> title, List<String> stamps) {

		static final Sources NONE = new Sources(Optional.empty(), Optional.empty(), List.of());

		Sources {
			stamps = List.copyOf(stamps);
		}

	}

	/**
	 * A line something was taken from.
	 *
	 * @param origin what part of the front matter it is
	 * @param line the paragraph of the front matter, counted from 1
	 * @param text the line as written
	 */
	record Source(Origin origin, int line, String text) {
	}

	/** What part of the front matter a name was taken from. */
	enum Origin {

		/** The organisation, from the title's line: "№12 мектебінің ... жоспары". */
		TITLE,
		/** The organisation, from a line of its own above the title. */
		ABOVE_TITLE,
		/** The organisation, from an approval stamp's post: "Директор КГУ «СОШ №7»". */
		STAMP,
		/**
		 * The organisation unnamed, the region in its place: "Шығыс Қазақстан облысы".
		 */
		REGION,
		/** The title, as the plan's name in «»: «Жасыл ел». */
		QUOTED_NAME,
		/** The title, as the plan's title lines. */
		TITLE_LINES

	}

	static Facts read(List<String> paragraphs) {
		TitleBlock block = TitleBlock.of(paragraphs.stream().map(FrontMatter::head).toList());
		List<TitleBlock.Line> text = block.text();
		List<String> lines = text.stream().map(TitleBlock.Line::text).toList();
		int planLine = titleLine(lines);
		int end = titleEnd(lines, planLine);
		Optional<Named> named = (planLine < 0) ? Optional.empty() : organisation(lines, planLine, end);
		if (named.isEmpty()) {
			named = inStamps(block.stamps());
		}
		if (named.isEmpty()) {
			named = region(lines);
		}
		int from = named.filter((found) -> found.line() >= 0)
			.map((found) -> (found.line() >= planLine) ? planLine : found.line() + 1)
			.orElseGet(() -> firstAfterApprovals(lines, planLine));
		List<String> withoutOrganisation = named.map((found) -> withoutOrganisation(lines, found)).orElse(lines);
		List<String> titleLines = new ArrayList<>();
		for (int i = from; i <= end && i < lines.size(); i++) {
			titleLines.add(withoutOrganisation.get(i));
		}
		String title = withoutBranch(String.join(" ", titleLines).replaceAll("\\s+", " ").trim());
		if (title.codePoints().noneMatch(Character::isLetter)) {
			title = String.join(" ", lines.subList(Math.max(from, 0), Math.max(from, Math.min(end + 1, lines.size()))))
				.replaceAll("\\s+", " ")
				.trim();
		}
		Optional<Source> titleSource = titleLines.isEmpty() ? Optional.empty()
				: Optional.of(new Source(Origin.TITLE_LINES, text.get(from).paragraph() + 1, title));
		Optional<Source> quoted = quotedName(text, withoutOrganisation, firstAfterApprovals(lines, planLine), end,
				named.map(Named::raw).orElse(""));
		if (quoted.isPresent()) {
			title = quoted.get().text();
			titleSource = quoted;
		}
		Optional<PlanPeriod> period = period(String.join("\n", lines)).or(() -> period(String.join("\n", paragraphs)));
		Sources sources = new Sources(named.map((found) -> found.source(text)), titleSource,
				block.stamps().stream().map(TitleBlock.Stamp::word).toList());
		return new Facts(named.map(Named::name), title, period, sources);
	}

	/** The line that says this is a plan, or what a plan may call itself; -1 if none. */
	private static int titleLine(List<String> lines) {
		int plan = lastIndex(lines, PLAN_WORD, lines.size());
		return (plan >= 0) ? plan : lastIndex(lines, PROGRAMME_WORD, lines.size());
	}

	/**
	 * An organisation's name, the text it was taken from, and where: the line of text (-1
	 * when not in the text) or the stamp's paragraph.
	 */
	private record Named(String name, String raw, Origin origin, int line, int paragraph, String from) {

		Source source(List<TitleBlock.Line> text) {
			int at = (this.line >= 0) ? text.get(this.line).paragraph() : this.paragraph;
			return new Source(this.origin, at + 1, this.from);
		}

	}

	/**
	 * The organisation a plan names in its text: on its title's lines ("№12 мектебінің
	 * ... жоспары", "План работы гимназии №3 на ...", "План работы КГУ «СОШ №7»"), or on
	 * a line above the title ("Көкшетау қаласының №2 МЛ-нің").
	 */
	private static Optional<Named> organisation(List<String> lines, int planLine, int end) {
		for (int i = planLine; i <= end; i++) {
			String line = lines.get(i);
			Optional<Found> inTitle = nameIn(line);
			if (inTitle.isPresent()) {
				return Optional.of(new Named(inTitle.get().name(), inTitle.get().raw(), Origin.TITLE, i, -1, line));
			}
		}
		for (int i = planLine - 1; i >= 0; i--) {
			String line = lines.get(i);
			if (!stamp(line) && !sentence(line) && namesOrganisation(line)) {
				Found name = nameIn(line).orElseGet(() -> new Found(nominative(line), line));
				return Optional.of(new Named(name.name(), name.raw(), Origin.ABOVE_TITLE, i, -1, line));
			}
		}
		return Optional.empty();
	}

	/**
	 * The organisation a stamp's post names, the approving stamps first: "«№5 ЖОББМ» КММ
	 * директоры", "Директор КГУ «СОШ №5»", "Көкшетау қаласының №2 МЛ-нің директоры",
	 * "Директор средней школы №7".
	 */
	private static Optional<Named> inStamps(List<TitleBlock.Stamp> stamps) {
		List<TitleBlock.Stamp> ordered = new ArrayList<>(stamps);
		ordered.sort((a, b) -> Boolean.compare(b.approving(), a.approving()));
		for (TitleBlock.Stamp stamp : ordered) {
			String post = stamp.postText();
			Matcher legal = LEGAL_NAME.matcher(post);
			String name = null;
			if (legal.find()) {
				name = nominative(legal.group());
			}
			else {
				String rest = SIGNATORY.matcher(post).replaceAll(" ").replaceAll("\\s+", " ").strip();
				Optional<Found> inRest = nameIn(rest);
				if (inRest.isPresent()) {
					name = inRest.get().name();
				}
				else if (namesOrganisation(rest)) {
					name = nominative(rest);
				}
			}
			if (name != null && namesOrganisation(name)
					&& (name.matches(".*[№\\d«\"].*") || name.split(" ").length >= MIN_STAMP_NAME_WORDS)) {
				int paragraph = stamp.post().get(0).paragraph();
				return Optional.of(new Named(name, post, Origin.STAMP, -1, paragraph, stamp.word() + " " + post));
			}
		}
		return Optional.empty();
	}

	/**
	 * The organisation's name a line holds, and the words it was read from: a legal form
	 * with a name in «» ("КГУ «СОШ №7»", "«№5 ЖОББМ» КММ-нің"), else a name in the
	 * genitive.
	 */
	private static Optional<Found> nameIn(String line) {
		Matcher legal = LEGAL_NAME.matcher(line);
		if (legal.find()) {
			return Optional.of(new Found(nominative(legal.group()), legal.group()));
		}
		return inTitleLine(line);
	}

	/** An organisation's name and the words it was read from. */
	private record Found(String name, String raw) {
	}

	/**
	 * The line after which a title ends: a Russian title that opens with its word for a
	 * plan goes on over the next short lines up to its year ("ПЛАН" / "работы
	 * экологического клуба" / "на 2025-2026 учебный год"); any title takes its year on
	 * the next line ("2025-2026 оқу жылы").
	 */
	private static int titleEnd(List<String> lines, int planLine) {
		if (planLine < 0) {
			return planLine;
		}
		if (PLAN_FIRST.matcher(lines.get(planLine)).lookingAt() && !anyYear(lines.get(planLine))) {
			for (int i = planLine + 1; i < lines.size() && i <= planLine + MAX_TITLE_LINES; i++) {
				String line = lines.get(i);
				if (sentence(line) || stamp(line)) {
					break;
				}
				if (anyYear(line)) {
					return i;
				}
			}
		}
		boolean yearNext = planLine + 1 < lines.size() && ACADEMIC_YEAR.matcher(lines.get(planLine + 1)).find();
		return yearNext ? planLine + 1 : planLine;
	}

	private static boolean anyYear(String line) {
		return ACADEMIC_YEAR.matcher(line).find() || CALENDAR_YEAR.matcher(line).find();
	}

	/**
	 * The lines with the organisation found cut out of them, its legal form with it
	 * ("План работы с волонтёрами РГУ «ГНПП «Көлсай көлдері» на 2027 год" is "План работы
	 * с волонтёрами на 2027 год", "«№12 ЖОББМ» КММ-нің ... жоспары" is "... жоспары"); a
	 * name in the genitive without its legal form, or one after "с" or "для", stays.
	 */
	private static List<String> withoutOrganisation(List<String> lines, Named named) {
		List<String> cut = new ArrayList<>();
		for (String line : lines) {
			StringBuilder kept = new StringBuilder();
			int at = 0;
			Matcher legal = LEGAL_NAME_UNCLOSED.matcher(line);
			while (legal.find()) {
				String before = line.substring(at, legal.start());
				if (isOrganisation(legal.group(), named) && !PARTNER_BEFORE.matcher(before).find()) {
					kept.append(before).append(' ');
					at = legal.end();
				}
			}
			kept.append(line.substring(at));
			String rest = kept.toString().replaceAll("\\s+", " ").replaceAll("^[\\s,;:–—-]+|[\\s,;:–—-]+$", "");
			cut.add((at == 0) ? line : rest);
		}
		return cut;
	}

	/**
	 * Whether a legal form and its name is the organisation found: the words it was read
	 * from, or the same name in another case ("КММ-нің", "КММ"), or the same name in «»
	 * after a shorter form ("РГУ «ГНПП «Көлсай көлдері»").
	 */
	private static boolean isOrganisation(String legalName, Named named) {
		if (named.raw().contains(legalName) || named.name().contains(nominative(legalName))) {
			return true;
		}
		Matcher last = LAST_QUOTED.matcher(legalName);
		return last.find() && named.name().contains(last.group());
	}

	/** A title with the branch named before it dropped: "Талғар филиалы". */
	static String withoutBranch(String title) {
		Matcher branch = BRANCH_FIRST.matcher(title);
		if (branch.lookingAt() && branch.end() < title.length()
				&& PLAN_WORD.matcher(title.substring(branch.end())).find()) {
			return title.substring(branch.end());
		}
		return title;
	}

	/**
	 * The plan's own name in «» on its title's lines ("«Жасыл ел» акциясының жоспары"),
	 * an action's name first ("... акции «Бірге – таза Қазақстан»"), not a name in the
	 * organisation's ("КГУ «СОШ №7»"), not a programme it is part of ("«Рухани жаңғыру»
	 * бағдарламасы аясында") and not the blank of a date ("«___»").
	 */
	/**
	 * The start of a paragraph that front matter is read in: a title, a stamp or a period
	 * is said in far fewer characters, and a paragraph pasted whole is not read to its
	 * end by every rule that looks for them.
	 */
	private static String head(String paragraph) {
		return (paragraph.length() > MAX_LINE) ? paragraph.substring(0, MAX_LINE) : paragraph;
	}

	private static Optional<Source> quotedName(List<TitleBlock.Line> text, List<String> lines, int from, int end,
			String organisation) {
		Optional<Source> action = quotedName(text, lines, from, end, organisation, true);
		return action.isPresent() ? action : quotedName(text, lines, from, end, organisation, false);
	}

	private static Optional<Source> quotedName(List<TitleBlock.Line> text, List<String> lines, int from, int end,
			String organisation, boolean action) {
		for (int i = Math.max(from, 0); i <= end && i < text.size(); i++) {
			String line = lines.get(i);
			if (action ? LIST_ITEM.matcher(line).find() : sentence(line)) {
				continue;
			}
			Matcher quoted = QUOTED.matcher(line);
			while (quoted.find()) {
				String inside = quotedText(quoted).replaceAll("\\s+", " ").strip();
				String before = line.substring(Math.max(0, quoted.start() - NEIGHBOURHOOD), quoted.start());
				String after = line.substring(quoted.end(), Math.min(line.length(), quoted.end() + NEIGHBOURHOOD));
				// a blank to fill in, or a stamp's day in quotes («1» сентября), is no
				// name
				boolean blank = inside.codePoints().noneMatch(Character::isLetter);
				boolean ofOrganisation = organisation.contains(quoted.group()) || LEGAL_BEFORE.matcher(before).find()
						|| LEGAL_AFTER.matcher(after).lookingAt();
				boolean framework = FRAMEWORK_AFTER.matcher(after).lookingAt()
						|| FRAMEWORK_BEFORE.matcher(before).find();
				boolean tied = !action || ACTION_BEFORE.matcher(before).find()
						|| ACTION_AFTER.matcher(after).lookingAt();
				if (!blank && !ofOrganisation && !framework && tied) {
					return Optional.of(new Source(Origin.QUOTED_NAME, text.get(i).paragraph() + 1, "«" + inside + "»"));
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
	private static Optional<Found> inTitleLine(String line) {
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
				String raw = String.join(" ", words.subList(0, i + 1));
				return Optional.of(new Found(nominative(raw), raw));
			}
			if (RUSSIAN_NOMINATIVE.containsKey(lower(word.replaceAll("[^\\p{L}-]", "")))) {
				int first = i;
				while (first > 0 && RUSSIAN_ADJECTIVE.matcher(words.get(first - 1)).matches()) {
					first--;
				}
				String name = String.join(" ", words.subList(first, words.size()));
				Matcher end = RUSSIAN_NAME_END.matcher(name);
				String raw = end.find() ? name.substring(0, end.start()) : name;
				return Optional.of(new Found(russianNominative(raw), raw));
			}
		}
		return Optional.empty();
	}

	/** The words inside «», "" or “”, whichever were found. */
	private static String quotedText(Matcher quoted) {
		for (int group = 1; group <= quoted.groupCount(); group++) {
			if (quoted.group(group) != null) {
				return quoted.group(group);
			}
		}
		return "";
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
		return APPROVAL.matcher(line).find() || STAMP_LINE.matcher(line).matches() || TitleBlock.stampLike(line);
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
		Matcher days = DAYS_IN_YEAR.matcher(text);
		if (days.find()) {
			boolean kazakh = days.group(1) != null;
			Optional<PlanPeriod> named = span(kazakh ? days.group(2) : days.group(3),
					Integer.parseInt(kazakh ? days.group(1) : days.group(4)));
			if (named.isPresent()) {
				return named;
			}
		}
		Optional<PlanPeriod> month = month(text);
		if (month.isPresent()) {
			return month;
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

	private static Optional<PlanPeriod> month(String text) {
		Matcher matcher = MONTH_OF_YEAR.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		boolean russian = matcher.group(1) != null;
		String month = russian ? matcher.group(1) : matcher.group(4);
		int year = Integer.parseInt(russian ? matcher.group(2) : matcher.group(3));
		return span(month, year);
	}

	/** The period dates say when they are one span, read in the year. */
	private static Optional<PlanPeriod> span(String dates, int year) {
		ParsedDates parsed = DateGrammar.parse(dates, PlanPeriod.calendarYear(year));
		if (parsed.schedules().size() == 1 && parsed.notUnderstood().isEmpty()
				&& parsed.schedules().get(0) instanceof Schedule.Between between) {
			return Optional.of(new PlanPeriod(between.from(), between.to()));
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

	private static Optional<Named> region(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			Matcher matcher = REGION.matcher(lines.get(i));
			if (matcher.find()) {
				return Optional
					.of(new Named(matcher.group(1) + " облысы", matcher.group(), Origin.REGION, i, -1, lines.get(i)));
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
