package kz.birge.planimport.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.birge.planimport.dates.Schedule.By;
import kz.birge.planimport.dates.Schedule.Every;
import kz.birge.planimport.dates.Schedule.From;
import kz.birge.planimport.dates.Schedule.OnDays;
import kz.birge.planimport.dates.Schedule.WholePeriod;

/**
 * The forms a date cell's parts take, as regular expressions over folded text (see
 * {@link Words#fold}) with a method each that says what a match means. Every form may
 * start with a stated year ("2023 жылғы", "ағымдағы жылдың") that fills in the years its
 * dates leave out.
 */
final class Forms {

	private static final String DATE = WrittenDate.DATE;

	private static final String DATE_OR_DAY = WrittenDate.DATE_OR_DAY;

	/** One way of saying something about dates. */
	record Form(String name, Pattern pattern, Meaning meaning) {
	}

	/**
	 * What a match of a form means; throws {@link java.time.DateTimeException} for
	 * impossible dates.
	 */
	@FunctionalInterface
	interface Meaning {

		Optional<Schedule> of(Matcher match, Resolver resolver);

	}

	private static final String DASH = "\\s*[-–—‒−]\\s*";

	/**
	 * "2023 жылғы", "2023 жылдың", "ағымдағы жылдың" (of the current year) before a date.
	 */
	private static final String STATED_YEAR = "(?:(?<statedYear>\\d{4})\\s*(?:жылгы|жылдын|жылы|ж)\\.?\\s*"
			+ "|агымдагы\\s+(?:жылгы|жылдын|жылы)\\s+)?";

	/** "2025 ж." after a month. */
	private static final String YEAR_AFTER_MONTH = "(?:\\s+(?<year>\\d{4})\\s*(?:жылы|ж|года|г)?\\.?)?";

	/**
	 * What makes a day of the week a weekly one: "әр апта сайын", "әр", "каждый", "по",
	 * "еженедельно по".
	 */
	private static final String WEEKLY_CUE = "(?:ар\\s+)?апта\\s+сайын|аптасына\\s+(?:1|бир)\\s+рет"
			+ "|(?:еженедельно|каждую\\s+неделю)(?:\\s+(?:по|в|во))?|ар|кажд\\p{L}+|по";

	/**
	 * "әр апта сайын бейсенбіде", "каждый четверг", "по четвергам", "Аптасына 1 рет жұма
	 * күні".
	 */
	private static final String WEEKLY_ON_A_DAY = "(?:" + WEEKLY_CUE + ")\\s+(?<weekday>" + Words.WEEKDAY
			+ ")(?:\\s+(?:сайын|куни))?";

	/**
	 * "средам" in "по понедельникам и средам": a day of the week in the plural says it
	 * repeats each week without a word of its own.
	 */
	private static final String DAYS_IN_PLURAL = "(?<weekday>(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)(?:ам|ям))";

	/** "бейсенбі сайын" (each Thursday). */
	private static final String A_DAY_EACH_WEEK = "(?<weekday>" + Words.WEEKDAY + ")\\s+сайын";

	/**
	 * "Айына бір рет", "Аптасына 1 рет", "Тоқсанына", "ай сайын", "айына 2 реттен кем
	 * емес".
	 */
	private static final String TIMES_PER = "(?:ар\\s+)?(?<unit>ай|апта|токсан)(?:ына|сына|да|\\s+сайын)"
			+ "(?:\\s+(?<count>" + Words.COUNT + ")\\s*(?:рет\\p{L}*|марте))?(?:\\s+кем\\s+емес)?";

	/** "раз в четверть", "2 раза в неделю", "каждый месяц". */
	private static final String TIMES_PER_IN_RUSSIAN = "(?:(?:(?<count>" + Words.COUNT
			+ ")\\s+)?раза?\\s+в|кажд\\p{L}+)\\s+(?<unit>месяц|неделю|четверть|квартал)";

	/** "ежемесячно", "еженедельно", "ежеквартально". */
	private static final String EVERY_IN_RUSSIAN = "(?<unit>ежемесячно|еженедельно|ежеквартально)";

