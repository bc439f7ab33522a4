package kz.birge.planimport.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import kz.birge.planimport.dates.Schedule.Between;
import kz.birge.planimport.dates.Schedule.By;
import kz.birge.planimport.dates.Schedule.Every;
import kz.birge.planimport.dates.Schedule.Frequency;
import kz.birge.planimport.dates.Schedule.From;
import kz.birge.planimport.dates.Schedule.OnDays;
import kz.birge.planimport.dates.Schedule.WholePeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateGrammarTests {

	/** Seed 000: the TazaLike campaign of 2025. */
	private static final PlanPeriod TAZALIKE_2025 = PlanPeriod.calendarYear(2025);

	/** Seed 001: "Mektepke zhol", 1 August – 30 September 2011. */
	private static final PlanPeriod MEKTEPKE_ZHOL_2011 = new PlanPeriod(LocalDate.of(2011, 8, 1),
			LocalDate.of(2011, 9, 30));

	/** Seed 002: the children's-day ten-day of November 2023. */
	private static final PlanPeriod TEN_DAY_2023 = PlanPeriod.calendarYear(2023);

	/**
	 * Seed 004: the school parliament plan 2025-2026 (whose rows carry 2022-2024 dates).
	 */
	private static final PlanPeriod PARLIAMENT_2025_2026 = PlanPeriod.academicYear(2025);

	/** One date cell and what it must read as. */
	record Row(String cell, PlanPeriod period, List<Schedule> schedules, List<String> notUnderstood) {

		Row withNotUnderstood(String... parts) {
			return new Row(this.cell, this.period, this.schedules, List.of(parts));
		}

		@Override
		public String toString() {
			return this.cell.replace("\n", " ⏎ ");
		}

	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "seed000", "seed001", "seed002", "seed003", "seed004" })
	void readsEveryDateCellOfTheSeeds(Row row) {
		assertReads(row);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "kazakhForms", "russianForms", "numericForms", "repetitions", "severalParts", "boundedRepetitions",
			"yearsLeftOut" })
	void readsEveryDateForm(Row row) {
		assertReads(row);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("partlyOrNotUnderstood")
	void reportsWhatItDoesNotUnderstand(Row row) {
		assertReads(row);
		assertThat(DateGrammar.parse(row.cell(), row.period()).understood()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\n\n", " ; " })
	void anEmptyCellSaysNothing(String cell) {
		ParsedDates parsed = DateGrammar.parse(cell, TAZALIKE_2025);

		assertThat(parsed.isEmpty()).isTrue();
		assertThat(parsed.understood()).isTrue();
	}

	@Test
	void keepsTheOriginalTextOfWhatItDoesNotUnderstand() {
		ParsedDates parsed = DateGrammar.parse("Комиссия жоспарына сәйкес", MEKTEPKE_ZHOL_2011);

		assertThat(parsed.schedules()).isEmpty();
		assertThat(parsed.notUnderstood()).containsExactly("Комиссия жоспарына сәйкес");
		assertThat(parsed.understood()).isFalse();
	}

	static Stream<Row> seed000() {
		PlanPeriod p = TAZALIKE_2025;
		return Stream.of(row("19 наурыз", p, on("2025-03-19")),
				row("27 наурыз, 28 наурыз", p, on("2025-03-27", "2025-03-28")),
				row("29 наурыз – 5 сәуір", p, between("2025-03-29", "2025-04-05")),
				row("15 сәуір", p, on("2025-04-15")), row("3 сәуір", p, on("2025-04-03")),
				row("3-4 сәуір", p, between("2025-04-03", "2025-04-04")), row("10 сәуірге дейін", p, by("2025-04-10")),
				row("10-15 сәуір", p, between("2025-04-10", "2025-04-15")),
				row("1 сәуірге дейін\nСәуір", p, by("2025-04-01"), between("2025-04-01", "2025-04-30")),
				row("Сәуір", p, between("2025-04-01", "2025-04-30")),
				row("Наурыз-мамыр", p, between("2025-03-01", "2025-05-31")),
				row("2025 жылдың 21 сәуіріне дейін", p, by("2025-04-21")));
	}

	static Stream<Row> seed001() {
		PlanPeriod p = MEKTEPKE_ZHOL_2011;
		return Stream.of(row("25.07.11 ж. дейін", p, by("2011-07-25")),
				row("29.07. 11 ж – 01.08.11 ж  \n30.09.11 ж. дейін", p, between("2011-07-29", "2011-08-01"),
						by("2011-09-30")),
				row("25.08.11 ж дейін", p, by("2011-08-25")),
				row("01.08.11 ж. – 20.09.11 ж.", p, between("2011-08-01", "2011-09-20")),
				row("акция өткізу мезгілінде", p, new WholePeriod()),
				row("акция өткізу мезгілінде\n", p, new WholePeriod()),
				row("01.08.11 ж. – 15.08.11 ж.", p, between("2011-08-01", "2011-08-15")),
				row("01.08.11 ж. бастап", p, from("2011-08-01")), row("01.08.11 ж дейін", p, by("2011-08-01")),
				row("әр апта сайын бейсенбіде", p, Every.weeklyOn(DayOfWeek.THURSDAY)),
				row("2011 жылғы 1 тамыз мен 30 қыркүйек аралығында", p, between("2011-08-01", "2011-09-30")));
	}

	static Stream<Row> seed002() {
		PlanPeriod p = TEN_DAY_2023;
		return Stream.of(row("2023 жылғы 15 қарашадан 25 қарашаға дейін", p, between("2023-11-15", "2023-11-25")),
				row("2023 жылдың 15-25 қарашасы аралығында", p, between("2023-11-15", "2023-11-25")),
				row("2023 жылғы 15-25 қараша аралығында", p, between("2023-11-15", "2023-11-25")),
				row("ағымдағы жылдың 29 қарашасына дейін", p, by("2023-11-29")),
				row("2023 жылдың 25 қарашасына дейін", p, by("2023-11-25")),
				row("ағымдағы жылғы 30 қарашаға дейін", p, by("2023-11-30")),
				row("2023 жылғы 14 қарашадағы", p, on("2023-11-14")), row("20 қарашада", p, on("2023-11-20")),
				row("15.11.2023 ж.", p, on("2023-11-15")), row("15.11.2023", p, on("2023-11-15")));
	}

	static Stream<Row> seed003() {
		PlanPeriod p = PlanPeriod.calendarYear(2021);
		return Stream.of(row("айына 2 реттен кем емес", p, new Every(Frequency.MONTHLY, Optional.empty(), 2)),
				row("аптасына 2 рет", p, new Every(Frequency.WEEKLY, Optional.empty(), 2)),
				row("2012 жылғы 10 шілдедегі", p, on("2012-07-10")));
	}

	static Stream<Row> seed004() {
		PlanPeriod p = PARLIAMENT_2025_2026;
		return Stream.of(row("01-15.09. 2023ж", p, between("2023-09-01", "2023-09-15")),
				row("15-22.09. 2023ж", p, between("2023-09-15", "2023-09-22")),
				row("24.09. 2023ж.", p, on("2023-09-24")), row("Айына бір рет", p, new Every(Frequency.MONTHLY)),
				row("Токсанына 1 рет", p, new Every(Frequency.QUARTERLY)),
				row("04-08.10.2023ж.", p, between("2023-10-04", "2023-10-08")),
				row("Айына 1 рет", p, new Every(Frequency.MONTHLY)),
				row("Аптасына 1 рет", p, new Every(Frequency.WEEKLY)),
				row("08-12.11.2023ж.", p, between("2023-11-08", "2023-11-12")),
				row("15-19.11.2023ж.", p, between("2023-11-15", "2023-11-19")),
				row("02-03.12. 2023ж.", p, between("2023-12-02", "2023-12-03")),
				row("06-10.12. 2023ж.", p, between("2023-12-06", "2023-12-10")),
				row("13-15.12. 2023ж.", p, between("2023-12-13", "2023-12-15")),
				row("20-24.12. 2023ж.", p, between("2023-12-20", "2023-12-24")),
				row("15.12. 2023ж.", p, on("2023-12-15")),
				row("04-08.01.2024ж.", p, between("2024-01-04", "2024-01-08")),
				row("10-15.01.2024ж.", p, between("2024-01-10", "2024-01-15")),
				row("17-21.01.2024ж.", p, between("2024-01-17", "2024-01-21")),
				row("24-28.12.2024ж.", p, between("2024-12-24", "2024-12-28")),
				row("10.03.2022 ж.", p, on("2022-03-10")), row("14.03.2022ж.", p, on("2022-03-14")),
				row("15.03.2022 ж.", p, on("2022-03-15")),
				row("06-07.04.2022 ж.", p, between("2022-04-06", "2022-04-07")),
				row("11-15.04.2022 ж.", p, between("2022-04-11", "2022-04-15")),
				row("18-22.04.2022 ж.", p, between("2022-04-18", "2022-04-22")),
				row("25-26.04.2022 ж.", p, between("2022-04-25", "2022-04-26")),
				row("01-04.02.2022 ж.", p, between("2022-02-01", "2022-02-04")),
				row("07-11.02.2022 ж.", p, between("2022-02-07", "2022-02-11")),
				row("14-18.02.2022 ж.", p, between("2022-02-14", "2022-02-18")),
				row("21-25.02.2022 ж.", p, between("2022-02-21", "2022-02-25")),
				row("28.02.2022 ж.", p, on("2022-02-28")),
				// a word of the activity's name that slid into the date cell
				new Row("тәртіп 04.03.2022 ж.", p, List.of(on("2022-03-04")), List.of("тәртіп")));
	}

	static Stream<Row> kazakhForms() {
		PlanPeriod p = TAZALIKE_2025;
		return Stream.of(row("19-наурыз", p, on("2025-03-19")), row("Наурызда", p, between("2025-03-01", "2025-03-31")),
				row("сәуір айы", p, between("2025-04-01", "2025-04-30")),
				row("Қаңтар", p, between("2025-01-01", "2025-01-31")),
				row("ақпан", p, between("2025-02-01", "2025-02-28")), row("1 мамыр", p, on("2025-05-01")),
				row("1 маусым", p, on("2025-06-01")), row("6 шілде", p, on("2025-07-06")),
				row("30 тамыз", p, on("2025-08-30")), row("қыркүйектің 1-і", p, on("2025-09-01")),
				row("сәуірдің 15-іне дейін", p, by("2025-04-15")), row("1 қыркүйек", p, on("2025-09-01")),
				row("25 қазан", p, on("2025-10-25")), row("20 қарашасына дейін", p, by("2025-11-20")),
				row("16 желтоқсанға дейін", p, by("2025-12-16")), row("Сәуiр", p, between("2025-04-01", "2025-04-30")),
				row("САУИР", p, between("2025-04-01", "2025-04-30")), row("15 Кыркуйек", p, on("2025-09-15")),
				row("Желтоксан", p, between("2025-12-01", "2025-12-31")),
				row("1, 2 және 3 сәуір", p, on("2025-04-01", "2025-04-02", "2025-04-03")),
				row("27, 28 наурыз", p, on("2025-03-27", "2025-03-28")),
				row("30-2 сәуір", p, between("2025-03-30", "2025-04-02")),
				row("15 наурыздан 20 наурызға дейін", p, between("2025-03-15", "2025-03-20")),
				row("1 наурыздан бастап", p, from("2025-03-01")), row("жыл бойы", p, new WholePeriod()),
				row("оқу жылы бойы", p, new WholePeriod()), row("Тұрақты", p, new WholePeriod()),
				row("үнемі", p, new WholePeriod()), row("Акция барысында", p, new WholePeriod()));
	}

	static Stream<Row> russianForms() {
		PlanPeriod p = PlanPeriod.calendarYear(2026);
		return Stream.of(row("12 декабря 2026 г.", p, on("2026-12-12")), row("1 мая", p, on("2026-05-01")),
				row("15-20 апреля", p, between("2026-04-15", "2026-04-20")), row("до 20 января", p, by("2026-01-20")),
				row("не позднее 25 мая", p, by("2026-05-25")), row("с 1 сентября", p, from("2026-09-01")),
				row("начиная с 1 марта", p, from("2026-03-01")),
				row("с 1 по 15 сентября", p, between("2026-09-01", "2026-09-15")),
				row("с 1 сентября по 15 октября", p, between("2026-09-01", "2026-10-15")),
				row("15 марта – 20 марта", p, between("2026-03-15", "2026-03-20")),
				row("Апрель", p, between("2026-04-01", "2026-04-30")),
				row("в апреле", p, between("2026-04-01", "2026-04-30")),
				row("апрель-май", p, between("2026-04-01", "2026-05-31")),
				row("февраль", p, between("2026-02-01", "2026-02-28")), row("в течение года", p, new WholePeriod()),
				row("в течение учебного года", p, new WholePeriod()), row("в течение акции", p, new WholePeriod()),
				row("постоянно", p, new WholePeriod()));
	}

	static Stream<Row> numericForms() {
		PlanPeriod p = TAZALIKE_2025;
		return Stream.of(row("12.12.2026", p, on("2026-12-12")), row("15.12.", p, on("2025-12-15")),
				row("15.12", p, on("2025-12-15")), row("1.9.2023", p, on("2023-09-01")),
				row("29.07. 11 ж", p, on("2011-07-29")), row("05.05.2025 г.", p, on("2025-05-05")),
				row("05.05.2025 года", p, on("2025-05-05")), row("05.05.2025 жыл", p, on("2025-05-05")),
				row("29.07-01.08.2011", p, between("2011-07-29", "2011-08-01")),
				row("01.08.11 ж. бастап 20.09.11 ж. дейін", p, between("2011-08-01", "2011-09-20")),
				row("01.08.11—20.09.11", p, between("2011-08-01", "2011-09-20")),
				row("01.08.11 - 20.09.11", p, between("2011-08-01", "2011-09-20")),
				row("20.09-ға дейін", p, by("2025-09-20")), row("01.08-ден бастап", p, from("2025-08-01")));
	}

	static Stream<Row> repetitions() {
		PlanPeriod p = PARLIAMENT_2025_2026;
		return Stream.of(row("Тоқсанына", p, new Every(Frequency.QUARTERLY)),
				row("тоқсанына бір рет", p, new Every(Frequency.QUARTERLY)),
				row("ай сайын", p, new Every(Frequency.MONTHLY)), row("әр апта сайын", p, new Every(Frequency.WEEKLY)),
				row("ежемесячно", p, new Every(Frequency.MONTHLY)), row("еженедельно", p, new Every(Frequency.WEEKLY)),
				row("ежеквартально", p, new Every(Frequency.QUARTERLY)),
				row("раз в четверть", p, new Every(Frequency.QUARTERLY)),
				row("1 раз в месяц", p, new Every(Frequency.MONTHLY)),
				row("2 раза в неделю", p, new Every(Frequency.WEEKLY, Optional.empty(), 2)),
				row("каждый четверг", p, Every.weeklyOn(DayOfWeek.THURSDAY)),
				row("по четвергам", p, Every.weeklyOn(DayOfWeek.THURSDAY)),
				row("еженедельно по пятницам", p, Every.weeklyOn(DayOfWeek.FRIDAY)),
				row("каждую среду", p, Every.weeklyOn(DayOfWeek.WEDNESDAY)),
				row("дүйсенбі сайын", p, Every.weeklyOn(DayOfWeek.MONDAY)),
				row("әр сенбі", p, Every.weeklyOn(DayOfWeek.SATURDAY)),
				row("Аптасына 1 рет жұма күні", p, Every.weeklyOn(DayOfWeek.FRIDAY)));
	}

	static Stream<Row> severalParts() {
		PlanPeriod p = TAZALIKE_2025;
		return Stream.of(row("19 наурыз; 10 сәуірге дейін", p, on("2025-03-19"), by("2025-04-10")),
				row("19 наурыз\n27 наурыз", p, on("2025-03-19", "2025-03-27")),
				row("19 наурыз, 19 наурыз", p, on("2025-03-19")),
				// once a month in one month is that month
				row("Сәуір, айына бір рет", p, between("2025-04-01", "2025-04-30")),
				row("3 сәуір және 10-15 сәуір", p, on("2025-04-03"), between("2025-04-10", "2025-04-15")));
	}

	/**
	 * A repetition and its own dates in one part run within those dates; each part of a
	 * cell is read apart.
	 */
	static Stream<Row> boundedRepetitions() {
		PlanPeriod p = PARLIAMENT_2025_2026;
		return Stream.of(
				row("Қазан-желтоқсан айлары аптасына 1 рет", p,
						new Every(Frequency.WEEKLY).within(between("2025-10-01", "2025-12-31"))),
				row("Аптасына 1 рет, 31 желтоқсанға дейін", p,
						new Every(Frequency.WEEKLY).within(between("2025-09-01", "2025-12-31"))),
				row("каждый четверг до 25 декабря", p,
						Every.weeklyOn(DayOfWeek.THURSDAY).within(between("2025-09-01", "2025-12-25"))),
				row("еженедельно с 1 октября", p,
						new Every(Frequency.WEEKLY).within(between("2025-10-01", "2026-05-31"))),
				row("ежемесячно с 1 по 30 ноября", p, between("2025-11-01", "2025-11-30")),
				row("по пятницам в апреле", p,
						Every.weeklyOn(DayOfWeek.FRIDAY).within(between("2026-04-01", "2026-04-30"))),
				row("Қазан, қараша айлары аптасына 1 рет", p,
						new Every(Frequency.WEEKLY).within(between("2025-10-01", "2025-11-30"))),
				row("Қазан, желтоқсан айлары аптасына 1 рет", p,
						new Every(Frequency.WEEKLY).within(between("2025-10-01", "2025-10-31")),
						new Every(Frequency.WEEKLY).within(between("2025-12-01", "2025-12-31"))),
				// the year starts on Monday 1 September: one Thursday before the 4th
				row("каждый четверг до 4 сентября", p, on("2025-09-04")),
				row("ежемесячно до 30 сентября", p, between("2025-09-01", "2025-09-30")),
				row("Қазан айы\nаптасына 1 рет", p, between("2025-10-01", "2025-10-31"), new Every(Frequency.WEEKLY)));
	}

	static Stream<Row> yearsLeftOut() {
		PlanPeriod school = PARLIAMENT_2025_2026;
		PlanPeriod calendar = PlanPeriod.calendarYear(2025);
		return Stream.of(row("15 қыркүйек", school, on("2025-09-15")), row("15 қаңтар", school, on("2026-01-15")),
				row("25 желтоқсан – 10 қаңтар", school, between("2025-12-25", "2026-01-10")),
				row("25 желтоқсан – 10 қаңтар", calendar, between("2025-12-25", "2026-01-10")),
				row("10 тамыз – 5 қыркүйек", school, between("2025-08-10", "2025-09-05")),
				row("Қыркүйек-мамыр", school, between("2025-09-01", "2026-05-31")),
				row("қараша-қаңтар", school, between("2025-11-01", "2026-01-31")),
				row("29 ақпан", PlanPeriod.academicYear(2023), on("2024-02-29")),
				row("28.12 – 05.01.2024", school, between("2023-12-28", "2024-01-05")),
				row("2023 жылғы 25 желтоқсан – 5 қаңтар", school, between("2023-12-25", "2024-01-05")));
	}

	static Stream<Row> partlyOrNotUnderstood() {
		PlanPeriod p = TAZALIKE_2025;
		return Stream.of(
				// seed 001, items 20 and 6: no date, only "per the commission's / the
				// cities' plans"
				row("Комиссия жоспарына сәйкес", MEKTEPKE_ZHOL_2011).withNotUnderstood("Комиссия жоспарына сәйкес"),
				row("қалалар мен аудандар жоспар-ларына сәйкес", MEKTEPKE_ZHOL_2011)
					.withNotUnderstood("қалалар мен аудандар жоспар-ларына сәйкес"),
				// seed 003: a target figure is not a date
				row("ай сайын кемінде 5 кездесу", PlanPeriod.calendarYear(2021), new Every(Frequency.MONTHLY))
					.withNotUnderstood("кемінде 5 кездесу"),
				row("31 сәуір", p).withNotUnderstood("31 сәуір"), row("30.02.2024", p).withNotUnderstood("30.02.2024"),
				row("29 ақпан", p).withNotUnderstood("29 ақпан"),
				row("20.05.2024 – 10.05.2024", p).withNotUnderstood("20.05.2024 – 10.05.2024"),
				row("2.5 тонна", p).withNotUnderstood("2.5 тонна"),
				row("5-9 сыныптар", p).withNotUnderstood("5-9 сыныптар"),
				row("қаржылық тұрақты", p).withNotUnderstood("қаржылық тұрақты"),
				row("19 наурыз\nкелісім бойынша", p, on("2025-03-19")).withNotUnderstood("келісім бойынша"),
				row("сәуірдің соңына дейін", p, between("2025-04-01", "2025-04-30")).withNotUnderstood("соңына дейін"));
	}

	private static void assertReads(Row row) {
		ParsedDates parsed = DateGrammar.parse(row.cell(), row.period());

		assertThat(parsed.schedules()).as("schedules of %s", row).isEqualTo(row.schedules());
		assertThat(parsed.notUnderstood()).as("not understood in %s", row).isEqualTo(row.notUnderstood());
	}

	private static Row row(String cell, PlanPeriod period, Schedule... schedules) {
		return new Row(cell, period, List.of(schedules), List.of());
	}

	private static OnDays on(String... days) {
		return new OnDays(Stream.of(days).map(LocalDate::parse).toList());
	}

	private static Between between(String from, String to) {
		return new Between(LocalDate.parse(from), LocalDate.parse(to));
	}

	private static By by(String deadline) {
		return new By(LocalDate.parse(deadline));
	}

	private static From from(String start) {
		return new From(LocalDate.parse(start));
	}

	@Test
	void daysOfTheWeekInThePluralEachRepeatWeekly() {
		ParsedDates parsed = DateGrammar.parse("по понедельникам и средам с 16.00 до 17.30", TAZALIKE_2025);

		assertThat(parsed.schedules()).containsExactly(Every.weeklyOn(DayOfWeek.MONDAY),
				Every.weeklyOn(DayOfWeek.WEDNESDAY));
		assertThat(parsed.notUnderstood()).isEmpty();
	}

}
