package kz.birge.planimport.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFormatTests {

	@Test
	void blankLinesStayInsideATableAndAParagraphEndsIt() throws PlanFileException {
		List<Block> blocks = read("Жоспар\r\n№\tАтауы\r\n\r\n1\tТазалау\t\t\r\n\t\tжалғасы\r\nЕскерту: есеп\r\n");

		assertThat(blocks).containsExactly(
				new Block.Paragraph(1, "Жоспар"), new Block.Table(List.of(new Row(2, List.of("№", "Атауы")),
						new Row(4, List.of("1", "Тазалау")), new Row(5, List.of("", "", "жалғасы")))),
				new Block.Paragraph(6, "Ескерту: есеп"));
	}

	@Test
	void anIndentedLineOutsideATableIsAParagraph() throws PlanFileException {
		assertThat(read("Мақсаты\n\tКүтілетін нәтижелер:\n")).containsExactly(new Block.Paragraph(1, "Мақсаты"),
				new Block.Paragraph(2, "Күтілетін нәтижелер:"));
	}

	@Test
	void markdownMarkersAreDroppedButLoneStarsKept() throws PlanFileException {
		assertThat(read("**ЖОСПАРЫ**\nдиректоры *Р.Б. Байболова* қолы\n2*3*4 және 5*\n"))
			.extracting(Block.Paragraph.class::cast)
			.extracting(Block.Paragraph::text)
			.containsExactly("ЖОСПАРЫ", "директоры Р.Б. Байболова қолы", "2*3*4 және 5*");
	}

	@Test
	void windows1251AndAByteOrderMarkAreRead() throws PlanFileException {
		byte[] cyrillic = "№\tМероприятие\n1\tУборка".getBytes(Charset.forName("windows-1251"));
		byte[] marked = ("\uFEFF" + "Жоспар").getBytes(StandardCharsets.UTF_8);

		assertThat(PlanSources.read("plan.txt", cyrillic)).containsExactly(
				new Block.Table(List.of(new Row(1, List.of("№", "Мероприятие")), new Row(2, List.of("1", "Уборка")))));
		assertThat(PlanSources.read("plan.tsv", marked)).containsExactly(new Block.Paragraph(1, "Жоспар"));
	}

	@Test
	void aVerticalTableEndsAtTheNextOrdinaryRowAndKeepsLooseLinesAsProse() throws PlanFileException {
		List<Block> blocks = read(
				"\t№\n\tАтауы\n\tМерзімі\n\t1\n\tТазалау\n\t20\n\t2\n\tЕгу\nкүзде\n\tСәуір\nҚолы\n№\tАтауы\n");

		assertThat(blocks).containsExactly(
				new Block.Table(List.of(new Row(1, List.of("№", "Атауы", "Мерзімі")),
						new Row(4, List.of("1", "Тазалау", "20")), new Row(7, List.of("2", "Егу\nкүзде", "Сәуір")))),
				new Block.Paragraph(11, "Қолы"), new Block.Table(List.of(new Row(12, List.of("№", "Атауы")))));
	}

	private static List<Block> read(String text) throws PlanFileException {
		return PlanSources.read("plan.txt", text.getBytes(StandardCharsets.UTF_8));
	}

}
