package kz.birge.planimport.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static kz.birge.planimport.vocabulary.Column.AUDIENCE;
import static kz.birge.planimport.vocabulary.Column.DATES;
import static kz.birge.planimport.vocabulary.Column.DESCRIPTION;
import static kz.birge.planimport.vocabulary.Column.EVIDENCE;
import static kz.birge.planimport.vocabulary.Column.FORM;
import static kz.birge.planimport.vocabulary.Column.INDICATORS;
import static kz.birge.planimport.vocabulary.Column.NUMBER;
import static kz.birge.planimport.vocabulary.Column.PARTNERS;
import static kz.birge.planimport.vocabulary.Column.PLACE;
import static kz.birge.planimport.vocabulary.Column.PROJECT;
import static kz.birge.planimport.vocabulary.Column.RESPONSIBLE;
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
	@MethodSource({ "seedHeaders", "russianHeaders", "englishHeaders", "writtenLoosely" })
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

}
