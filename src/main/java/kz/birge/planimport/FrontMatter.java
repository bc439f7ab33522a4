package kz.birge.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

	private static final Pattern ORGANISATION_WORD = Pattern.compile(
			"РММ|КММ|МКК|\\bМЛ\\b|МЛ-|мектеп|лицей|гимназия|школ|парк|колледж|университет|орталығы|center|school|park",
			Pattern.UNICODE_CASE);

	private static final Pattern REGION = Pattern
		.compile("([\\p{Lu}][\\p{L}-]+(?:\\s+[\\p{Lu}][\\p{L}-]+)?)\\s+облысында", Pattern.UNICODE_CASE);

	private static final Pattern APPROVAL = Pattern
		.compile("БЕКІТЕМІН|КЕЛІСЕМІН|УТВЕРЖДАЮ|СОГЛАСОВАНО|директор|орынбасар|«\\s*»|_{3,}", Pattern.UNICODE_CASE);

	private FrontMatter() {
	}

	/** What the front matter said. */
	record Facts(Optional<String> organisation, String title, Optional<PlanPeriod> period) {
	}

	static Facts read(List<String> paragraphs) {
		List<String> lines = paragraphs.stream().map(FrontMatter::clean).filter((line) -> !line.isEmpty()).toList();
		int planLine = lastIndex(lines, PLAN_WORD, lines.size());
		int organisationLine = (planLine < 0) ? -1 : lastIndex(lines.subList(0, planLine), ORGANISATION_WORD, planLine);
		Optional<String> organisation = (organisationLine >= 0) ? Optional.of(lines.get(organisationLine))
				: region(lines);
		List<String> titleLines = new ArrayList<>();
		int from = (organisationLine >= 0) ? organisationLine + 1 : firstAfterApprovals(lines, planLine);
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
			if (APPROVAL.matcher(lines.get(i)).find()) {
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
