package kz.birge.manage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date and time a coordinator types in /new or /activities, in Kazakh, Russian or
 * English, as the question's own examples show.
 */
class TypedTimeTests {

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "12.12.2026 15:00|2026-12-12T10:00:00Z", "12 желтоқсан 15:00|2026-12-12T10:00:00Z",
					"12 декабря в 15:30|2026-12-12T10:30:00Z", "12 December 15:00|2026-12-12T10:00:00Z",
					"3 January 9:00|2027-01-03T04:00:00Z" })
	void readsADayAndATime(String typed, Instant start) {
		assertThat(TypedTime.parse(typed, ALMATY, TODAY)).hasValueSatisfying((when) -> {
			assertThat(when.start()).isEqualTo(start);
			assertThat(when.allDay()).isFalse();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "12 December", "12 желтоқсан", "12.12.2026" })
	void aDayAloneIsAWholeDay(String typed) {
		assertThat(TypedTime.parse(typed, ALMATY, TODAY)).hasValueSatisfying((when) -> {
			assertThat(when.start()).isEqualTo(LocalDate.of(2026, 12, 12).atStartOfDay(ALMATY).toInstant());
			assertThat(when.allDay()).isTrue();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "ертең бе?", "soon", "15:00", "12 Decembr-ish" })
	void refusesWhatIsNotADay(String typed) {
		assertThat(TypedTime.parse(typed, ALMATY, TODAY)).isEmpty();
	}

}
