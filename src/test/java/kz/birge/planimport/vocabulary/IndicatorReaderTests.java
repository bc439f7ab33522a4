package kz.birge.planimport.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static kz.birge.catalog.Metric.AREA_CLEANED;
import static kz.birge.catalog.Metric.BIRD_HOUSES;
import static kz.birge.catalog.Metric.CUSTOM;
import static kz.birge.catalog.Metric.ECO_LESSONS;
import static kz.birge.catalog.Metric.INSTITUTIONS_COVERED;
import static kz.birge.catalog.Metric.LITTER_COLLECTED;
import static kz.birge.catalog.Metric.PARTICIPANTS;
import static kz.birge.catalog.Metric.PUBLICATIONS;
import static kz.birge.catalog.Metric.SCHOOLS_COVERED;
import static kz.birge.catalog.Metric.TREES_PLANTED;
import static org.assertj.core.api.Assertions.assertThat;

class IndicatorReaderTests {

	/** An indicators cell and what it must read as. */
	record Cell(String text, List<IndicatorSpec> indicators) {

		static Cell of(String text, Object... metricsAndLabels) {
			List<IndicatorSpec> indicators = new ArrayList<>();
			for (int i = 0; i < metricsAndLabels.length; i += 2) {
				indicators.add(new IndicatorSpec((Metric) metricsAndLabels[i], (String) metricsAndLabels[i + 1]));
			}
			return new Cell(text, List.copyOf(indicators));
		}

