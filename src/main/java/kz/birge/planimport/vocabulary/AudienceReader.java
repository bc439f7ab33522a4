package kz.birge.planimport.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kz.birge.catalog.Audience;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;

/**
 * Reads who an activity is for: grade ranges ("5-9 сыныптар", "7-сынып", "учащиеся 5-11
 * классов", "grades 5-9") and categories of people ("Парк қызметкерлері", "еріктілер",
 * "ата-аналар"). Classes count by their grade ("8 «А», 8 «Г»" and "7А, 7Б" are grade 8
 * and grade 7), and words for a group of grades name them ("начальные классы" 1-4,
 * "старшеклассники" 9-11, "барлық сынып" 1-11). Grades are 1 to 12 as written; anything
 * else ("15-20 сынып") is no grade range. A grade range means students even when the text
 * does not say so.
 */
public final class AudienceReader {

	/** Category stems (see {@link Phrase}). */
	private static final Map<Category, List<Phrase>> CATEGORIES = Map.of(Category.STUDENTS,
			Phrase.all("оқушы", "білім алушы", "тәрбиеленуші", "учащи", "ученик", "школьник", "обучающи", "студент",
					"student", "pupil"),
			Category.VOLUNTEERS, Phrase.all("ерікті", "волонтер", "эковолонтер", "доброволь", "volunteer"),
			Category.STAFF, Phrase.all("қызметкер", "сотрудник", "работник", "персонал", "staff", "employee"),
			Category.PARENTS, Phrase.all("ата-ана", "родител", "parent"), Category.TEACHERS,
			Phrase.all("педагог", "мұғалім", "ұстаз", "тәлімгер", "сынып жетекші", "учител", "преподавател",
					"классн руководител", "teacher"),
			Category.OFFICIALS, Phrase.all("әкім", "акимат", "мемлекеттік орган", "государствен орган", "госорган",
					"official", "government"));

	/**
	 * Words that say the numbers before them are grades: "сынып", "сыныбы", "классов",
	 * "кл.", "grades".
	 */
	private static final List<Phrase> GRADE_AFTER = Phrase.all("сынып", "сыныб", "класс", "кл$", "grade", "class");

	/** Words that say the numbers after them are grades: "grades 5-9", "class 7". */
	private static final List<Phrase> GRADE_BEFORE = Phrase.all("grade", "class");

	/**
	 * Ordinal endings between a number and its word: "5-ші сынып", "5-х классов", "5th
	 * grade".
	 */
	private static final Set<String> ORDINAL_ENDINGS = Set
		.of("ші", "шы", "ы", "і", "й", "х", "е", "го", "ые", "ых", "ый", "th", "st", "nd", "rd")
		.stream()
		.map(Folding::fold)
		.collect(Collectors.toSet());

	/**
	 * A grade or a range of grades: one or two digits, not part of a longer number or a
	 * date ("01-15.09.").
	 */
	private static final Pattern NUMBERS = Pattern
		.compile("(?<!\\d)(?<!\\d[.,/])(\\d{1,2})(?:\\s*[-–—]\\s*(\\d{1,2}))?(?!\\d)(?![.,/]\\d)(?!\\s*[-–—]\\s*\\d)"
				+ "(?:(?:(-)?([а-яa-z])|\\s*-?\\s*[«\"“„']\\s*([а-яa-z])\\s*[»\"”']?)(?![\\p{L}\\d]))?");

	/**
	 * Letters that follow a number as an ordinal ending rather than a class's parallel:
	 * "5-е", "5-х", "1-й"; "е" and "і" only after a hyphen, since "5Е" is a class.
	 */
	private static final String ORDINAL_LETTERS = "йхы";

	private static final String ORDINAL_LETTERS_AFTER_HYPHEN = "ейхыи";

	/**
	 * Words for a group of grades: "барлық сынып" and "все классы" (1-11), "начальные
	 * классы" and "бастауыш сынып" (1-4), "средние классы" (5-9), "старшеклассники" and
	 * "жоғары сынып" (9-11).
	 */
	private static final Map<GradeRange, List<Phrase>> GRADE_GROUPS = Map.of(new GradeRange(1, 11), Phrase
		.all("барлық сынып", "барлык сынып", "все класс", "всех класс", "всем класс", "all grades", "all classes"),
			new GradeRange(1, 4),
			Phrase.all("начальн класс", "начальн школ", "начальн звен", "младш класс", "младшеклассник",
					"бастауыш сынып", "бастауыш мектеп", "бастауыш буын", "кіші сынып", "primary school",
					"primary grades"),
			new GradeRange(5, 9),
			Phrase.all("средн класс", "средн звен", "орта буын", "орта сынып", "middle school", "middle grades"),
			new GradeRange(9, 11), Phrase.all("старшеклассник", "старш класс", "старш звен", "жоғары сынып",
					"жоғарғы сынып", "жоғары буын", "senior grades", "senior students", "high school"));