	/**
	 * "акция өткізу мезгілінде", "жыл бойы", "оқу жылы бойы", "в течение года",
	 * "Тұрақты".
	 */
	private static final String WHOLE_PERIOD = String.join("|",
			"акци\\p{L}*\\s+(?:откизу\\s+)?(?:мезгилинде|барысында|кезинде|кезенинде|бойы\\p{L}*)",
			"(?:оку\\s+)?жыл\\p{L}*\\s+бойы\\p{L}*",
			"(?:в\\s+течение|на\\s+протяжении|в\\s+период)\\s+(?:всего\\s+)?(?:проведения\\s+)?(?:учебного\\s+)?"
					+ "(?:года|акции|периода)",
			"весь\\s+период",
			// adverbs that mean "ongoing" only when they are all a part says: "Тұрақты",
			// "Үнемі", "Постоянно"
			"^\\s*(?:туракты|унеми|постоянно)(?:\\s+турде)?\\s*$");

	/**
	 * "сағат 25.00", "40:00": what looks like a time but is none ({@link Times} reads the
	 * times first), recognised so as not to be read as a date, and reported.
	 */
	private static final String TIME_OF_DAY = "(?:сагат\\s*\\d{1,2}[.:]\\d{2}|\\d{1,2}:\\d{2})(?:-\\p{L}{1,3})?";

	/** "15 қарашадан 25 қарашаға дейін", "01.08.11 ж. бастап 20.09.11 ж. дейін". */
	private static final String FROM_UNTIL = "(?<from>" + DATE + ")\\s*(?:бастап\\s*)?(?<to>" + DATE
			+ ")\\s*дейин\\p{L}*";

	/** "1 тамыз мен 30 қыркүйек аралығында". */
	private static final String BETWEEN_AND = "(?<from>" + DATE_OR_DAY + ")\\s+(?:мен|жане|и)\\s+(?<to>" + DATE
			+ ")\\s+аралыг\\p{L}*";

	/** "с 1 по 15 сентября", "с 1 сентября до 15 октября". */
	private static final String FROM_TO_IN_RUSSIAN = "(?:с|со)\\s+(?<from>" + DATE_OR_DAY + ")\\s+(?:по|до)\\s+(?<to>"
			+ DATE + ")";

	/**
	 * "29 наурыз – 5 сәуір", "3-4 сәуір", "01-15.09. 2023ж", "15-25 қарашасы аралығында".
	 */
	private static final String DASHED_RANGE = "(?<from>" + DATE_OR_DAY + ")" + DASH + "(?<to>" + DATE
			+ ")(?:\\s+аралыг\\p{L}*)?";

	/** "Наурыз-мамыр", "апрель-май 2026". */
	private static final String MONTHS = "(?<from>" + Words.MONTH + ")" + DASH + "(?<to>" + Words.MONTH
			+ ")(?:\\s+айлары\\p{L}*)?" + YEAR_AFTER_MONTH;

	/** "Сәуір", "сәуір айында", "в апреле". */
	private static final String MONTH = "(?<month>" + Words.MONTH + ")(?:\\s+айы\\p{L}*)?" + YEAR_AFTER_MONTH;

	/** "10 сәуірге дейін", "25.07.11 ж. дейін". */
	private static final String UNTIL = "(?<date>" + DATE + ")\\s*дейин\\p{L}*";

	/** "до 20 января", "не позднее 25 мая". */
	private static final String UNTIL_IN_RUSSIAN = "(?:до|не\\s+позднее|не\\s+позже)\\s+(?<date>" + DATE + ")";

	/** "01.08.11 ж. бастап". */
	private static final String SINCE = "(?<date>" + DATE + ")\\s*бастап";

	/** "с 1 сентября", "начиная с 1 марта". */
	private static final String SINCE_IN_RUSSIAN = "(?:начиная\\s+)?(?:с|со)\\s+(?<date>" + DATE + ")";

	/** "27, 28 наурыз", "1, 2 және 3 сәуір". */
	private static final String DAYS_OF_A_MONTH = "(?<days>(?:\\d{1,2}\\s*(?:,|и|жане)\\s*)+)(?<date>" + DATE + ")";

	/** "19 наурыз", "15.12. 2023ж.", "12 декабря 2026 г.", "қыркүйектің 1-і". */
	private static final String A_DAY = "(?<date>" + DATE + ")";

