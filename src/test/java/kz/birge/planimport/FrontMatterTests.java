package kz.birge.planimport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

	@Test
	void aRussianStampWithTheOrganisationInItsPostAndAClubsNameInQuotes() {
		FrontMatter.Facts facts = FrontMatter
			.read(List.of("УТВЕРЖДАЮ", "Директор КГУ «СОШ №7»", "_______ Иванова А.Б.", "«___» _______ 2025 г.", "ПЛАН",
					"работы экологического клуба «Юный эколог»", "на 2025-2026 учебный год"));

		assertThat(facts.organisation()).contains("КГУ «СОШ №7»");
		assertThat(facts.title()).isEqualTo("«Юный эколог»");
		assertThat(facts.period()).contains(PlanPeriod.academicYear(2025));
		assertThat(facts.sources().organisation()).hasValueSatisfying((source) -> {
			assertThat(source.origin()).isEqualTo(FrontMatter.Origin.STAMP);
			assertThat(source.text()).contains("Директор КГУ «СОШ №7»");
		});
		assertThat(facts.sources().title())
			.contains(new FrontMatter.Source(FrontMatter.Origin.QUOTED_NAME, 6, "«Юный эколог»"));
		assertThat(facts.sources().stamps()).containsExactly("УТВЕРЖДАЮ");
	}

	@Test
	void aKazakhStampWithTheSchoolInTheGenitiveInItsPost() {
		FrontMatter.Facts facts = FrontMatter
			.read(List.of("БЕКІТЕМІН", "Ақсу ауылының №3 ЖОББМ-нің директоры", "__________ Серікова А.Б.",
					"«___» ____________ 2025 ж.", "Мектептегі экологиялық іс-шаралар жоспары", "2025-2026 оқу жылы"));

		assertThat(facts.organisation()).contains("Ақсу ауылының №3 ЖОББМ");
		assertThat(facts.title()).isEqualTo("Мектептегі экологиялық іс-шаралар жоспары 2025-2026 оқу жылы");
		assertThat(facts.sources().title()).contains(new FrontMatter.Source(FrontMatter.Origin.TITLE_LINES, 5,
				"Мектептегі экологиялық іс-шаралар жоспары 2025-2026 оқу жылы"));
	}

	@Test
	void twoKazakhStampsSideBySideInOneLine() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("КЕЛІСІЛДІ\t\t\tБЕКІТЕМІН",
				"Директордың тәрбие ісі жөніндегі орынбасары\t\t«№5 ЖОББМ» КММ директоры",
				"________ Е.М. Елубай\t\t________ А.Б. Серікова", "«___» ________ 2025 ж.\t\t«___» ________ 2025 ж.",
				"«Жасыл ел» еңбек жасақтарының 2025 жылға арналған іс-шаралар жоспары"));

		assertThat(facts.organisation()).contains("«№5 ЖОББМ» КММ");
		assertThat(facts.title()).isEqualTo("«Жасыл ел»");
		assertThat(facts.period()).contains(PlanPeriod.calendarYear(2025));
		assertThat(facts.sources().stamps()).containsExactly("КЕЛІСІЛДІ", "БЕКІТЕМІН");
	}

	@Test
	void twoRussianStampsSideBySideSetApartBySpaces() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("СОГЛАСОВАНО                              УТВЕРЖДАЮ",
				"Зам. директора по ВР                     Директор ГУ «Гимназия №3»",
				"_______ Петрова В.Г.                     _______ Иванова А.Б.",
				"«___» _______ 2025 г.                    «___» _______ 2025 г.",
				"План мероприятий по профилактике правонарушений", "на 2025-2026 учебный год"));

		assertThat(facts.organisation()).contains("ГУ «Гимназия №3»");
		assertThat(facts.title()).isEqualTo("План мероприятий по профилактике правонарушений на 2025-2026 учебный год");
	}

	@Test
	void aStampRightOfTheTitle() {
		FrontMatter.Facts facts = FrontMatter
			.read(List.of("ПЛАН\t\t\tУТВЕРЖДАЮ", "воспитательной работы\t\tДиректор КГУ «Школа-лицей №2»",
					"на 2025-2026 учебный год\t\t_______ Сейтова Г.К.", "«___» _______ 2025 г."));

		assertThat(facts.organisation()).contains("КГУ «Школа-лицей №2»");
		assertThat(facts.title()).isEqualTo("ПЛАН воспитательной работы на 2025-2026 учебный год");
		assertThat(facts.sources().stamps()).containsExactly("УТВЕРЖДАЮ");
	}

	@Test
	void aStampInOneParagraphWithLineBreaks() {
		FrontMatter.Facts facts = FrontMatter.read(List.of(
				"УТВЕРЖДАЮ\nДиректор КГУ «Общеобразовательная школа №12 имени Абая»\n_______ Нурланова С.К.\n«01» сентября 2025 г.",
				"План мероприятий месячника «Мы за здоровый образ жизни»", "на 2025-2026 учебный год"));

		assertThat(facts.organisation()).contains("КГУ «Общеобразовательная школа №12 имени Абая»");
		assertThat(facts.title()).isEqualTo("«Мы за здоровый образ жизни»");
	}

	@Test
	void aKazakhLegalFormInTheGenitiveAboveTheTitle() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("БЕКІТЕМІН", "Мектеп директоры", "________ Нұрланова С.К.",
				"2025 ж.", "«Абай атындағы №12 мектеп-гимназиясы» КММ-нің",
				"«Рухани жаңғыру» бағдарламасы аясында «Туған жер» жобасының", "іс-шаралар жоспары",
				"2025-2026 оқу жылы"));

		assertThat(facts.organisation()).contains("«Абай атындағы №12 мектеп-гимназиясы» КММ");
		assertThat(facts.title()).isEqualTo("«Туған жер»");
		assertThat(facts.sources().organisation())
			.hasValueSatisfying((source) -> assertThat(source.origin()).isEqualTo(FrontMatter.Origin.ABOVE_TITLE));
	}

	@Test
	void aRussianSchoolInTheGenitiveInTheDirectorsPost() {
		FrontMatter.Facts facts = FrontMatter
			.read(List.of("УТВЕРЖДАЮ", "Директор средней школы №25 г. Астаны", "_______ Иванова А.Б.",
					"«___» _______ 2025 г.", "План работы школьного парламента", "на 2025-2026 учебный год"));

		assertThat(facts.organisation()).contains("средняя школа №25 г. Астаны");
		assertThat(facts.title()).isEqualTo("План работы школьного парламента на 2025-2026 учебный год");
	}

	@Test
	void anAgreeingStampOfTheEducationDepartmentGivesWayToTheDirectors() {
		FrontMatter.Facts facts = FrontMatter
			.read(List.of("СОГЛАСОВАНО", "Руководитель ГУ «Отдел образования города Кокшетау»", "_______ Ахметов Б.Б.",
					"«___» _______ 2025 г.", "УТВЕРЖДАЮ", "Директор КГУ «ОШ №14»", "_______ Иванова А.Б.",
					"«___» _______ 2025 г.", "План акции «Тёплая зима»", "на 2025 год"));

		assertThat(facts.organisation()).contains("КГУ «ОШ №14»");
		assertThat(facts.title()).isEqualTo("«Тёплая зима»");
		assertThat(facts.period()).contains(PlanPeriod.calendarYear(2025));
	}

	@Test
	void aParksTitleWithItsLegalFormInQuotesAndTheCampaignsName() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("БЕКІТЕМІН", "Бас директор", "__________ Қ.Ж. Омаров",
				"2025 ж.", "«Алтынемел мемлекеттік ұлттық табиғи паркі» РММ-нің",
				"«Таза Қазақстан» экологиялық акциясының 2025 жылға арналған", "ЖОСПАРЫ"));

		assertThat(facts.organisation()).contains("«Алтынемел мемлекеттік ұлттық табиғи паркі» РММ");
		assertThat(facts.title()).isEqualTo("«Таза Қазақстан»");
	}

	@Test
	void aTitleWithoutAStampOrAName() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("Сынып сағаттарының жоспары", "2025-2026 оқу жылы"));

		assertThat(facts.organisation()).isEmpty();
		assertThat(facts.title()).isEqualTo("Сынып сағаттарының жоспары 2025-2026 оқу жылы");
		assertThat(facts.sources().stamps()).isEmpty();
	}

	@Test
	void theOrganisationWithItsLegalFormIsCutOutOfARussianTitle() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("План работы кружков и спортивных секций",
				"КГУ «Школа-гимназия №17 имени Ы. Алтынсарина»", "на 2026-2027 учебный год"));

		assertThat(facts.organisation()).contains("КГУ «Школа-гимназия №17 имени Ы. Алтынсарина»");
		assertThat(facts.title()).isEqualTo("План работы кружков и спортивных секций на 2026-2027 учебный год");
	}

	@Test
	void theOrganisationInTheGenitiveWithItsLegalFormIsCutOutOfAKazakhTitle() {
		FrontMatter.Facts facts = FrontMatter
			.read(List.of("«№12 ЖОББМ» КММ-нің 2026-2027 оқу жылына арналған тәрбие жұмысының жоспары"));

		assertThat(facts.organisation()).contains("«№12 ЖОББМ» КММ");
		assertThat(facts.title()).isEqualTo("2026-2027 оқу жылына арналған тәрбие жұмысының жоспары");
	}

	@Test
	void theOrganisationsShortNameInTheTitleIsCutOutAsTheOneInTheStamp() {
		FrontMatter.Facts facts = FrontMatter
			.read(List.of("УТВЕРЖДАЮ", "Директор РГУ «Государственный национальный природный парк «Көлсай көлдері»",
					"__________ К.М. Шаймерденов", "«15» марта 2027 г.",
					"План работы с волонтёрами РГУ «ГНПП «Көлсай көлдері» на 2027 год"));

		assertThat(facts.title()).isEqualTo("План работы с волонтёрами на 2027 год");
		assertThat(facts.period()).contains(PlanPeriod.calendarYear(2027));
	}

	@Test
	void aPartnerOrganisationInTheTitleStays() {
		FrontMatter.Facts facts = FrontMatter
			.read(List.of("План совместных мероприятий с КГУ «СОШ №7» на 2026-2027 учебный год"));

		assertThat(facts.title()).isEqualTo("План совместных мероприятий с КГУ «СОШ №7» на 2026-2027 учебный год");
	}

	@Test
	void aBranchNamedBeforeTheTitleIsDropped() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("«Іле-Алатау мемлекеттік ұлттық табиғи паркі» РММ",
				"Талғар филиалы", "Еріктілермен жұмыс жоспары", "2027 жыл"));

		assertThat(facts.organisation()).contains("«Іле-Алатау мемлекеттік ұлттық табиғи паркі» РММ");
		assertThat(facts.title()).isEqualTo("Еріктілермен жұмыс жоспары");
	}

	@Test
	void anActionsNameInALongTitleIsTheTitle() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("УТВЕРЖДАЮ", "Аким города Саркан",
				"___________ Б.А. Нуржанов", "«12» сентября 2026 г.",
				"План мероприятий ГУ «Аппарат акима города Саркан» по проведению республиканской акции «Бірге – таза Қазақстан» на 2026-2027 учебный год"));

		assertThat(facts.organisation()).contains("ГУ «Аппарат акима города Саркан»");
		assertThat(facts.title()).isEqualTo("«Бірге – таза Қазақстан»");
	}

	@Test
	void anActionsNameIsPreferredToAnotherNameInQuotes() {
		FrontMatter.Facts facts = FrontMatter
			.read(List.of("Клуб «Жас натуралист»: план участия в акции «Тёплая зима» на 2026 год"));

		assertThat(facts.title()).isEqualTo("«Тёплая зима»");
	}

	@Test
	void aClubsNameAfterTheOrganisationsLegalFormIsTheTitle() {
		FrontMatter.Facts facts = FrontMatter.read(List
			.of("«Абай атындағы №8 гимназия» КММ «Жасыл әлем» экологиялық клубының 2026-2027 оқу жылына арналған жұмыс жоспары"));

		assertThat(facts.organisation()).contains("«Абай атындағы №8 гимназия» КММ");
		assertThat(facts.title()).isEqualTo("«Жасыл әлем»");
	}

	@Test
	void anActionsNameInStraightQuotes() {
		FrontMatter.Facts facts = FrontMatter.read(List.of("План участия в акции \"Тёплая зима\" на 2026 год"));

		assertThat(facts.title()).isEqualTo("«Тёплая зима»");
	}

	@Test
	void aProgrammeIsTitledAsAPlanIs() {
		FrontMatter.Facts facts = FrontMatter
			.read(List.of("Отдел образования Бурабайского района", "КГУ «Основная средняя школа села Катарколь»",
					"Программа осенних каникул «Каникулы с пользой»", "2026-2027 учебный год"));

		assertThat(facts.organisation()).contains("КГУ «Основная средняя школа села Катарколь»");
		assertThat(facts.title()).isEqualTo("«Каникулы с пользой»");
	}

	@Test
	void aPlanForOneMonthCoversThatMonth() {
		assertThat(FrontMatter.read(List.of("План мероприятий на октябрь 2026 года")).period())
			.contains(new PlanPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
		assertThat(FrontMatter.read(List.of("2027 жылдың мамыр айына арналған іс-шаралар жоспары")).period())
			.contains(new PlanPeriod(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 31)));
	}

	@Test
	void aStampsDateWithTheYearFirstStaysOutOfTheTitle() {
		FrontMatter.Facts facts = FrontMatter.read(
				List.of("БЕКІТЕМІН", "«№5 жалпы орта білім беретін мектеп» КММ директоры", "__________ Қ.Б. Әміржанова",
						"2026 жылғы «27» тамыз", "2026-2027 оқу жылына арналған іс-шаралар жоспары"));

		assertThat(facts.title()).isEqualTo("2026-2027 оқу жылына арналған іс-шаралар жоспары");
	}

	@Test
	void daysWithTheirYearInBracketsAreThePeriod() {
		assertThat(FrontMatter
			.read(List.of("«Жасыл мекен» экологиялық онкүндігін өткізу жоспары", "(2027 жылғы 12-22 сәуір)"))
			.period()).contains(new PlanPeriod(LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 22)));
	}

	@Test
	void stampsSetSideBySideAsATableAreReadAsTheTitleBlock() throws Exception {
		String plan = String.join("\n", "СОГЛАСОВАНО\tУТВЕРЖДАЮ",
				"Руководитель ГУ «Отдел внутренней политики»\tДиректор ГККП «Молодёжный ресурсный центр»",
				"___________ А.С. Мукашева\t___________ К.А. Бейсенов", "«2» сентября 2026 г.\t«3» сентября 2026 г.",
				"", "План мероприятий по развитию волонтёрского движения «Біз біргеміз»", "на 2026-2027 учебный год",
				"", "№\tНаименование мероприятия\tСрок проведения\tОтветственный",
				"1\tОбучающий тренинг «Школа волонтёра»\t10 октября 2026 г.\tПсихолог Жунусова А.Т.");

		ReadPlan read = PlanReader.read("plan.txt", plan.getBytes(StandardCharsets.UTF_8));

		assertThat(read.plan().organisation()).contains("ГККП «Молодёжный ресурсный центр»");
		assertThat(read.plan().title()).isEqualTo("«Біз біргеміз»");
		assertThat(read.plan().activities()).hasSize(1);
	}

}
