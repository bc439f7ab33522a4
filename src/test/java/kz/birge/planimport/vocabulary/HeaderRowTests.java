package kz.birge.planimport.vocabulary;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import kz.birge.catalog.GradeRange;
import kz.birge.planimport.ImportWarning;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.PlanReader;
import kz.birge.planimport.ReadPlan;
import kz.birge.planimport.dates.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static kz.birge.planimport.vocabulary.Column.AUDIENCE;
import static kz.birge.planimport.vocabulary.Column.DATES;
import static kz.birge.planimport.vocabulary.Column.DESCRIPTION;
import static kz.birge.planimport.vocabulary.Column.END;
import static kz.birge.planimport.vocabulary.Column.EVIDENCE;
import static kz.birge.planimport.vocabulary.Column.FORM;
import static kz.birge.planimport.vocabulary.Column.INDICATORS;
import static kz.birge.planimport.vocabulary.Column.NOTES;
import static kz.birge.planimport.vocabulary.Column.NUMBER;
import static kz.birge.planimport.vocabulary.Column.PARTNERS;
import static kz.birge.planimport.vocabulary.Column.PLACE;
import static kz.birge.planimport.vocabulary.Column.PROJECT;
import static kz.birge.planimport.vocabulary.Column.RESPONSIBLE;
import static kz.birge.planimport.vocabulary.Column.TIME;
import static kz.birge.planimport.vocabulary.Column.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

class HeaderRowTests {

	/** A row of cells and the column each names, null for none. */
	record Header(List<String> cells, List<Column> columns) {

		static Header of(Column... columns) {
			return new Header(List.of(), Arrays.asList(columns));
		}

		Header cells(String... cells) {
			assertThat(cells).hasSameSizeAs(this.columns);
			return new Header(List.of(cells), this.columns);
		}

		Map<Integer, Column> byIndex() {
			Map<Integer, Column> byIndex = new TreeMap<>();
			for (int i = 0; i < this.columns.size(); i++) {
				if (this.columns.get(i) != null) {
					byIndex.put(i, this.columns.get(i));
				}
			}
			return byIndex;
		}

