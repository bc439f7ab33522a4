package kz.birge.planimport.source;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SeedTextTests {

	@Test
	void ecoActionHasTitleOneTableAndNote() throws PlanFileException {
		List<Block> blocks = Seeds.blocks("000");

		assertThat(paragraphsBefore(blocks, 0)).containsExactly("«Жоңғар-Алатауы мемлекеттік ұлттық табиғи паркі» РММ",
				"«TazaLike» республикалық экологиялық акциясының 2025 жылға арналған жұмыс", "ЖОСПАРЫ");
		assertThat(tables(blocks)).hasSize(1);
		List<Row> rows = tables(blocks).get(0).rows();
		assertThat(rows.get(0).cells()).hasSize(7).startsWith("№", "Іс-шараның атауы");
		assertThat(rows.get(0).line()).isEqualTo(10);
		assertThat(rows).hasSize(14);
		assertThat(rows).filteredOn((row) -> row.cells().get(0).startsWith("(құс ұясын орнату"))
			.singleElement()
			.satisfies((row) -> assertThat(row.line()).isEqualTo(23));
		assertThat(blocks.get(blocks.indexOf(tables(blocks).get(0)) + 1)).isInstanceOfSatisfying(Block.Paragraph.class,
				(note) -> assertThat(note.text()).startsWith("Ескерту:"));
		assertThat(text(blocks.get(blocks.size() - 1))).isEqualTo("Тел.: 87283921923");
	}

	@Test
	void schoolParliamentHasHeadingsBetweenTables() throws PlanFileException {
		List<Block> blocks = Seeds.blocks("004");

		assertThat(headingsAndTables(blocks)).containsExactly("ҚЫРКҮЙЕК АЙЫ", "1. ҚҰҚЫҚ ЖӘНЕ ТӘРТІП ФРАКЦИЯСЫ", "table",
				"ҚАЗАН АЙЫ", "2. АҚПАРАТ ФРАКЦИЯСЫ (МЕКТЕПТІҢ БАСПАСӨЗ ҚЫЗМЕТІ)", "table", "ҚАРАША АЙЫ",
				"3. СПОРТ ЖӘНЕ САЛАУАТТЫ ӨМІР САЛТЫ ФРАКЦИЯСЫ", "table", "ЖЕЛТОҚСАН АЙЫ",
				"4. ӨЗІН-ӨЗІ ТАҢУ ЖӘНЕ БАҚЫТ ФРАКЦИЯСЫ", "table", "ҚАҢТАР АЙЫ", "5. ҚАЙЫРЫМДЫЛЫҚ ФРАКЦИЯСЫ", "table",
				"АҚПАН АЙЫ", "6. ДЕБАТ ҚОЗҒАЛЫСЫНЫҢ ФРАКЦИЯСЫ", "table", "СӘУІР АЙЫ",
				"8. МӘДЕНИЕТ ЖӘНЕ ӨНЕР (музыкалық, көркем шығармашылық) ФРАКЦИЯСЫ", "table");
		assertThat(tables(blocks)).extracting((table) -> table.rows().size()).containsExactly(6, 6, 6, 6, 5, 10, 6);
		assertThat(tables(blocks)).allSatisfy((table) -> {
			int width = table.rows().get(0).cells().size();
			assertThat(table.rows()).allSatisfy((row) -> assertThat(row.cells()).hasSize(width));
		});
		assertThat(tables(blocks)).extracting((table) -> table.rows().get(0).cells().size())
			.containsExactly(8, 8, 8, 8, 7, 8, 8);
		Row unnumbered = tables(blocks).get(5).rows().get(9);
		assertThat(unnumbered.line()).isEqualTo(91);
		assertThat(unnumbered.cells()).startsWith("", "",
				"«Әке көрген оқ жонар, шеше көрген тон пішер» колөнер көрмесі");
		assertThat(tables(blocks).get(0).rows().get(2).cells()).startsWith("2", "",
				"Сыныптардағы өзін-өзі басқару ұйымын сайлау.");
		assertThat(paragraphs(blocks)).contains("директоры Р.Б. Байболова Байболова Р.Б", "2025-2026 оқу жылы");
	}

	@Test
	void roadToSchoolOneCellALineBecomesTwentyRecords() throws PlanFileException {
		List<Block> blocks = Seeds.blocks("001");

		assertThat(tables(blocks)).hasSize(1);
		List<Row> rows = tables(blocks).get(0).rows();
		assertThat(rows.get(0))
			.isEqualTo(new Row(6, List.of("№", "Іс-шараның атауы", "Орындау мерзімі", "Жауаптылар")));
		List<Row> records = rows.subList(1, rows.size());
		assertThat(records).hasSize(20).allSatisfy((row) -> assertThat(row.cells()).hasSize(4));
		assertThat(records).extracting((row) -> row.cells().get(0))
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
					"17", "18", "19", "20");
		assertThat(records.get(0).line()).isEqualTo(11);
		assertThat(records.get(2).cells().get(2)).isEqualTo("29.07. 11 ж – 01.08.11 ж\n30.09.11 ж. дейін");
		assertThat(records.get(5).cells().get(3)).endsWith("облыстық\nбілім басқармасы, балалардың құқықтарын қорғау "
				+ "департаменті(келісім бойынша), ШҚО бойынша бақылау және әлеуметтік қорғау департаменті(келісім бойынша)");
		assertThat(records.get(10).cells().get(1)).contains(":\n- марафон «Балалық шақты қорғауға 20 қадам»;\n- аз");
		assertThat(records.get(19)).isEqualTo(new Row(160, List.of("20",
				"Акцияның қорытындысын облыс әкімінің, қала және аудан әкімдері жанындағы кәмелетке толмағандар ісі жөніндегі комиссия отырыстарында қарау",
				"Комиссия жоспарына сәйкес",
				"Қала және аудан әкімдері, облыстық кәмелетке толмағандар ісі және олардың құқықтарын қорғау комиссиясының хатшысы")));
		assertThat(paragraphsBefore(blocks, 0)).containsExactly("2011 жылғы 1 тамыз мен 30 қыркүйек аралығында",
				"«Қазақстан Республикасы Тәуелсіздігінің 20 жылдығына – 20 жарқын іс!» акциясы аясында",
				"Шығыс Қазақстан облысында «Мектепке жол» республикалық акциясын өткізу", "бойынша іс-шаралар жоспары");
		assertThat(blocks.subList(blocks.indexOf(tables(blocks).get(0)) + 1, blocks.size()))
			.extracting(SeedTextTests::text)
			.containsExactly("ШҚО білім басқармасының бастығы", "Н.Сейсембина",
					"ШҚО балалардың құқықтарын қорғау департаменті директорының м.а.                                                  А. Тоқтарбекова");
	}

	@ParameterizedTest
	@ValueSource(strings = { "002", "003" })
	void proseLettersAndConceptsAreOnlyParagraphs(String seed) throws PlanFileException {
		List<Block> blocks = Seeds.blocks(seed);

		assertThat(blocks).isNotEmpty().allSatisfy((block) -> assertThat(block).isInstanceOf(Block.Paragraph.class));
		assertThat(paragraphs(blocks)).noneMatch((text) -> text.contains("**") || text.isBlank());
	}

	@Test
	void indentedLinesOfProseAreParagraphs() throws PlanFileException {
		assertThat(paragraphs(Seeds.blocks("003"))).contains("Жоба администраторы: ҚР АҚДМ, ҚР МСМ, ҚҚДИ, ҚР БҒМ, ЖАО",
				"Іске асыру индикаторлары:", "Күтілетін нәтижелер:");
	}

	@Test
	void markdownIsDroppedFromProse() throws PlanFileException {
		assertThat(paragraphs(Seeds.blocks("002")))
			.contains("Т.Рысқұлов аудандық білім", "басшыларына!",
					"Бүкіл әлемде Дүниежүзілік балалар күні 20 қарашада атап өтіледі.")
			.anySatisfy((text) -> assertThat(text).contains("(бұдан әрі – Комитет)"));
	}

	static List<Block.Table> tables(List<Block> blocks) {
		return blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
	}

	static List<String> paragraphs(List<Block> blocks) {
		return blocks.stream().filter(Block.Paragraph.class::isInstance).map(SeedTextTests::text).toList();
	}

	private static List<String> paragraphsBefore(List<Block> blocks, int table) {
		return paragraphs(blocks.subList(0, blocks.indexOf(tables(blocks).get(table))));
	}

	/** From the first heading on: paragraphs as their text, tables as "table". */
	private static List<String> headingsAndTables(List<Block> blocks) {
		List<String> shapes = blocks.stream()
			.map((block) -> (block instanceof Block.Paragraph p) ? p.text() : "table")
			.toList();
		return shapes.subList(shapes.indexOf("ҚЫРКҮЙЕК АЙЫ"), shapes.size());
	}

	private static String text(Block block) {
		return ((Block.Paragraph) block).text();
	}

}
