package kz.birge.planimport.vocabulary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import kz.birge.catalog.Audience;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static kz.birge.catalog.Category.OFFICIALS;
import static kz.birge.catalog.Category.PARENTS;
import static kz.birge.catalog.Category.STAFF;
import static kz.birge.catalog.Category.STUDENTS;
import static kz.birge.catalog.Category.TEACHERS;
import static kz.birge.catalog.Category.VOLUNTEERS;
import static org.assertj.core.api.Assertions.assertThat;

class AudienceReaderTests {

	/** An audience cell and what it must read as. */
	record Cell(String text, Audience audience) {

		static Cell of(String text, Category... categories) {
			return new Cell(text, new Audience(List.of(), Set.of(categories)));
		}

		static Cell grades(String text, GradeRange... grades) {
			return new Cell(text, new Audience(List.of(grades), Set.of(STUDENTS)));
		}

		Cell and(Category... categories) {
			Set<Category> all = new HashSet<>(this.audience.categories());
			all.addAll(List.of(categories));
			return new Cell(this.text, new Audience(this.audience.grades(), all));
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "seed000", "seed004", "kazakhForms", "russianForms", "englishForms", "classesAsSchoolsWriteThem" })
	void readsAudienceCells(Cell cell) {
		assertThat(AudienceReader.read(cell.text())).isEqualTo(cell.audience());
	}

	/** Every "Қатысатындар" cell of the TazaLike plan, activity 10's two rows apart. */
	static Stream<Cell> seed000() {
		return Stream.of(Cell.of("Парк қызметкерлері", STAFF),
				Cell.of("Парк қызметкерлері, еріктілер (эко-волонтерлер), мектеп оқушылары", STAFF, VOLUNTEERS,
						STUDENTS),
				Cell.of("Аудан әкімшілігі, парк қызметкерлері, еріктілер (эко-волонтерлер),", OFFICIALS, STAFF,
						VOLUNTEERS),
				Cell.of("Парк қызметкерлері, мектеп оқушылары", STAFF, STUDENTS),
				Cell.of("Аудан әкімшілігі, парк қызметкерлері, еріктілер (эко-волонтерлер), мектеп оқушылары",
						OFFICIALS, STAFF, VOLUNTEERS, STUDENTS),
				Cell.of("Парк қызметкерлері,", STAFF),
				Cell.of("еріктілер (эко-волонтерлер), мектеп оқушылары", VOLUNTEERS, STUDENTS),
				Cell.of("Парк қызметкерлері,\nеріктілер (эко-волонтерлер), мектеп оқушылары", STAFF, VOLUNTEERS,
						STUDENTS));
	}

	/** Every target-audience cell of the school parliament plan. */
	static Stream<Cell> seed004() {
		return Stream.of(Cell.grades("5-9 сыныптар", range(5, 9)),
				Cell.grades("1-9 сынып білім алушылары", range(1, 9)), Cell.grades("1-9 сыныптар", range(1, 9)),
				Cell.grades("5-7 сынып білім алушылары", range(5, 7)),
				Cell.grades("1-4 сынып білім алушылары", range(1, 4)),
				Cell.grades("7-9 сынып білім алушылары", range(7, 9)),
				Cell.grades("1-4 сыныптар 5-9 сыныптар", range(1, 4), range(5, 9)),
				Cell.grades("5-9 сынып білім алушылары", range(5, 9)), Cell.grades("5-7 сыныптар", range(5, 7)),
				Cell.grades("7-сынып білім алушылары", range(7, 7)), Cell.grades("7-9 сыныптар", range(7, 9)),
				Cell.grades("5-6 сынып білім алушылары", range(5, 6)), Cell.grades("8-9 сыныптар", range(8, 9)));
	}