		@Override
		public String toString() {
			return String.join(" | ", this.cells).replace("\n", " ⏎ ");
		}

	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "seedHeaders", "russianHeaders", "englishHeaders", "writtenLoosely", "publishedHeaders",
			"schoolClubHeaders", "brokenAndAbbreviated" })
	void recognisesHeaderRows(Header header) {
		assertThat(HeaderRow.match(header.cells())).contains(header.byIndex());
	}

	static Stream<Header> seedHeaders() {
		Header parliament = Header.of(NUMBER, PROJECT, TITLE, DATES, RESPONSIBLE, PARTNERS, AUDIENCE, EVIDENCE);
		return Stream.of(
				// 000: the TazaLike plan
				Header.of(NUMBER, TITLE, PLACE, RESPONSIBLE, DATES, AUDIENCE, INDICATORS)
					.cells("№", "Іс-шараның атауы", "Өткізілу орны", "Жауаптылар", "Орындалу мерзімі", "Қатысатындар",
							"Орындалу индикаторлары"),
				// 001: "Mektepke zhol", one cell per line in the text
				Header.of(NUMBER, TITLE, DATES, RESPONSIBLE)
					.cells("№", "Іс-шараның атауы", "Орындау мерзімі", "Жауаптылар "),
				// 004: the school parliament's fractions, with the audience header
				// written three ways
				parliament.cells("№", "Жобалық қызметінің бағыттары", "Іс-шаралар атауы, өткізілу формасы",
						"Өткізу мерзімі", "Жауаптылар", "Серіктестер", "мақсаты қатысушылар",
						"Орындалуы туралы мәлімет"),
				parliament.cells("№", "Жобалық қызметінің бағыттары", "Іс-шаралар атауы, өткізілу формасы",
						"Өткізу мерзімі", "Жауаптылар", "Серіктестер", "Мақсатты аудитория: қатысушылар",
						"Орындалуы туралы мәлімет"),
				parliament.cells("№", "Жобалық қызметінің бағыттары", "Іс-шаралар атауы, өткізілу формасы",
						"Өткізу мерзімі", "Жауаптылар", "Серіктестер", "Максатты аудитория: қатысушылар",
						"Орындалуы туралы мәлімет"),
				// 004, the charity fraction: no audience column
				Header.of(NUMBER, PROJECT, TITLE, DATES, RESPONSIBLE, PARTNERS, EVIDENCE)
					.cells("№", "Жобалық қызметінің бағыттары", "Іс-шаралар атауы, өткізілу формасы", "Өткізу мерзімі",
							"Жауаптылар", "Серіктестер", "Орындалуы туралы мәлімет"));
	}

	static Stream<Header> russianHeaders() {
		return Stream.of(
				Header.of(NUMBER, TITLE, FORM, PLACE, RESPONSIBLE, DATES, AUDIENCE, INDICATORS, PARTNERS, EVIDENCE)
					.cells("№ п/п", "Наименование мероприятия", "Форма проведения", "Место проведения", "Ответственные",
							"Сроки", "Участники", "Индикаторы", "Партнёры", "Отметка о выполнении"),
				Header.of(NUMBER, PROJECT, TITLE, DATES, RESPONSIBLE, AUDIENCE, INDICATORS, PARTNERS)
					.cells("№", "Направление", "Мероприятие", "Срок исполнения", "Ответственный", "Целевая аудитория",
							"Показатели", "Партнеры"),
				Header.of(PROJECT, TITLE, DATES, PLACE).cells("Проект", "Мероприятия", "Дата", "Место"),
				Header.of(TITLE, DESCRIPTION, DATES).cells("Наименование", "Описание", "Сроки проведения"));
	}

	static Stream<Header> englishHeaders() {
		return Stream.of(
				Header.of(NUMBER, TITLE, FORM, PLACE, RESPONSIBLE, DATES, AUDIENCE, INDICATORS, PARTNERS, EVIDENCE)
					.cells("No.", "Activity", "Form", "Place", "Responsible", "Dates", "Participants", "Indicators",
							"Partners", "Evidence"),
				Header.of(TITLE, PLACE, DATES, AUDIENCE).cells("Title", "Venue", "Date", "Target audience"),
				Header.of(TITLE, DATES, PLACE, AUDIENCE).cells("Name", "When", "Where", "Audience"),
				Header.of(TITLE, DATES, RESPONSIBLE).cells("Activity", "Deadline", "Responsible"));
	}

	/**
	 * Case, punctuation, spaces, letter variants, typos, order, unknown columns and
	 * repeated columns.
	 */
	static Stream<Header> writtenLoosely() {
		return Stream.of(
				Header.of(NUMBER, TITLE, DATES, RESPONSIBLE)
					.cells("  № ", "ІС-ШАРАНЫҢ АТАУЫ", "орындау  мерзімі:", "Жауаптылар."),
				Header.of(NUMBER, TITLE, DATES, AUDIENCE)
					.cells("№", "Іс-шаранын атауы", "Орындалу мерзими", "Мақсатты аудитория - қатысушылар"),
				Header.of(TITLE, DATES, RESPONSIBLE).cells("Iс-шараның атауы", "Өткізу мерзімі", "Жауапты"),
				Header.of(TITLE, DATES, INDICATORS, RESPONSIBLE)
					.cells("Іс-шаралар\nатауы", "Орындалу\nмерзімі", "Орындалу индикатрлары", "Жауаптылр"),
				Header.of(DATES, AUDIENCE, TITLE, NUMBER).cells("Сроки", "Участники", "Мероприятие", "№"),
				Header.of(NUMBER, TITLE, null, DATES, null, RESPONSIBLE)
					.cells("№", "Іс-шараның атауы", "Қолы", "Орындау мерзімі", "", "Жауаптылар"),
				Header.of(TITLE, null, DATES, PLACE).cells("Мероприятие", "Наименование", "Дата", "Место"),
				Header.of(TITLE, DATES, RESPONSIBLE)
					.cells("Іс-шараның атауы (өткізу формасы)", "Мерзімі (күні)", "Жауаптылар (аты-жөні)"));
	}

	/** Header rows as published Kazakh and Russian plans write them (see HEADERS.md). */
	static Stream<Header> publishedHeaders() {
		return Stream.of(
				// an akimat's clean-up plan
				Header.of(NUMBER, TITLE, DATES, RESPONSIBLE)
					.cells("п/п", "Мероприятия", "Срок исполнения", "Ответственные исполнители"),
				Header.of(NUMBER, TITLE, DATES).cells("N п/п", "Наименование мероприятия", "Срок исполнения"),
				// a state enterprise's plan, in Kazakh
				Header.of(NUMBER, TITLE, DATES, FORM, RESPONSIBLE)
					.cells("№", "Іс-шараның атауы", "Орындау мерзімі", "Аяқтау нысаны", "Жауапты орындаушылар"),
				// a university's work plan, in Kazakh and in Russian
				Header.of(NUMBER, TITLE, RESPONSIBLE, null, INDICATORS, NOTES)
					.cells("№", "Іс-шараның атауы", "Жауапты орындаушы", "Квартал", "Жоспарланған нәтиже", "Ескерту"),
				Header.of(NUMBER, TITLE, RESPONSIBLE, null, INDICATORS, NOTES)
					.cells("№", "Наименование мероприятия", "Ответственный исполнитель", "Квартал",
							"Планируемый результат", "Примечание"),
				// a school's calendar plan of educational work
				Header.of(TITLE, AUDIENCE, DATES, RESPONSIBLE)
					.cells("Дела, события, мероприятия", "Классы", "Ориентировочное время проведения", "Ответственные"),
				// a class teacher's plan by direction
				Header.of(NUMBER, TITLE, DATES, PROJECT)
					.cells("№ п/п", "Мероприятие", "Сроки", "Направленность в работе"),
				// a children's organisation's plan
				Header.of(TITLE, DATES, RESPONSIBLE).cells("Что делается", "Время проведения", "Ответственные"),
				// a school council's plan: the content of the work beside the activity
				Header.of(DATES, TITLE, DESCRIPTION).cells("Дата", "Мероприятие", "Содержание работы"),
				// a school parliament's plan, by chamber
				Header.of(NUMBER, PROJECT, TITLE, DATES).cells("п/п", "Палаты", "Мероприятия", "Сроки"),
				// Kazakh school plans
				Header.of(NUMBER, TITLE, DATES, RESPONSIBLE, INDICATORS)
					.cells("Р/с", "Іс-шаралар мазмұны", "Орындалу уақыты", "Жауапты орындаушылар", "Нәтижесі"),
				Header.of(NUMBER, TITLE, FORM, DATES, PLACE, AUDIENCE, RESPONSIBLE, INDICATORS)
					.cells("р/н", "Өткізілетін іс-шаралар", "Өткізу түрі", "Өткізілетін күні", "Өткізілетін орны",
							"Қатысатын сыныптар", "Жауаптылар", "Күтілетін нәтиже"),
				Header.of(NUMBER, TITLE, DATES, TIME, PLACE, PARTNERS, NOTES)
					.cells("Реттік нөмірі", "Іс-шараның тақырыбы", "Күні", "Басталу уақыты", "Өтетін орны",
							"Әлеуметтік серіктестер", "Ескертпе"),
				// Russian school and club plans
				Header.of(NUMBER, TITLE, FORM, DATES, AUDIENCE, RESPONSIBLE)
					.cells("№", "Наименование работы", "Форма проведения", "Срок исполнения", "Охват", "Ответственные"),
				Header.of(NUMBER, TITLE, DESCRIPTION, DATES, TIME, PLACE, AUDIENCE, PARTNERS, EVIDENCE)
					.cells("№ п.п.", "Название мероприятия", "Цель", "Дата", "Время", "Место", "Участники",
							"Социальные партнёры", "Отметка о проведении"),
				Header.of(TITLE, DATES, AUDIENCE, INDICATORS)
					.cells("Наименования мероприятий", "Сроки проведения", "Категория участников",
							"Количество участников"));
	}

	/** How a school club writes its plan: questions instead of names. */
	static Stream<Header> schoolClubHeaders() {
		return Stream.of(
				Header.of(TITLE, DATES, AUDIENCE, INDICATORS)
					.cells("Что делаем", "Когда", "Какие классы", "Ожидаемый результат"),
				Header.of(NUMBER, TITLE, DATES, PLACE, RESPONSIBLE, AUDIENCE)
					.cells("№", "Что проводим", "Когда", "Где", "Кто отвечает", "Для кого"),
				Header.of(TITLE, DATES, PLACE, AUDIENCE).cells("Не істейміз", "Қашан", "Қайда", "Кімдер қатысады"));
	}

	/**
	 * Line breaks inside a cell, words broken at a line end, abbreviations, and names
	 * followed by more words.
	 */
	static Stream<Header> brokenAndAbbreviated() {
		return Stream.of(
				Header.of(NUMBER, TITLE, DATES, RESPONSIBLE)
					.cells("№\nп/п", "Наименование\nмероприятия", "Срок\nисполнения", "Ответствен-\nные"),
				Header.of(NUMBER, TITLE, DATES, RESPONSIBLE, NOTES)
					.cells("№ р/с", "Іс-шаралар-\nдың атауы", "Өткізілу\nмерзімі", "Жауапты\nорындаушылар", "Прим."),
				Header.of(NUMBER, TITLE, DATES, RESPONSIBLE, INDICATORS)
					.cells("№№", "Мероприятия", "Сроки", "Отв.", "Кол-во участников\n(охват)"),
				Header.of(TITLE, DATES, RESPONSIBLE, PLACE)
					.cells("Наименование мероприятия и его содержание", "Дата и время проведения",
							"Ответственные за подготовку и проведение", "Место проведения (кабинет)"));
	}

	@Test
	void aTimeColumnWithoutADatesColumnHoldsTheDates() {
		assertThat(HeaderRow.match(List.of("Мероприятие", "Время", "Ответственный")))
			.contains(Map.of(0, TITLE, 1, DATES, 2, RESPONSIBLE));
		assertThat(HeaderRow.match(List.of("Мероприятие", "Дата", "Время", "Ответственный")))
			.contains(Map.of(0, TITLE, 1, DATES, 2, TIME, 3, RESPONSIBLE));
	}

	@Test
	void aSecondDatesColumnHoldsTheTimes() {
		assertThat(HeaderRow.match(List.of("Іс-шара", "Күні", "Өткізілу уақыты", "Жауапты")))
			.contains(Map.of(0, TITLE, 1, DATES, 2, TIME, 3, RESPONSIBLE));
	}

	@Test
	void whatTheWorkConsistsOfIsTheTitleWhenThereIsNoOther() {
		assertThat(HeaderRow.match(List.of("№", "Содержание работы", "Сроки", "Ответственные")))
			.contains(Map.of(0, NUMBER, 1, TITLE, 2, DATES, 3, RESPONSIBLE));
	}

	@Test
	void joinsAHeaderSpreadOverTwoRows() {
		assertThat(HeaderRow.continued(List.of("№", "Наименование", "Срок", "Ответственные", "Отметка о"),
				List.of("п/п", "мероприятия", "исполнения", "", "выполнении")))
			.contains(List.of("№\nп/п", "Наименование\nмероприятия", "Срок\nисполнения", "Ответственные",
					"Отметка о\nвыполнении"));
		assertThat(HeaderRow.continued(List.of("Что", "Когда", "Какие", "Ожидаемый"),
				List.of("делаем", "", "классы", "результат")))
			.contains(List.of("Что\nделаем", "Когда", "Какие\nклассы", "Ожидаемый\nрезультат"));
	}

	@Test
	void dropsTheColumnNumbersPrintedUnderAHeader() {
		List<String> header = List.of("N п/п", "Наименование мероприятия", "Срок исполнения");
		assertThat(HeaderRow.continued(header, List.of("1", "2", "3"))).contains(header);
		assertThat(HeaderRow.continued(List.of("", "Жоспар", "2026"), List.of("1", "2", "3"))).isEmpty();
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource
	void leavesTheFirstDataRowApart(List<String> header, List<String> row) {
		assertThat(HeaderRow.continued(header, row)).isEmpty();
	}

	static Stream<Arguments> leavesTheFirstDataRowApart() {
		List<String> header = List.of("№", "Мероприятие", "Сроки", "Ответственные", "Участники");
		return Stream.of(Arguments.of(header, List.of("1", "Линейка «День знаний»", "01.09", "Завуч", "1-11 кл.")),
				Arguments.of(header, List.of("", "Линейка «День знаний»", "01.09", "Завуч", "1-11 кл.")),
				Arguments.of(header, List.of("", "Мероприятие", "сентябрь", "", "")), Arguments.of(header, header),
				Arguments.of(List.of("СЕНТЯБРЬ"), header));
	}

	@Test
	void readsAClubPlanWhoseHeaderAsksQuestions() throws Exception {
		ReadPlan read = PlanReader.read("club.txt", text("""
				КГУ «Общеобразовательная школа № 12»
				План работы экологического клуба «Зелёный патруль» на 2025-2026 учебный год
				№\tЧто делаем\tКогда\tКакие классы\tОжидаемый результат
				1\tЭкологический десант «Чистый двор»\t19.09.2025\t5-7 классы\tКоличество участников
				2\tАкция «Сдай макулатуру — спаси дерево»\t20.10.2025\t5-9 классы\tСобрано макулатуры (кг)
				3\tКонкурс кормушек для птиц\t01.12.2025-15.12.2025\t5-6 классы\tКоличество кормушек
				4\tПосадка саженцев на пришкольном участке\t22.04.2026\t8-9 классы\tКоличество посаженных деревьев
				"""));

		assertThat(read.plan().activities()).extracting(ActivityDraft::title)
			.containsExactly("Экологический десант «Чистый двор»", "Акция «Сдай макулатуру — спаси дерево»",
					"Конкурс кормушек для птиц", "Посадка саженцев на пришкольном участке");
		assertThat(read.plan().activities()).extracting((activity) -> activity.audience().grades())
			.containsExactly(List.of(new GradeRange(5, 7)), List.of(new GradeRange(5, 9)),
					List.of(new GradeRange(5, 6)), List.of(new GradeRange(8, 9)));
		assertThat(read.plan().activities()).allSatisfy((activity) -> assertThat(activity.schedules()).isNotEmpty()
			.noneMatch(Schedule.WholePeriod.class::isInstance));
		assertThat(read.warnings()).extracting(ImportWarning::kind)
			.doesNotContain(ImportWarning.Kind.NO_ACTIVITIES, ImportWarning.Kind.COLUMN_NOT_UNDERSTOOD,
					ImportWarning.Kind.ROW_OUTSIDE_TABLE);
	}

	@Test
	void readsAPlanWhoseHeaderIsSpreadOverTwoRowsWithColumnNumbersBelow() throws Exception {
		ReadPlan read = PlanReader.read("akimat.tsv", text("""
				План мероприятий акции «Таза аула» на 2026 год
				№\tНаименование\tСрок\tОтветственные\tПримечание
				п/п\tмероприятия\tисполнения\t\t
				1\t2\t3\t4\t5
				1\tУборка территории парка\t18.04.2026\tАкимат\tс участием волонтёров
				2\tПосадка деревьев вдоль аллеи\t25.04.2026\tОтдел ЖКХ\tпо согласованию
				"""));

		assertThat(read.plan().activities()).extracting(ActivityDraft::title)
			.containsExactly("Уборка территории парка", "Посадка деревьев вдоль аллеи");
		assertThat(read.plan().activities()).extracting(ActivityDraft::responsible)
			.containsExactly("Акимат", "Отдел ЖКХ");
		assertThat(read.plan().activities().get(0).description()).isEqualTo("с участием волонтёров");
		assertThat(read.warnings()).extracting(ImportWarning::kind)
			.doesNotContain(ImportWarning.Kind.COLUMN_NOT_UNDERSTOOD, ImportWarning.Kind.ROW_WITHOUT_TITLE);
	}

	@Test
	void readsTheTimeOfDayFromATimeColumn() throws Exception {
		ReadPlan read = PlanReader.read("times.txt", text("""
				План работы школьного клуба на 2025-2026 учебный год
				№\tМероприятие\tДата\tВремя\tУчастники
				1\tВстреча с экологом\t14.11.2025\t15:00\t7-8 классы
				"""));

		assertThat(read.plan().activities()).singleElement()
			.satisfies((activity) -> assertThat(activity.time()).isPresent());
	}

	private static byte[] text(String plan) {
		return plan.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aTwoColumnTableNeedsOnlyTheTitleAndTheDates() {
		assertThat(HeaderRow.match(List.of("Іс-шараның атауы", "Орындалу мерзімі")))
			.contains(Map.of(0, TITLE, 1, DATES));
		assertThat(HeaderRow.match(List.of("", "Мероприятие", "Сроки"))).contains(Map.of(1, TITLE, 2, DATES));
		assertThat(HeaderRow.match(List.of("Іс-шараның атауы", "Жауаптылар"))).isEmpty();
		assertThat(HeaderRow.match(List.of("Іс-шараның атауы", "Орындалу мерзімі", "Қолы"))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void refusesRowsThatAreNoHeader(List<String> cells) {
		assertThat(HeaderRow.match(cells)).isEmpty();
	}

	static Stream<Arguments> refusesRowsThatAreNoHeader() {
		return Stream.of(
				// data rows of the seeds
				row("1", "«Таза аймақ» ЕҚТА және іргелес елді мекендерді тазалау",
						"«Жоңғар-Алатауы МҰТП» Сарқан, Алакөл, Лепсі филиалдары Сарқан орман тұқымбағы",
						"Бас директордың орынбасарлары, филиал директорлары, Бөлім басшылары", "19 наурыз",
						"Парк қызметкерлері", "Жиналған қоқыс көлемі (тонна) және акцияға қатысушылар саны"),
				row("1", "«ҚҰҚЫҚТЫ Қ МӘДЕНИЕТ » ЖОБАСЫ",
						"1. Парламенттің жобалау кеңсесін құру 2. Мектеп Парламенті президентін сайлау күнін бекіту. "
								+ "3. Оқу жылына жұмыс жоспарын бекіту.",
						"01-15.09. 2023ж", "Фракция мүшелері", "ДТЖО Педагог-ұйымдастырушы Тәлімгер Сынып жетекшілер",
						"5-9 сыныптар", "Әлеуметтік желіге жариялау /Сілтеме/"),
				row("", "1"), row("", "№"), row("", "Жоба администраторы: ҚР АҚДМ, ҚР МСМ, ҚҚДИ, ҚР БҒМ, ЖАО"),
				row("", "Іске асыру индикаторлары:"),
				// too few columns, or no title
				row("№", "Іс-шараның атауы"), row("№", "Іс-шараның атауы", "Анықтама", "Қолы"),
				row("№", "Орындау мерзімі", "Жауаптылар", "Серіктестер"), row("Дата", "Место", "Ответственные"), row(),
				row("", " ", ""));
	}

	@Test
	void leavesOutCellsItDoesNotKnow() {
		assertThat(HeaderRow.match(List.of("Іс-шараның атауы", "Анықтама", "Мерзімі", "Қолы", "Жауапты")))
			.contains(Map.of(0, TITLE, 2, DATES, 4, RESPONSIBLE));
	}

	@Test
	void doesNotTakeNearWordsForShortNames() {
		assertThat(HeaderRow.column("Дача")).isEmpty();
		assertThat(HeaderRow.column("Мета")).isEmpty();
		assertThat(HeaderRow.column("Сроки")).contains(DATES);
	}

	@Test
	void readsEveryCellOnItsOwn() {
		assertThat(HeaderRow.column("Іс-шаралар атауы, өткізілу формасы")).contains(TITLE);
		assertThat(HeaderRow.column("Өткізілу формасы")).contains(FORM);
		assertThat(HeaderRow.column("Жобалық қызметінің бағыттары")).contains(PROJECT);
		assertThat(HeaderRow.column("Орындалуы туралы мәлімет")).contains(EVIDENCE);
		assertThat(HeaderRow.column("Анықтама")).isEmpty();
		assertThat(HeaderRow.column("Фракция мүшелері")).isEmpty();
	}

	private static Arguments row(String... cells) {
		return Arguments.of(List.of(cells));
	}

	@Test
	void aCellSpanningTwoColumnsOverTheirSubHeadersNamesBoth() {
		List<String> upper = List.of("№ п/п", "Мероприятие", "Сроки", "", "Участники", "", "Ответственный");
		List<String> lower = List.of("", "", "начало", "окончание", "классы", "кол-во", "");

		assertThat(HeaderRow.continued(upper, lower).flatMap(HeaderRow::match))
			.contains(Map.of(0, NUMBER, 1, TITLE, 2, DATES, 3, END, 4, AUDIENCE, 5, INDICATORS, 6, RESPONSIBLE));
	}

	@Test
	void aStartAndAnEndColumnReadAsOneSpan() throws Exception {
		String plan = String.join("\n", "План мероприятий на 2026-2027 учебный год",
				"№\tМероприятие\tСроки\t\tУчастники", "\t\tначало\tокончание\tклассы",
				"1\tАнкетирование обучающихся\t14.09.2026\t25.09.2026\t5-11",
				"2\tВстреча с инспектором\t21.10.2026\t–\t7-8");

		ReadPlan read = PlanReader.read("plan.txt", plan.getBytes(StandardCharsets.UTF_8));

		assertThat(read.plan().activities()).extracting(ActivityDraft::schedules)
			.containsExactly(List.of(new Schedule.Between(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 25))),
					List.of(new Schedule.OnDays(List.of(LocalDate.of(2026, 10, 21)))));
	}

}
