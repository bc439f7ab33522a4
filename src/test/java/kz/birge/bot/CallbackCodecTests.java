package kz.birge.bot;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CallbackCodecTests {

	enum Colour {

		RED, GREEN

	}

	@CallbackData.Prefix("t")
	record Sample(int number, long id, String word, Colour colour, boolean flag) implements CallbackData {
	}

	@CallbackData.Prefix("w")
	record Word(String word) implements CallbackData {
	}

	@CallbackData.Prefix("p")
	record Positive(int value) implements CallbackData {

		Positive {
			if (value <= 0) {
				throw new IllegalArgumentException("not positive");
			}
		}

	}

	private final CallbackCodec codec = new CallbackCodec();

	@Test
	void roundTripsEveryFieldType() {
		Sample sample = new Sample(7, 123456789012L, "Ә-сынып", Colour.GREEN, true);
		String encoded = this.codec.encode(sample);
		assertThat(encoded).isEqualTo("t:7:123456789012:Ә-сынып:GREEN:1");
		assertThat(this.codec.decode(encoded, Sample.class)).contains(sample);
	}

	@Test
	void refusesDataOverSixtyFourBytes() {
		String longWord = "ә".repeat(32); // 64 bytes in UTF-8, plus the prefix
		assertThatIllegalArgumentException().isThrownBy(() -> this.codec.encode(new Word(longWord)))
			.withMessageContaining("64 bytes");
		String fits = "a".repeat(62);
		assertThat(this.codec.encode(new Word(fits)).getBytes(StandardCharsets.UTF_8)).hasSize(64);
	}

	@Test
	void refusesSeparatorInsideAField() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.codec.encode(new Word("a:b")));
	}

	@Test
	void answersEmptyForDataItCannotRead() {
		assertThat(this.codec.decode("t:x:1:w:RED:1", Sample.class)).isEmpty();
		assertThat(this.codec.decode("t:1:1:w:BLUE:1", Sample.class)).isEmpty();
		assertThat(this.codec.decode("t:1:1:w:RED", Sample.class)).isEmpty();
		assertThat(this.codec.decode("t:1:1:w:RED:2", Sample.class)).isEmpty();
		assertThat(this.codec.decode("w:1", Sample.class)).isEmpty();
		assertThat(this.codec.decode("p:-4", Positive.class)).isEmpty();
		assertThat(this.codec.decode("x".repeat(65), Word.class)).isEmpty();
	}

	@Test
	void prefixIsWhatComesBeforeTheFirstSeparator() {
		assertThat(CallbackCodec.prefixOf("or:STUDENT")).isEqualTo("or");
		assertThat(CallbackCodec.prefixOf("on")).isEqualTo("on");
	}

}