	/**
	 * Words after a group of grades that make it someone else's: "бастауыш сынып
	 * мұғалімдері", "барлық сынып жетекшілері".
	 */
	private static final List<Phrase> NOT_THE_STUDENTS_AFTER = Phrase.all("мұғалім", "педагог", "жетекш", "руковод",
			"ата-ана", "teacher", "parent");

	/**
	 * Words before a group of grades that make it someone else's: "учителя начальных
	 * классов".
	 */
	private static final List<Phrase> NOT_THE_STUDENTS_BEFORE = Phrase.all("учител", "педагог", "классн", "руковод",
			"родител", "teacher", "parent");

	/** What may stand between the ranges of one list: "1-4, 5-9", "5 и 6", "7 және 8". */
	private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:[,;/&]|және|жане|и|and)?\\s*");

	/** A folded Kazakh word in the genitive: "оқушыларының" (the students'). */
	private static final Pattern KAZAKH_GENITIVE = Pattern.compile("(?:нын|нин|дын|дин|тын|тин)$");

	private AudienceReader() {
	}

	/**
	 * The audience an audience cell names. Besides grades followed by a grade word, a
	 * cell may list bare ranges ("1–4", "5-9, 10-11") or ranges followed by a word for
	 * students ("5-9 оқушылар").
	 */
	public static Audience read(String text) {
		if (text == null || text.isBlank()) {
			return Audience.UNSPECIFIED;
		}
		List<GradeRange> grades = grades(text, true);
		List<String> words = Folding.words(text);
		Set<Category> categories = EnumSet.noneOf(Category.class);
		CATEGORIES.forEach((category, phrases) -> {
			if (phrases.stream().anyMatch((phrase) -> phrase.in(words))) {
				categories.add(category);
			}
		});
		if (categories.contains(Category.PARENTS) && studentsOnlyAsWhose(words)) {
			categories.remove(Category.STUDENTS);
		}
		else if (!grades.isEmpty()) {
			categories.add(Category.STUDENTS);
		}
		return new Audience(grades, categories);
	}

	/**
	 * Whether the students are named only as those whose parents come: "1-11 сынып
	 * оқушыларының ата-аналары", "родители учащихся 5-х классов", "родители 9-х классов".
	 */
	private static boolean studentsOnlyAsWhose(List<String> words) {
		List<Phrase> students = CATEGORIES.get(Category.STUDENTS);
		List<Phrase> parents = CATEGORIES.get(Category.PARENTS);
		for (int i = 0; i < words.size(); i++) {
			if (startsWithAny(words, i, students)) {
				boolean genitive = KAZAKH_GENITIVE.matcher(words.get(i)).find();
				boolean afterParents = i > 0 && startsWithAny(words, i - 1, parents);
				if (!genitive && !afterParents) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * The grade ranges written in any text, such as an evidence cell that begins "7-9
	 * сынып білім алушылары"; only numbers next to a grade word count, so dates and
	 * counts are left alone.
	 */
	public static List<GradeRange> gradesIn(String anyText) {
		return (anyText != null) ? grades(anyText, false) : List.of();
	}

	/**
	 * How far around a list of grades its words are looked for: the words next to it, not
	 * the whole text once for every list in it.
	 */
	private static final int WORDS_WINDOW = 120;

	private static List<GradeRange> grades(String text, boolean audienceCell) {
		String folded = Folding.letters(text);
		Set<GradeRange> grades = new LinkedHashSet<>();
		for (List<WrittenRange> list : lists(folded)) {
			int start = list.get(0).start();
			int end = list.get(list.size() - 1).end();
			boolean classes = audienceCell && list.stream().anyMatch(WrittenRange::parallel);
			String after = folded.substring(end, Math.min(folded.length(), end + WORDS_WINDOW));
			String before = folded.substring(Math.max(0, start - WORDS_WINDOW), start);
			if (gradeWordAfter(after) || gradeWordBefore(before) || (audienceCell && bareList(after)) || classes) {
				list.stream().map(WrittenRange::range).filter(Objects::nonNull).forEach(grades::add);
			}
		}
		grades.addAll(groups(text));
		return List.copyOf(grades);
	}

	/** The grades that words for a group of them name ("начальные классы" is 1-4). */
	private static List<GradeRange> groups(String text) {
		List<String> words = Folding.words(text);
		List<GradeRange> found = new ArrayList<>();
		GRADE_GROUPS.forEach((range, phrases) -> {
			for (Phrase phrase : phrases) {
				for (int start = 0; start + phrase.size() <= words.size(); start++) {
					if (phrase.startsAt(words, start) && ofStudents(words, start, start + phrase.size())) {
						found.add(range);
						return;
					}
				}
			}
		});
		found.sort(Comparator.comparingInt(GradeRange::from).thenComparingInt(GradeRange::to));
		return found;
	}

	/**
	 * Whether the group at words {@code start} to {@code end} (excluded) is of students,
	 * not of their teachers or parents.
	 */
	private static boolean ofStudents(List<String> words, int start, int end) {
		return !startsWithAny(words, end, NOT_THE_STUDENTS_AFTER)
				&& !(start > 0 && startsWithAny(words, start - 1, NOT_THE_STUDENTS_BEFORE));
	}

	/**
	 * The numbers of the text, grouped into lists ("1-4, 5-9" is one list, "1-4 сыныптар
	 * 5-9" two).
	 */
	private static List<List<WrittenRange>> lists(String folded) {
		List<List<WrittenRange>> lists = new ArrayList<>();
		Matcher matcher = NUMBERS.matcher(folded);
		List<WrittenRange> current = null;
		while (matcher.find()) {
			int from = Integer.parseInt(matcher.group(1));
			int to = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : from;
			WrittenRange range = new WrittenRange(matcher.start(), matcher.end(), from, to, parallel(matcher));
			boolean continues = current != null
					&& LIST_SEPARATOR.matcher(folded.substring(current.get(current.size() - 1).end(), range.start()))
						.matches();
			if (!continues) {
				current = new ArrayList<>();
				lists.add(current);
			}
			current.add(range);
		}
		return lists;
	}

	/**
	 * Whether the number is followed by a class's parallel letter ("7А", "8 «Г»"), not an
	 * ordinal ending ("5-е", "5-х").
	 */
	private static boolean parallel(Matcher matcher) {
		if (matcher.group(5) != null) {
			return true;
		}
		String letter = matcher.group(4);
		if (letter == null) {
			return false;
		}
		String ordinal = (matcher.group(3) != null) ? ORDINAL_LETTERS_AFTER_HYPHEN : ORDINAL_LETTERS;
		return !ordinal.contains(letter);
	}

	private static boolean gradeWordAfter(String rest) {
		List<String> words = Folding.words(rest);
		int first = (!words.isEmpty() && ORDINAL_ENDINGS.contains(words.get(0))) ? 1 : 0;
		return startsWithAny(words, first, GRADE_AFTER);
	}

	private static boolean gradeWordBefore(String before) {
		List<String> words = Folding.words(before);
		return !words.isEmpty() && startsWithAny(words, words.size() - 1, GRADE_BEFORE);
	}

	/**
	 * Whether the list ends the cell or its part, or is followed by a word for students.
	 */
	private static boolean bareList(String rest) {
		String trimmed = rest.strip();
		return trimmed.isEmpty() || ",;/)".indexOf(trimmed.charAt(0)) >= 0
				|| startsWithAny(Folding.words(rest), 0, CATEGORIES.get(Category.STUDENTS));
	}

	private static boolean startsWithAny(List<String> words, int start, List<Phrase> phrases) {
		return phrases.stream().anyMatch((phrase) -> phrase.startsAt(words, start));
	}

	/** Grades as written, where they are in the text. */
	private record WrittenRange(int start, int end, int from, int to, boolean parallel) {

		/**
		 * The grade range, or null when no grade range can be so ("15-20", "9-5", "0").
		 */
		GradeRange range() {
			return (this.from >= 1 && this.from <= this.to && this.to <= 12) ? new GradeRange(this.from, this.to)
					: null;
		}

	}

}
