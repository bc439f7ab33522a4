package kz.birge.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SchoolClassTests {

	@ParameterizedTest
	@CsvSource({ "7Ә,7,Ә", "7 ә,7,Ә", "7-Ә,7,Ә", "9A,9,А", "9a,9,А", "11 б,11,Б", "1В,1,В", "10-B,10,В",
			"' 5 «Г» ',5,Г", "8.Ғ,8,Ғ" })
	void readsTypedClasses(String typed, int grade, String letter) {
		assertThat(SchoolClass.parse(typed)).contains(new SchoolClass(grade, letter));
	}

	@ParameterizedTest
	@ValueSource(strings = { "15Z", "15А", "0А", "12Б", "9Z", "7", "Ә", "7ӘӘ", "seven", "", "7 класс" })
	void refusesWhatIsNotAClass(String typed) {
		assertThat(SchoolClass.parse(typed)).isEmpty();
	}

	@Test
	void latinLookalikesBecomeCyrillic() {
		SchoolClass parsed = SchoolClass.parse("9A").orElseThrow();
		assertThat(parsed.letter()).isEqualTo("\u0410");
		assertThat(parsed).hasToString("9А");
	}

	@Test
	void refusesToBuildAnImpossibleClass() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SchoolClass(12, "А"));
		assertThatIllegalArgumentException().isThrownBy(() -> new SchoolClass(5, "Z"));
	}

}