	/**
	 * All forms. Where several match at the same place the longest wins, then the first
	 * listed.
	 */
	static final List<Form> ALL = List.of(form("weekly on a day", WEEKLY_ON_A_DAY, Forms::weeklyOn),
			form("a day each week", A_DAY_EACH_WEEK, Forms::weeklyOn),
			form("days of the week in the plural", DAYS_IN_PLURAL, Forms::weeklyOn),
			form("times per week, month or quarter", TIMES_PER, Forms::every),
			form("times per week, month or quarter, in Russian", TIMES_PER_IN_RUSSIAN, Forms::every),
			form("every week, month or quarter, in Russian", EVERY_IN_RUSSIAN, Forms::everyOnce),
			form("the whole period", WHOLE_PERIOD, Forms::wholePeriod),
			form("a time of day", TIME_OF_DAY, Forms::notRead),
			form("from a date until another", FROM_UNTIL, Forms::range),
			form("between two dates", BETWEEN_AND, Forms::range),
			form("from a date to another, in Russian", FROM_TO_IN_RUSSIAN, Forms::range),
			form("a range with a dash", DASHED_RANGE, Forms::range), form("months", MONTHS, Forms::months),
			form("a month", MONTH, Forms::month), form("a deadline", UNTIL, Forms::by),
			form("a deadline, in Russian", UNTIL_IN_RUSSIAN, Forms::by), form("a start", SINCE, Forms::from),
			form("a start, in Russian", SINCE_IN_RUSSIAN, Forms::from),
			form("days of a month", DAYS_OF_A_MONTH, Forms::days), form("a day", A_DAY, Forms::day));

	private Forms() {
	}

	/** A form matching whole words only, optionally after a stated year. */
	private static Form form(String name, String regex, Meaning meaning) {
		String words = "(?<![\\p{L}\\d])" + STATED_YEAR + "(?:" + regex + ")(?![\\p{L}\\d])";
		return new Form(name, Pattern.compile(words, Pattern.UNICODE_CHARACTER_CLASS), meaning);
	}

	/** The year the match states before its dates, if any. */
	static Optional<Integer> statedYear(Matcher match) {
		return Optional.ofNullable(match.group("statedYear")).map(Integer::parseInt);
	}

	private static Optional<Schedule> weeklyOn(Matcher match, Resolver resolver) {
		return Optional.of(Every.weeklyOn(Words.weekday(match.group("weekday"))));
	}

	private static Optional<Schedule> every(Matcher match, Resolver resolver) {
		int times = Words.count(Optional.ofNullable(match.group("count")));
		return Optional.of(new Every(Words.unit(match.group("unit")), Optional.empty(), times));
	}

	private static Optional<Schedule> everyOnce(Matcher match, Resolver resolver) {
		return Optional.of(new Every(Words.unit(match.group("unit"))));
	}

	private static Optional<Schedule> wholePeriod(Matcher match, Resolver resolver) {
		return Optional.of(new WholePeriod());
	}

	/** Recognised, but left to be reported as not understood. */
	private static Optional<Schedule> notRead(Matcher match, Resolver resolver) {
		return Optional.empty();
	}

	private static Optional<Schedule> range(Matcher match, Resolver resolver) {
		return Optional.of(resolver.range(date(match, "from"), date(match, "to")));
	}

	private static Optional<Schedule> months(Matcher match, Resolver resolver) {
		return Optional
			.of(resolver.months(Words.month(match.group("from")), Words.month(match.group("to")), year(match)));
	}

	private static Optional<Schedule> month(Matcher match, Resolver resolver) {
		int month = Words.month(match.group("month"));
		return Optional.of(resolver.months(month, month, year(match)));
	}

	private static Optional<Schedule> by(Matcher match, Resolver resolver) {
		return Optional.of(new By(resolver.day(date(match, "date"))));
	}

	private static Optional<Schedule> from(Matcher match, Resolver resolver) {
		return Optional.of(new From(resolver.day(date(match, "date"))));
	}

	/**
	 * "27, 28 наурыз": the listed days take the month and year of the last date, and come
	 * before it.
	 */
	private static Optional<Schedule> days(Matcher match, Resolver resolver) {
		WrittenDate lastDate = date(match, "date");
		LocalDate last = resolver.day(lastDate);
		List<LocalDate> days = new ArrayList<>();
		for (String day : match.group("days").split("\\D+")) {
			if (!day.isEmpty()) {
				days.add(Resolver.onOrBefore(last, WrittenDate.parse(day).inMonthOf(lastDate)));
			}
		}
		days.add(last);
		return Optional.of(new OnDays(days));
	}

	private static Optional<Schedule> day(Matcher match, Resolver resolver) {
		return Optional.of(OnDays.of(resolver.day(date(match, "date"))));
	}

	private static WrittenDate date(Matcher match, String group) {
		return WrittenDate.parse(match.group(group));
	}

	private static Optional<Integer> year(Matcher match) {
		return Optional.ofNullable(match.group("year")).map(Integer::parseInt);
	}

}
