package kz.birge.planimport.source;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFormatTests {

	@Test
	void semicolonsWinOverCommasInsideCells() throws PlanFileException {
		String text = "Жоспар\n№;Атауы;Жауаптылар\n1;Тазалау;Сарқан, Алакөл, Лепсі\n2;Егу;Директор, орынбасар\n";

		assertThat(read(text)).containsExactly(new Block.Paragraph(1, "Жоспар"),
				new Block.Table(List.of(new Row(2, List.of("№", "Атауы", "Жауаптылар")),
						new Row(3, List.of("1", "Тазалау", "Сарқан, Алакөл, Лепсі")),
						new Row(4, List.of("2", "Егу", "Директор, орынбасар")))));
	}

	@Test
	void rowsKeepTheLineTheyStartOnAndBlankRecordsDoNotEndATable() throws PlanFileException {
		String text = "\"Жоспар, 2025\",,\r\n№,Мерзімі\r\n1,\"1 сәуір\r\n30 сәуір\"\r\n\r\n2,Мамыр\r\n";

		assertThat(read(text)).containsExactly(new Block.Paragraph(1, "Жоспар, 2025"),
				new Block.Table(List.of(new Row(2, List.of("№", "Мерзімі")),
						new Row(3, List.of("1", "1 сәуір\n30 сәуір")), new Row(6, List.of("2", "Мамыр")))));
	}

	@Test
	void tabsAreDetectedToo() throws PlanFileException {
		assertThat(read("№\tАтауы\n1\tТазалау, егу\n")).containsExactly(
				new Block.Table(List.of(new Row(1, List.of("№", "Атауы")), new Row(2, List.of("1", "Тазалау, егу")))));
	}

	private static List<Block> read(String text) throws PlanFileException {
		return PlanSources.read("plan.csv", text.getBytes(StandardCharsets.UTF_8));
	}

}
