package kz.birge.indicators;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number as a teacher types it: "1,5", "1.5", "12", "1 200"; at most three decimals.
 */
final class TypedNumber {

	private static final Pattern NUMBER = Pattern.compile("^-?\\d{1,9}([.,]\\d{1,3})?$");

	private TypedNumber() {
	}

	/** What a typed answer is. */
	sealed interface Reading {

		record Value(BigDecimal value) implements Reading {
		}

		record NotANumber() implements Reading {
		}

		record Negative() implements Reading {
		}

		record TooLarge() implements Reading {
		}

	}

	static Reading read(String text, BigDecimal ceiling) {
		String compact = text.strip().replaceAll("[\\s\\u00A0\\u202F]", "");
		if (!NUMBER.matcher(compact).matches()) {
			return new Reading.NotANumber();
		}
		BigDecimal value = new BigDecimal(compact.replace(',', '.'));
		if (value.signum() < 0) {
			return new Reading.Negative();
		}
		if (value.compareTo(ceiling) > 0) {
			return new Reading.TooLarge();
		}
		return new Reading.Value(value.stripTrailingZeros());
	}

}
