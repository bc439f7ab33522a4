package kz.birge.planimport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.birge.catalog.GradeRange;
import kz.birge.planimport.ImportWarning.Kind;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.TableColumns.Source;
import kz.birge.planimport.TableColumns.TableColumn;
import kz.birge.planimport.dates.Schedule;
import kz.birge.planimport.dates.TimeOfDay;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A table whose header words the reader does not know is read by what its columns hold:
 * dates, classes, a running number, times and people; the longest text beside the № is
 * the title.
 */
class ColumnsByContentTests {

	/**
	 * A Russian eco-club plan whose header says "what we do", "when", "at what time"...
	 */
	static final String RUSSIAN = String.join("\n",
			"План работы экологического клуба «Зелёная планета» на 2025-2026 учебный год",
			"№\tПоле А\tПоле Б\tПоле В\tПоле Г\tПоле Д",
			"1\tАкция «Чистый двор»: уборка территории школы\t15.09.2025\t10:00\t5-7 классы\tИванова А.Б.",
			"2\tКонкурс рисунков «Берегите природу»\t20 октября\t14:00-16:00\t1-4 классы\tПетрова С.К.",
			"3\tЭкологический квест для старшеклассников\t12.11.2025\tв течение дня\t8-11 классы\tСидоров В.В.");

	/** The same in Kazakh: "what we do", "when", "at what time", "for whom". */
	static final String KAZAKH = String.join("\n",
			"«Жасыл ел» экологиялық клубының 2025-2026 оқу жылына арналған жұмыс жоспары",
			"Р/с\tБағана А\tБағана Б\tБағана В\tБағана Г",
			"1\t«Таза аула» акциясы: мектеп ауласын тазалау\t15 қыркүйек\tсағат 10:00\t5-7 сынып",
			"2\t«Табиғатты сақта» сурет байқауы\t20 қазан\tкүні бойы\t1-4 сынып оқушылары",
			"3\tҚұстарға жем салғыш жасау шеберханасы\t12.11.2025\t10.05-11.30\t7А, 7Б");

	private static PlanReading read(String plan, Map<Integer, ColumnMeaning> chosen) throws Exception {
		return PlanReader.read("plan.txt", plan.getBytes(StandardCharsets.UTF_8), chosen);
	}

	@Test
	void aRussianTableWithUnknownHeaderWordsIsReadByItsColumnsContent() throws Exception {
		PlanReading reading = read(RUSSIAN, Map.of());

		assertThat(reading.tables()).singleElement()
			.satisfies((table) -> assertThat(table.columns()).extracting(TableColumn::meaning)
				.containsExactly(ColumnMeaning.NUMBER, ColumnMeaning.TITLE, ColumnMeaning.DATES, ColumnMeaning.TIME,
						ColumnMeaning.AUDIENCE, ColumnMeaning.RESPONSIBLE));
		assertThat(reading.tables().get(0).columns()).extracting(TableColumn::source).containsOnly(Source.CONTENT);
		assertThat(reading.read().plan().activities()).extracting(ActivityDraft::number, ActivityDraft::title)
			.containsExactly(tuple(1, "Акция «Чистый двор»: уборка территории школы"),
					tuple(2, "Конкурс рисунков «Берегите природу»"),
					tuple(3, "Экологический квест для старшеклассников"));
		ActivityDraft cleanUp = reading.read().plan().activities().get(0);
		assertThat(cleanUp.schedules()).containsExactly(new Schedule.OnDays(List.of(LocalDate.of(2025, 9, 15))));
		assertThat(cleanUp.audience().grades()).containsExactly(new GradeRange(5, 7));
		assertThat(cleanUp.responsible()).isEqualTo("Иванова А.Б.");
		assertThat(reading.read().warnings()).extracting(ImportWarning::kind)
			.doesNotContain(Kind.COLUMN_NOT_UNDERSTOOD, Kind.ROW_OUTSIDE_TABLE, Kind.NO_ACTIVITIES);
	}

	@Test
	void aTimeColumnGivesTheStartAndTheEndAndInTheCourseOfTheDayLeavesItAllDay() throws Exception {
		PlanReading reading = read(RUSSIAN, Map.of());

		assertThat(reading.read().plan().activities()).extracting(ActivityDraft::time)
			.containsExactly(Optional.of(TimeOfDay.at(LocalTime.of(10, 0))),
					Optional.of(TimeOfDay.between(LocalTime.of(14, 0), LocalTime.of(16, 0))), Optional.empty());
	}