	static Stream<Cell> kazakhForms() {
		return Stream.of(Cell.grades("5-11 сынып оқушылары", range(5, 11)), Cell.grades("1–4", range(1, 4)),
				Cell.grades("1 – 4 сынып", range(1, 4)), Cell.grades("5-ші сынып", range(5, 5)),
				Cell.grades("5-11-ші сыныптар", range(5, 11)), Cell.grades("10-11 сыныбы", range(10, 11)),
				Cell.grades("1-4, 5-9 сыныптар", range(1, 4), range(5, 9)),
				Cell.grades("7 және 8 сынып", range(7, 7), range(8, 8)), Cell.grades("5-9 оқушылар", range(5, 9)),
				Cell.grades("12 сынып", range(12, 12)), Cell.grades("5-9 сыныптар, 5-9 сыныптар", range(5, 9)),
				Cell.grades("5-9 сынып оқушылары, ата-аналар", range(5, 9)).and(PARENTS),
				Cell.of("мектеп оқушылары", STUDENTS), Cell.of("оқушылар", STUDENTS),
				Cell.of("білім алушылар", STUDENTS), Cell.of("еріктілер", VOLUNTEERS),
				Cell.of("эко-волонтерлер", VOLUNTEERS), Cell.of("ата-аналар", PARENTS), Cell.of("педагогтер", TEACHERS),
				Cell.of("мұғалімдер", TEACHERS), Cell.of("Аудан әкімшілігі", OFFICIALS), Cell.of("әкімдік", OFFICIALS),
				Cell.of("Оқушылар, педагогтер, ата-аналар", STUDENTS, TEACHERS, PARENTS));
	}

	static Stream<Cell> russianForms() {
		return Stream.of(Cell.grades("учащиеся 5-11 классов", range(5, 11)), Cell.grades("5 класс", range(5, 5)),
				Cell.grades("5-х классов", range(5, 5)), Cell.grades("учащиеся 1–4 кл.", range(1, 4)),
				Cell.of("волонтеры", VOLUNTEERS), Cell.of("Волонтёры", VOLUNTEERS), Cell.of("учащиеся", STUDENTS),
				Cell.of("школьники", STUDENTS), Cell.of("родители", PARENTS), Cell.of("учителя", TEACHERS),
				Cell.of("акимат", OFFICIALS), Cell.of("сотрудники парка", STAFF),
				Cell.grades("школьники 7-9 классов, родители, учителя", range(7, 9)).and(PARENTS, TEACHERS));
	}

	static Stream<Cell> englishForms() {
		return Stream.of(Cell.grades("grades 5-9", range(5, 9)), Cell.grades("Grade 7", range(7, 7)),
				Cell.grades("5th grade students", range(5, 5)), Cell.of("volunteers", VOLUNTEERS),
				Cell.of("students", STUDENTS), Cell.of("parents", PARENTS), Cell.of("park staff", STAFF),
				Cell.of("Students, parents and teachers", STUDENTS, PARENTS, TEACHERS));
	}