		@Override
		public String toString() {
			return this.text.replace("\n", " ⏎ ");
		}

	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "seed000", "russianForms", "englishForms", "customAndRepeated" })
	void readsIndicatorCells(Cell cell) {
		assertThat(IndicatorReader.read(cell.text())).containsExactlyElementsOf(cell.indicators());
	}

	/** Every "Орындалу индикаторлары" cell of the TazaLike plan. */
	static Stream<Cell> seed000() {
		String litter = "Жиналған қоқыс көлемі (тонна)";
		String participants = "акцияға қатысушылар саны";
		String trees = "Отырғызылған жасыл желектер саны";
		String treesAndPlaces = "Отырғызылған жасыл желектер орны, саны";
		String schools = "қамтылған мектептер саны";
		return Stream.of(
				// activities 1, 2, 3 and 5
				Cell.of("Жиналған қоқыс көлемі (тонна) және акцияға қатысушылар саны", LITTER_COLLECTED, litter,
						PARTICIPANTS, participants),
				// activity 4
				Cell.of("Жиналған қоқыс көлемі (тонна) және акцияға қатысушылар саны, тазартылған аумақтың көлемі",
						LITTER_COLLECTED, litter, PARTICIPANTS, participants, AREA_CLEANED,
						"тазартылған аумақтың көлемі"),
				// activity 6
				Cell.of("Отырғызылған жасыл желектер саны, қамтылған мектептер саны және акцияға қатысушылар саны",
						TREES_PLANTED, trees, SCHOOLS_COVERED, schools, PARTICIPANTS, participants),
				// activity 7
				Cell.of("Отырғызылған жасыл желектер саны, акцияға қатысушылар саны", TREES_PLANTED, trees,
						PARTICIPANTS, participants),
				// activity 8: the place and number of what was planted is one indicator
				Cell.of("Отырғызылған жасыл желектер орны, саны, акцияға қатысушылар саны", TREES_PLANTED,
						treesAndPlaces, PARTICIPANTS, participants),
				// activity 9
				Cell.of("Отырғызылған жасыл желектер орны, саны, қамтылған мектептер саны және акцияға қатысушылар "
						+ "саны", TREES_PLANTED, treesAndPlaces, SCHOOLS_COVERED, schools, PARTICIPANTS, participants),
				// activity 10, over two rows, each row alone and both joined
				Cell.of("Орнатылған құс ұяларының саны", BIRD_HOUSES, "Орнатылған құс ұяларының саны"),
				Cell.of("және акцияға қатысушылар саны", PARTICIPANTS, participants),
				Cell.of("Орнатылған құс ұяларының саны\nжәне акцияға қатысушылар саны", BIRD_HOUSES,
						"Орнатылған құс ұяларының саны", PARTICIPANTS, participants),
				// activity 11
				Cell.of("Эко-сағаттардың есебі, қамтылған оқу орындарының саны, қатысушылар саны", ECO_LESSONS,
						"Эко-сағаттардың есебі", INSTITUTIONS_COVERED, "қамтылған оқу орындарының саны", PARTICIPANTS,
						"қатысушылар саны"),
				// activity 12: "мен" joins the two places of one phrase
				Cell.of("Әлеуметтік желілер мен БАҚ-тағы жарияланымдардың саны", PUBLICATIONS,
						"Әлеуметтік желілер мен БАҚ-тағы жарияланымдардың саны"));
	}

	static Stream<Cell> russianForms() {
		return Stream.of(Cell.of("количество участников", PARTICIPANTS, "количество участников"),
				Cell.of("собрано мусора (тонн)", LITTER_COLLECTED, "собрано мусора (тонн)"),
				Cell.of("посажено деревьев", TREES_PLANTED, "посажено деревьев"),
				Cell.of("установлено скворечников", BIRD_HOUSES, "установлено скворечников"),
				Cell.of("охвачено школ", SCHOOLS_COVERED, "охвачено школ"),
				Cell.of("количество публикаций", PUBLICATIONS, "количество публикаций"),
				Cell.of("проведено эко-уроков", ECO_LESSONS, "проведено эко-уроков"),
				Cell.of("охвачено учебных заведений", INSTITUTIONS_COVERED, "охвачено учебных заведений"),
				Cell.of("площадь очищенной территории, га", AREA_CLEANED, "площадь очищенной территории, га"),
				Cell.of("Собрано мусора (тонн, кг) и количество участников; количество посаженных деревьев и "
						+ "кустарников", LITTER_COLLECTED, "Собрано мусора (тонн, кг)", PARTICIPANTS,
						"количество участников", TREES_PLANTED, "количество посаженных деревьев и кустарников"));
	}

	static Stream<Cell> englishForms() {
		return Stream.of(Cell.of("participants", PARTICIPANTS, "participants"),
				Cell.of("litter collected, tonnes", LITTER_COLLECTED, "litter collected, tonnes"),
				Cell.of("trees planted", TREES_PLANTED, "trees planted"),
				Cell.of("bird houses", BIRD_HOUSES, "bird houses"),
				Cell.of("Trees planted and bird houses installed; schools covered, eco-lessons held\npublications",
						TREES_PLANTED, "Trees planted", BIRD_HOUSES, "bird houses installed", SCHOOLS_COVERED,
						"schools covered", ECO_LESSONS, "eco-lessons held", PUBLICATIONS, "publications"),
				Cell.of("number of participants and volunteers", PARTICIPANTS, "number of participants and volunteers"),
				Cell.of("area cleaned, hectares", AREA_CLEANED, "area cleaned, hectares"));
	}

	static Stream<Cell> customAndRepeated() {
		return Stream.of(Cell.of("  Фотоесеп , Анықтама. ", CUSTOM, "Фотоесеп", CUSTOM, "Анықтама"),
				Cell.of("Берілген сертификаттар саны", CUSTOM, "Берілген сертификаттар саны"),
				Cell.of("Отзывы, фото и видео", CUSTOM, "Отзывы", CUSTOM, "фото и видео"),
				Cell.of("Қатысушылар саны, акцияға қатысушылар саны", PARTICIPANTS, "Қатысушылар саны"),
				Cell.of("Фото, фото", CUSTOM, "Фото"),
				Cell.of("· Жиналған қоқыс көлемі;\n· қатысушылар саны.", LITTER_COLLECTED, "Жиналған қоқыс көлемі",
						PARTICIPANTS, "қатысушылар саны"),
				Cell.of("1) участники\n2) скворечники", PARTICIPANTS, "участники", BIRD_HOUSES, "скворечники"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\n", ", ;", "және" })
	void readsNothingFromAnEmptyCell(String text) {
		assertThat(IndicatorReader.read(text)).isEmpty();
	}

}
