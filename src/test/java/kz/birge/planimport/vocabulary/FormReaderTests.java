package kz.birge.planimport.vocabulary;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormReaderTests {

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource({ "seed000", "seed001", "seed002", "seed004", "russianForms", "englishForms" })
	void readsTheFormOfATitle(String title, String form) {
		assertThat(FormReader.formOf(title)).contains(form);
	}

	/**
	 * The TazaLike activities: the form nearest the end wins, so a bracket saying what is
	 * done decides.
	 */
	static Stream<Arguments> seed000() {
		return Stream.of(form("«Таза аймақ» ЕҚТА және іргелес елді мекендерді тазалау", "clean_up"),
				form("Оқушылармен бірге ағаш отырғызу бойынша «Болашақты бірге отырғызамыз»", "tree_planting"),
				form("«Таза кәсіп-таза аймақ» акциясын өткізу ЕҚТА аумағын тазалау жұмыстары)", "clean_up"),
				form("«Мөңдір бұлақ» акциясы (ЕҚТА аумақтарындағы бұлақтарды тазарту)", "clean_up"),
				form("«Таза өлке» акциясы (ЕҚТА аумақтарды жинау ұлттық парк аумағында экокурсия өткізу)", "action"),
				form("«Болашақты бірге отырғызамыз» акциясы (мектеп оқушылармен бірге парк аумағында ағаш отырғызу)",
						"tree_planting"),
				form("«Жасыл аула» акциясын өткізу (мекеме ауласын көгалдандыру, ағаш көшеттерін отырғызу)",
						"tree_planting"),
				form("«Өз ағашынды отырғыз» акциясын өткізу (парк аумағында ағаш көшеттерін отырғызу)",
						"tree_planting"),
				form("Бүкілқазақстандық ағаш отырғызу күні (ағаш отырғызу)", "tree_planting"),
				form("«Өз ағашынды отырғыз» акциясы", "action"),
				form("«Халықаралық құстар күні» акциясын өткізу.\n"
						+ "(құс ұясын орнату, сонымен қатар мектеп оқушыларымен ұя жасау)", "action"),
				form("\"Табиғат біздің қолымызда\" оқу орындарында эко-сағаттар өткізу", "lesson"));
	}

	static Stream<Arguments> seed001() {
		return Stream.of(form("Әрбір елді мекенде (фермаларда, қала маңындағы саяжайларда, шаруашылық бөлімшелерінде, "
				+ "егістікте және т.б), базар, вокзал, көңіл көтеру орындарында қауіп тобындағы балаларды анықтау "
				+ "бойынша рейдтер жүргізу", "raid"),
				form("Балалар арасында шығармашылық конкурстар өткізу («Мектепке барар ең жақсы жол» тақырыбында "
						+ "үздік шығармаға, суретке, өлеңге, әнге, т.с.с), қала (аудан) мектептері арасында «Үздік "
						+ "мектеп ауласы» конкурсын өткізу", "contest"));
	}

	/** The directions of the children's-day ten-day. */
	static Stream<Arguments> seed002() {
		return Stream.of(form("«Бақытты бала – бейбіт елдің тірегі» - Балалардың құқықтарын қамтамасыз ету "
				+ "мәселелері бойынша мемлекет іске асыратын іс-шаралар туралы хабардар ету мақсатында көп балалы "
				+ "аналармен, ата-аналар қауымдастықтарымен кездесулер ұйымдастыру;", "meeting"),
				form("«Күндей күлген анамның, баласы болып қаламын!» жалпы білім беретін мектептердің 1-4 сынып "
						+ "оқушылары арасында бақытты балалық шақ бейнеленген сурет байқауы;", "contest"),
				form("«Бала құқығы – асыл қазына» - жалпы білім беретін мектептердің 5-11 сынып оқушылары арасында "
						+ "эссе байқауы;", "contest"),
				form("«Түнгі қаладағы балалар» - Ішкі істер министрлігімен бірлескен республикалық акция;", "action"),
				form("«Тегін білген текті елдің ұрпағымыз!» жалпы білім беретін мектеп оқушылары арасында "
						+ "этно-ұлттық сайысы;", "contest"),
				form("«Мен бақытты баламын!» білім беру ұйымдарының 1-4 сынып оқушылары арасында отбасылық спорт "
						+ "жарысы;", "competition"),
				form("«Мен және менің құқығым» атты жалпы білім беретін мектеп оқушылары арасында дебат сайысы;",
						"debate"),
				form("«Менің құқықтарым» атты жетім және ата-анасының қамқорлығынсыз қалған балаларға арналған білім "
						+ "беру ұйымдары тәрбиеленушілерінің арасында викториналық сайысы;", "quiz"));
	}

	/** Every school-parliament activity whose title names a form. */
	static Stream<Arguments> seed004() {
		return Stream.of(form("Мектепішілік /мектеп формасы, оқулық, суық қару, т.б./ рейд", "raid"),
				form("Құқық қорғау органдары қызметкерлерімен кездесу", "meeting"),
				form("«Денсаулық – сенің байлығың» акциясы «Денсаулық-бұл спорт» стендін безендіру", "action"),
				form("«Мектеп денсаулық ортасы бола ала ма?» ток-шоу", "talk_show"),
				form("Медицина мамандарымен кездесу ұйымдастыру", "meeting"),
				form("«Таза мектеп – таза сынып» акциясы", "action"),
				form("«Жан қазынасы – адамгершілік негізі» ток-шоу", "talk_show"),
				form("«Әдеп – ең қымбат мирас» дөңгелек үстел", "round_table"),
				form("«Мен ерекше баламын» байқауы", "contest"), form("«Мейірім толы жүрек» акциясы", "action"),
				form("«Асар» челлендж", "challenge"), form("«Жомарт жүрек» акциясы", "action"),
				form("«Ағаның қамқорлығы» видеоролик сайысы", "video_contest"),
				form("«Қоғамдық негіздері» пікірталас", "debate"),
				form("«Білім артық па, байлық артық па?» дебат", "debate"),
				form("«Әлемде мейірімділік бар ма?» пікірталас", "debate"),
				form("«Табиғат тамашалары» суреттер байқауы", "contest"),
				form("«Қоқысты қайта өңдеу мүмкін бе?» танымдық сабақ", "lesson"),
				form("«Менің ағашым» мектеп алдын көгалдандыру акциясы", "action"),
				form("«Әке көрген оқ жонар, шеше көрген тон пішер» колөнер көрмесі", "exhibition"),
				form("«BALA DAUYSY» байқауы", "contest"), form("«ЖҮЛДЫЗДЫ START» байқауы", "contest"),
				form("Ұлы тұлғаларға арналған поэзиялық кеш", "evening"),
				form("Мәдениет өнер қызметкерлерімен кездесу өткізу", "meeting"),
				form("«Біз өнерлі жастармыз!» флеш-моб", "flash_mob"));
	}

	static Stream<Arguments> russianForms() {
		return Stream.of(form("Конкурс рисунков «Моя Земля»", "contest"), form("Дебаты «Нужны ли оценки?»", "debate"),
				form("Ток-шоу «Здоровая школа»", "talk_show"), form("Круглый стол «Экология и мы»", "round_table"),
				form("Экологическая акция «Чистый берег»", "action"), form("Встреча с ветеранами", "meeting"),
				form("Субботник на территории школы", "clean_up"), form("Посадка деревьев", "tree_planting"),
				form("Урок экологии", "lesson"), form("Выставка поделок", "exhibition"),
				form("Челлендж «Чистый двор»", "challenge"), form("Флешмоб «Мы за чистоту»", "flash_mob"),
				form("Рейд «Школьная форма»", "raid"), form("Викторина «Знатоки природы»", "quiz"),
				form("Соревнования по футболу", "competition"), form("Литературный вечер", "evening"),
				form("Марафон добрых дел", "marathon"), form("Конкурс видеороликов «Мой парк»", "video_contest"));
	}

	static Stream<Arguments> englishForms() {
		return Stream.of(form("Photo contest", "contest"), form("School debate", "debate"),
				form("Talk show \"Healthy school\"", "talk_show"), form("Round table on ecology", "round_table"),
				form("Campaign «Clean shore»", "action"), form("Meeting with rangers", "meeting"),
				form("Clean-up of the river bank", "clean_up"), form("Tree planting day", "tree_planting"),
				form("Eco lesson", "lesson"), form("Exhibition of crafts", "exhibition"),
				form("Litter challenge", "challenge"), form("Flash mob \"Green city\"", "flash_mob"),
				form("Eco quiz", "quiz"), form("Football competition", "competition"),
				form("Poetry evening", "evening"), form("Charity marathon", "marathon"),
				form("Video contest «My park»", "video_contest"));
	}

	@ParameterizedTest(name = "{0}")
	@NullAndEmptySource
	@ValueSource(strings = { "Парламент отырысын өткізу", "Сыныптардағы өзін-өзі басқару ұйымын сайлау.",
			"«Мектеп Лигасы» спорттық іс-шаралар", "«Қайырымдылық - қайырлы іс» іс-шара",
			"Тәуелсіздіктің 30 жылдығына орай «30 үздік көшбасшы» марапаттау",
			"«Қазақстанның жастары қаншалықты патриот?»",
			"Ақпараттық бұрыш жасау. «Оқулықты күтін ұста» радиолинейкасы.",
			"«Менің ұстазым» тақырыбында жас блогерлер айдары", "Көшпелі қоғамдық қабылдаулар өткізу",
			"12 «Таза Қазақстан» және «ТазаLike» логотиптері бар БАҚ-та іс-шараларды хабарлау және ақпараттық "
					+ "сүйемелдеу",
			"«Таза мектеп»", "«Біз өнерлі жастармыз!»", "Спорт кешенінде жаттығу" })
	void knowsNoFormWhereTheTitleNamesNone(String title) {
		assertThat(FormReader.formOf(title)).isEmpty();
	}

	@Test
	void namesEveryFormByAKey() {
		assertThat(FormReader.keys()).containsExactlyInAnyOrder("contest", "video_contest", "debate", "talk_show",
				"round_table", "action", "meeting", "clean_up", "tree_planting", "lesson", "exhibition", "challenge",
				"flash_mob", "raid", "quiz", "competition", "evening", "marathon");
		assertThat(FormReader.keys()).allMatch((key) -> key.matches("[a-z]+(_[a-z]+)*"));
	}

	private static Arguments form(String title, String form) {
		return Arguments.of(title, form);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void readsTheFormsSchoolsWriteOutsideTheirSeeds(String title, String form) {
		assertThat(FormReader.formOf(title)).contains(form);
	}

	static Stream<Arguments> readsTheFormsSchoolsWriteOutsideTheirSeeds() {
		return Stream.of(form("Классный час «Мой город – Семей»", "lesson"), form("Ата-аналар жиналысы", "meeting"),
				form("Заседание клуба", "meeting"), form("«Таза аула» сенбілігі", "clean_up"),
				form("Очистка туристической тропы к озеру", "clean_up"), form("Клуб «Дебаты»", "debate"),
				form("Экочеллендж «Чистый двор – чистый город»", "challenge"),
				form("Осенний легкоатлетический кросс", "competition"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Акция барысы туралы ақпарат беру", "Информация о ходе акции" })
	void whatATitleIsAboutIsNoForm(String title) {
		assertThat(FormReader.formOf(title)).isEmpty();
	}

}
