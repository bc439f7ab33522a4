package kz.birge.planimport.vocabulary;

import java.util.List;

import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicators are read with the activity's title: lessons held on an eco-lesson are
 * eco-lessons.
 */
class IndicatorsInTheLightOfTheTitleTests {

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', textBlock = """
			"Табиғат біздің қолымызда" оқу орындарында эко-сағаттар өткізу | Өткізілген сабақтар саны
			«Жасыл планета» экологиялық сабағы                               | Өткізілген сабақтар саны
			Экологический урок «Чистая планета»                              | Количество проведённых уроков
			Eco-lesson "Clean rivers"                                        | Lessons held
			""")
	void lessonsHeldOnAnEcoLessonAreEcoLessons(String title, String cell) {
		assertThat(IndicatorReader.read(cell, title)).extracting(IndicatorSpec::metric)
			.containsExactly(Metric.ECO_LESSONS);
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', textBlock = """
			«Математика апталығы» ашық сабақ | Өткізілген сабақтар саны
			Урок мужества                    | Количество проведённых уроков
			""")
	void lessonsHeldOnAnyOtherLessonStayAsWritten(String title, String cell) {
		assertThat(IndicatorReader.read(cell, title)).extracting(IndicatorSpec::metric).containsExactly(Metric.CUSTOM);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Эко-сабақ «Таза өзен» | Өткізілген сабақтар саны, қатысушылар саны
			""")
	void theOtherIndicatorsOfAnEcoLessonAreKept(String title, String cell) {
		List<IndicatorSpec> read = IndicatorReader.read(cell, title);

		assertThat(read).extracting(IndicatorSpec::metric).containsExactly(Metric.ECO_LESSONS, Metric.PARTICIPANTS);
		assertThat(read.get(0).label()).isEqualTo("Өткізілген сабақтар саны");
	}

}
