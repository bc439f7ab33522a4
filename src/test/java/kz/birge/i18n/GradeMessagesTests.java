package kz.birge.i18n;

import java.util.List;
import java.util.Set;

import kz.birge.catalog.Audience;
import kz.birge.catalog.GradeRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages that name an activity's grades read right for a single grade («7-сынып»,
 * «ученики 7 класса», "grade 7") and for a range («5–9 сынып оқушылары», «ученики 5–9
 * классов», "grades 5–9").
 */
class GradeMessagesTests {

	private static final Audience SEVENTH = new Audience(List.of(new GradeRange(7, 7)), Set.of());

	private static final Audience FIFTH_TO_NINTH = new Audience(List.of(new GradeRange(5, 9)), Set.of());

	private static final Audience SOME = new Audience(List.of(new GradeRange(5, 7), new GradeRange(9, 9)), Set.of());

	private final IcuMessageSource bundles = MessagesConfig.bundles(true);

	private String grades(Lang lang, Audience audience) {
		return this.bundles.getMessage("audience.grades",
				new Object[] { audience.gradesText(), audience.gradesCount() }, lang.locale());
	}

	private String notYourGrade(Lang lang, Audience audience) {
		return this.bundles.getMessage("signup.not-your-grade",
				new Object[] { audience.gradesText(), audience.gradesCount(), "10А" }, lang.locale());
	}

	@Test
	void aSingleGradeAndARangeReadRightInEveryLanguage() {
		assertThat(grades(Lang.KK, SEVENTH)).isEqualTo("7-сынып");
		assertThat(grades(Lang.KK, FIFTH_TO_NINTH)).isEqualTo("5–9 сынып оқушылары");
		assertThat(grades(Lang.KK, SOME)).isEqualTo("5–7, 9 сынып оқушылары");
		assertThat(grades(Lang.RU, SEVENTH)).isEqualTo("ученики 7 класса");
		assertThat(grades(Lang.RU, FIFTH_TO_NINTH)).isEqualTo("ученики 5–9 классов");
		assertThat(grades(Lang.EN, SEVENTH)).isEqualTo("grade 7");
		assertThat(grades(Lang.EN, FIFTH_TO_NINTH)).isEqualTo("grades 5–9");
	}

	@Test
	void aStudentOfAnotherGradeIsToldWhoTheActivityIsFor() {
		assertThat(notYourGrade(Lang.KK, SEVENTH)).contains("7-сынып оқушыларына").contains("Сыныбыңыз: 10А");
		assertThat(notYourGrade(Lang.KK, FIFTH_TO_NINTH)).contains("5–9 сынып оқушыларына");
		assertThat(notYourGrade(Lang.RU, SEVENTH)).contains("для учеников 7 класса").contains("Ваш класс: 10А");
		assertThat(notYourGrade(Lang.RU, FIFTH_TO_NINTH)).contains("для учеников 5–9 классов");
		assertThat(notYourGrade(Lang.EN, SEVENTH)).contains("for grade 7.");
		assertThat(notYourGrade(Lang.EN, FIFTH_TO_NINTH)).contains("for grades 5–9.");
	}

}
