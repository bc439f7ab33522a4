package kz.birge.planimport;

import java.util.List;

import kz.birge.planimport.dates.PlanPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation and the title of a plan, found past an approval stamp, by abbreviation
 * and in the genitive, in Kazakh and Russian.
 */
class FrontMatterTests {

	@Test
	void aKazakhSchoolNamedOnlyInTheStampByItsAbbreviation() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("БЕКІТЕМІН", "«№5 ЖОББМ» КММ директоры",
				"__________ А.Б. Серікова", "2026 ж.", "Тәрбие жұмысының жоспары", "2025-2026 оқу жылы"));

		assertThat(facts.organisation()).contains("«№5 ЖОББМ» КММ");
		assertThat(facts.title()).isEqualTo("Тәрбие жұмысының жоспары 2025-2026 оқу жылы");
		assertThat(facts.period()).contains(PlanPeriod.academicYear(2025));
	}

	@Test
	void aKazakhSchoolInTheGenitiveOnTheTitlesLine() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("БЕКІТЕМІН", "Мектеп директоры", "__________ А.Б. Серікова",
				"«___» ________ 2026 ж.",
				"Абай атындағы №12 жалпы білім беретін мектебінің 2025-2026 оқу жылына арналған экологиялық іс-шаралар жоспары"));

		assertThat(facts.organisation()).contains("Абай атындағы №12 жалпы білім беретін мектебі");
		assertThat(facts.title()).doesNotContain("2026 ж.").doesNotContain("БЕКІТЕМІН").contains("жоспары");
	}

	@Test
	void aKazakhAbbreviationInTheGenitiveAboveTheTitle() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("БЕКІТЕМІН", "Директор ____________", "2026 ж.",
				"Қарасу ауылының ОМ-нің", "2025-2026 оқу жылына арналған іс-шаралар жоспары"));

		assertThat(facts.organisation()).contains("Қарасу ауылының ОМ");
		assertThat(facts.title()).isEqualTo("2025-2026 оқу жылына арналған іс-шаралар жоспары");
	}

	@Test
	void theSchoolParliamentPlanNamesItsLyceumInTheNominative() throws Exception {
		ReadPlan read = PlanSeedsTests.read(PlanSeedsTests.PARLIAMENT);

		assertThat(read.plan().organisation()).contains("Көкшетау қаласының №2 МЛ");
		assertThat(read.plan().title()).startsWith("«Мектеп парламенті»").doesNotContain("2026 ж.");
	}

	@Test
	void aRussianSchoolNamedOnlyInTheStamp() {
		FrontMatter.Facts facts = FrontMatter
			.read(List.of("УТВЕРЖДАЮ", "Директор КГУ «СОШ №5»", "_________ И.И. Иванова", "«__» ______ 2025 г.",
					"План воспитательной работы", "на 2025-2026 учебный год"));

		assertThat(facts.organisation()).contains("КГУ «СОШ №5»");
		assertThat(facts.title()).isEqualTo("План воспитательной работы на 2025-2026 учебный год");
	}

	@Test
	void aRussianGymnasiumInTheGenitiveInTheTitle() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("УТВЕРЖДАЮ", "Директор", "_________ И.И. Иванова", "2025 г.",
				"План мероприятий гимназии №3 г. Кокшетау на 2025-2026 учебный год"));

		assertThat(facts.organisation()).contains("гимназия №3 г. Кокшетау");
		assertThat(facts.title()).isEqualTo("План мероприятий гимназии №3 г. Кокшетау на 2025-2026 учебный год");
	}

	@Test
	void aRussianSchoolWithItsAdjectivesInTheGenitive() {
		FrontMatter.Facts facts = FrontMatter
			.read(List.of("План работы средней общеобразовательной школы №7 на 2025-2026 учебный год"));

		assertThat(facts.organisation()).contains("средняя общеобразовательная школа №7");
	}

	@Test
	void aRussianSchoolInTheNominativeAboveTheTitle() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("СОГЛАСОВАНО", "Заместитель директора по ВР",
				"КГУ «Общеобразовательная школа №7 отдела образования по городу Кокшетау»",
				"План мероприятий экологического клуба", "на 2025-2026 учебный год"));

		assertThat(facts.organisation())
			.contains("КГУ «Общеобразовательная школа №7 отдела образования по городу Кокшетау»");
		assertThat(facts.title()).isEqualTo("План мероприятий экологического клуба на 2025-2026 учебный год");
	}

	@Test
	void aSchoolParliamentInQuotesIsNoOrganisation() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("«Мектеп парламенті» жұмыс жоспары", "2025-2026 оқу жылы"));

		assertThat(facts.organisation()).isEmpty();
	}

}
