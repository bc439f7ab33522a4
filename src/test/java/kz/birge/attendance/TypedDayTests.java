package kz.birge.attendance;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day typed to find a roster, as teachers write it in Kazakh, Russian or English;
 * without a year, the one nearest to today (30 November 2026).
 */
class TypedDayTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "12.10|2026-10-12", "12.10.2026|2026-10-12", "12.10.25|2025-10-12", "5.12|2026-12-05",
					"12 қазан|2026-10-12", "12 қазанда|2026-10-12", "12 октября|2026-10-12", "3 December|2026-12-03",
					"20 қаңтар|2027-01-20", "15 мамыр|2027-05-15", "1 сәуір 2025|2025-04-01" })
	void readsTheDay(String typed, LocalDate day) {
		assertThat(TypedDay.read(typed, TODAY)).contains(day);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ертең", "29.02", "32.10", "12.13", "12 сентбр", "12", "" })
	void refusesWhatIsNotADay(String typed) {
		assertThat(TypedDay.read(typed, TODAY)).isEmpty();
	}

}
