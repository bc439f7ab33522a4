package kz.birge.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title that a message puts in «» reads with one pair of quotes, however the plan wrote
 * it: «Мектеп парламенті» once, and «„Таза мектеп – таза сынып“ акциясы» for a title with
 * quotes of its own, as Kazakh and Russian print quotes inside quotes.
 */
class QuotedTitlesTests {

	private final IcuMessageSource bundles = MessagesConfig.bundles(true);

	private String reminder(Lang lang, String title) {
		return this.bundles.getMessage("reminder.day-before", new Object[] { title, "12.12.2026" }, lang.locale());
	}

	@Test
	void aTitleInQuotesOfItsOwnIsQuotedOnce() {
		assertThat(reminder(Lang.KK, "«Мектеп парламенті»")).contains("ертең «Мектеп парламенті» іс-шарасы")
			.doesNotContain("««");
		assertThat(reminder(Lang.RU, "«Мектеп парламенті»")).contains("мероприятие «Мектеп парламенті».");
	}

	@Test
	void quotesInsideATitleAreWrittenAsQuotesInQuotes() {
		assertThat(reminder(Lang.KK, "«Таза мектеп – таза сынып» акциясы"))
			.contains("ертең «„Таза мектеп – таза сынып“ акциясы» іс-шарасы");
		assertThat(reminder(Lang.RU, "Конкурс «Жас ақын» и «Жас әнші»")).contains("«Конкурс „Жас ақын“ и „Жас әнші“»");
	}

	@Test
	void aTitleWithoutQuotesAndATitleOutsideQuotesAreLeftAsTheyAre() {
		assertThat(reminder(Lang.KK, "Ағаш отырғызу")).contains("ертең «Ағаш отырғызу» іс-шарасы");
		assertThat(reminder(Lang.EN, "«Таза мектеп – таза сынып» акциясы"))
			.contains("“«Таза мектеп – таза сынып» акциясы” is tomorrow");
	}

}