	@Test
	void aKazakhTableWithUnknownHeaderWordsIsReadByItsColumnsContent() throws Exception {
		PlanReading reading = read(KAZAKH, Map.of());

		assertThat(reading.tables().get(0).columns()).extracting(TableColumn::meaning)
			.containsExactly(ColumnMeaning.NUMBER, ColumnMeaning.TITLE, ColumnMeaning.DATES, ColumnMeaning.TIME,
					ColumnMeaning.AUDIENCE);
		assertThat(reading.read().plan().activities()).hasSize(3);
		ActivityDraft drawing = reading.read().plan().activities().get(1);
		assertThat(drawing.title()).isEqualTo("«Табиғатты сақта» сурет байқауы");
		assertThat(drawing.schedules()).containsExactly(new Schedule.OnDays(List.of(LocalDate.of(2025, 10, 20))));
		assertThat(drawing.audience().grades()).containsExactly(new GradeRange(1, 4));
		assertThat(reading.read().plan().activities()).extracting(ActivityDraft::time)
			.containsExactly(Optional.of(TimeOfDay.at(LocalTime.of(10, 0))), Optional.empty(),
					Optional.of(TimeOfDay.between(LocalTime.of(10, 5), LocalTime.of(11, 30))));
	}

	@Test
	void aTableWithoutAnyHeaderRowIsReadFromItsFirstRow() throws Exception {
		String plan = String.join("\n", "План мероприятий на 2025-2026 учебный год",
				"1\tДень знаний: торжественная линейка\t01.09.2025\t1-11 классы",
				"2\tОсенний кросс на школьном стадионе\t25.09.2025\t5-9 классы");

		PlanReading reading = read(plan, Map.of());

		assertThat(reading.read().plan().activities()).extracting(ActivityDraft::title)
			.containsExactly("День знаний: торжественная линейка", "Осенний кросс на школьном стадионе");
	}

	@Test
	void knownHeaderWordsAreKeptAndTheUnknownColumnsToldByTheirContent() throws Exception {
		String plan = String.join("\n", "План мероприятий на 2025-2026 учебный год",
				"№\tМероприятие\tОтветственные\tПоле Г\tПоле Д",
				"1\tДень знаний: торжественная линейка\tЗам. директора по ВР\t01.09.2025\t1-11 классы",
				"2\tОсенний кросс на школьном стадионе\tУчитель физкультуры\t25.09.2025\t5-9 классы");

		PlanReading reading = read(plan, Map.of());

		assertThat(reading.tables().get(0).columns()).extracting(TableColumn::meaning, TableColumn::source)
			.containsExactly(tuple(ColumnMeaning.NUMBER, Source.HEADER), tuple(ColumnMeaning.TITLE, Source.HEADER),
					tuple(ColumnMeaning.RESPONSIBLE, Source.HEADER), tuple(ColumnMeaning.DATES, Source.CONTENT),
					tuple(ColumnMeaning.AUDIENCE, Source.CONTENT));
		assertThat(reading.read().plan().activities().get(1).audience().grades()).containsExactly(new GradeRange(5, 9));
	}

	@Test
	void aColumnTheCoordinatorChoosesIsReadAsChosen() throws Exception {
		PlanReading reading = read(RUSSIAN, Map.of(5, ColumnMeaning.PLACE, 3, ColumnMeaning.IGNORE));

		ActivityDraft cleanUp = reading.read().plan().activities().get(0);
		assertThat(cleanUp.places()).containsExactly("Иванова А.Б.");
		assertThat(cleanUp.responsible()).isEmpty();
		assertThat(cleanUp.time()).isEmpty();
		assertThat(reading.tables().get(0).columns().get(5).source()).isEqualTo(Source.CHOSEN);
	}

	@Test
	void choosingATitleForAnotherColumnLeavesTheOneReadBefore() throws Exception {
		PlanReading reading = read(RUSSIAN, Map.of(5, ColumnMeaning.TITLE));

		assertThat(reading.read().plan().activities()).extracting(ActivityDraft::title)
			.containsExactly("Иванова А.Б.", "Петрова С.К.", "Сидоров В.В.");
		assertThat(reading.tables().get(0).columns().get(1).meaning()).isEqualTo(ColumnMeaning.IGNORE);
	}

	@Test
	void aColumnOfRoomsGroundsAndTownsIsThePlace() throws Exception {
		String plan = String.join("\n", "Программа осенних каникул «Каникулы с пользой»",
				"#\tЗатея\tЧисло\tРебята\tКуда идём",
				"1\tПоход выходного дня в урочище Жеке-Батыр\t2 ноября 2026 г.\t7А, 7Б\tУрочище Жеке-Батыр",
				"2\tМастер-класс «Осенний букет»\t3 ноября 2026 г.\t1-4 классы\tКабинет технологии",
				"3\tЭкскурсия в краеведческий музей\t6 ноября 2026 г.\t6-е классы\tг. Щучинск");

		PlanReading reading = read(plan, Map.of());

		assertThat(reading.tables().get(0).columns()).extracting(TableColumn::meaning)
			.containsExactly(ColumnMeaning.NUMBER, ColumnMeaning.TITLE, ColumnMeaning.DATES, ColumnMeaning.AUDIENCE,
					ColumnMeaning.PLACE);
		assertThat(reading.read().plan().activities()).extracting(ActivityDraft::places)
			.containsExactly(List.of("Урочище Жеке-Батыр"), List.of("Кабинет технологии"), List.of("г. Щучинск"));
	}

}