	/**
	 * Single classes, lists of them and groups of grades, as school plans write them.
	 */
	static Stream<Cell> classesAsSchoolsWriteThem() {
		return Stream.of(Cell.grades("8 «А», 8 «Г»", range(8, 8)), Cell.grades("7А, 7Б", range(7, 7)),
				Cell.grades("7А, 8Б", range(7, 7), range(8, 8)), Cell.grades("7Ә", range(7, 7)),
				Cell.grades("9 \"Б\" сынып", range(9, 9)), Cell.grades("5-е классы", range(5, 5)),
				Cell.grades("5Е", range(5, 5)), Cell.grades("9 сынып", range(9, 9)),
				Cell.grades("10-11 сынып оқушылары", range(10, 11)), Cell.grades("учащиеся 5–8 кл.", range(5, 8)),
				Cell.grades("5-8 кл.", range(5, 8)), Cell.grades("кружок «Юный эколог» (7 кл.)", range(7, 7)),
				Cell.grades("1-4 сыныптар", range(1, 4)), Cell.grades("барлық сынып", range(1, 11)),
				Cell.grades("барлық сыныптар", range(1, 11)), Cell.grades("все классы", range(1, 11)),
				Cell.grades("учащиеся всех классов", range(1, 11)), Cell.grades("старшеклассники", range(9, 11)),
				Cell.grades("учащиеся старших классов", range(9, 11)), Cell.grades("начальные классы", range(1, 4)),
				Cell.grades("учащиеся начальных классов", range(1, 4)),
				Cell.grades("бастауыш сынып оқушылары", range(1, 4)),
				Cell.grades("начальные классы, старшеклассники", range(1, 4), range(9, 11)),
				Cell.of("учителя начальных классов", TEACHERS), Cell.of("бастауыш сынып мұғалімдері", TEACHERS),
				Cell.of("барлық сынып жетекшілері", TEACHERS));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "15-20 сынып", "0 сынып", "9-5 сынып", "13 сынып", "5-15 классов", "19 наурыз",
			"3-4 сәуір", "10 сәуірге дейін", "01-15.09. 2023ж", "2025-2026 оқу жылы", "Фракция мүшелері",
			"Әлеуметтік желіге жариялау /Сілтеме/", "5-10 адам", "5 и 6 мая" })
	void findsNoAudienceWhereThereIsNone(String text) {
		assertThat(AudienceReader.read(text)).isEqualTo(Audience.UNSPECIFIED);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\n" })
	void readsNothingAsUnspecified(String text) {
		assertThat(AudienceReader.read(text)).isEqualTo(Audience.UNSPECIFIED);
		assertThat(AudienceReader.gradesIn(text)).isEmpty();
	}

	@Test
	void findsGradesInTheEvidenceCellsOfTheCharityFraction() {
		// seed 004, fraction 5: no audience column, the grades open the evidence cell
		assertThat(AudienceReader.gradesIn("7-9 сынып білім алушылары Әлеуметтік желіге жариялау /Сілтеме/"))
			.containsExactly(range(7, 9));
		assertThat(AudienceReader.gradesIn("5-9 сыныптар Әлеуметтік желіге жариялау /Сілтеме/"))
			.containsExactly(range(5, 9));
		assertThat(AudienceReader.gradesIn("1-7 сынып білім алушылары Әлеуметтік желіге жариялау /Сілтеме/"))
			.containsExactly(range(1, 7));
		assertThat(AudienceReader.gradesIn("5-9 сынып білім алушылары Әлеуметтік желіге жариялау /Сілтеме/"))
			.containsExactly(range(5, 9));
	}

	@Test
	void findsGradesInProse() {
		// seed 002, directions 4, 5 and 9
		assertThat(AudienceReader.gradesIn("«Күндей күлген анамның, баласы болып қаламын!» жалпы білім беретін "
				+ "мектептердің 1-4 сынып оқушылары арасында бақытты балалық шақ бейнеленген сурет байқауы;"))
			.containsExactly(range(1, 4));
		assertThat(AudienceReader.gradesIn("«Бала құқығы – асыл қазына» - жалпы білім беретін мектептердің "
				+ "5-11 сынып оқушылары арасында эссе байқауы;"))
			.containsExactly(range(5, 11));
		assertThat(AudienceReader.gradesIn("«Мен бақытты баламын!» білім беру ұйымдарының 1-4 сынып оқушылары "
				+ "арасында отбасылық спорт жарысы;"))
			.containsExactly(range(1, 4));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "1–4", "5-9 оқушылар", "01-15.09. 2023ж", "15-22.09. 2023ж", "Айына 1 рет",
			"Тәуелсіздіктің 30 жылдығына орай «30 үздік көшбасшы» марапаттау",
			"Кездесу уақыты 40-тан 60 минутқа дейін. Қатысушылар саны 20 адамнан кем емес.", "Анықтама", "15-20 сынып",
			"ул. Абая 7А" })
	void findsGradesInOtherCellsOnlyNextToAGradeWord(String text) {
		assertThat(AudienceReader.gradesIn(text)).isEmpty();
	}

	@Test
	void readsTheParticipantsOfTheTenDay() {
		// seed 002: who the ten-day is for
		Audience audience = AudienceReader.read("білім беру ұйымдарының оқушылары, жетім және ата-анасының "
				+ "қамқорлығынсыз қалған балаларға арналған білім беру ұйымдарының тәрбиеленушілері, мемлекеттік "
				+ "органдардың, педагогикалық, ата-аналар қоғамының, бизнес-құрылымдардың, үкіметтік емес "
				+ "ұйымдардың, БАҚ өкілдері және т. б.");
		assertThat(audience.grades()).isEmpty();
		assertThat(audience.categories()).containsExactlyInAnyOrder(STUDENTS, PARENTS, TEACHERS, OFFICIALS);
	}

	private static GradeRange range(int from, int to) {
		return new GradeRange(from, to);
	}

	@Test
	void studentsNamedAsThoseWhoseParentsComeAreNotTheAudience() {
		assertThat(AudienceReader.read("1-11 сынып оқушыларының ата-аналары").categories()).containsExactly(PARENTS);
		assertThat(AudienceReader.read("родители учащихся 5-8 классов").categories()).containsExactly(PARENTS);
		assertThat(AudienceReader.read("родители 9-х классов").categories()).containsExactly(PARENTS);
		assertThat(AudienceReader.read("3 «А» сынып оқушылары мен ата-аналары").categories())
			.containsExactlyInAnyOrder(STUDENTS, PARENTS);
	}

}
