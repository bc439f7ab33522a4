package kz.birge.bot;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram's sizes: a long text is split at line breaks into messages that fit, a single
 * long item is cut, and no cut leaves half a character.
 */
class ChunksTests {

	@Test
	void aShortTextIsOnePart() {
		assertThat(Chunks.split("Сәлем")).containsExactly("Сәлем");
	}

	@Test
	void aLongListIsSplitAtLineBreaksAndLosesNoLine() {
		StringBuilder list = new StringBuilder();
		for (int i = 1; i <= 300; i++) {
			list.append(i).append(". Қатысушы ").append("а".repeat(20)).append('\n');
		}
		List<String> parts = Chunks.split(list.toString());
		assertThat(parts).hasSizeGreaterThan(1).allSatisfy((part) -> {
			assertThat(part.length()).isLessThanOrEqualTo(Texts.MESSAGE);
			assertThat(part).startsWith(part.substring(0, part.indexOf('.')) + ". Қатысушы");
		});
		assertThat(String.join("\n", parts)).isEqualTo(list.toString().strip());
	}

	@Test
	void aLineLongerThanAMessageIsSplitAtSpaces() {
		String words = "ағаш ".repeat(2000);
		List<String> parts = Chunks.split(words);
		assertThat(parts).allSatisfy((part) -> {
			assertThat(part.length()).isLessThanOrEqualTo(Texts.MESSAGE);
			assertThat(part).doesNotStartWith("ғаш").endsWith("ағаш");
		});
	}

	@Test
	void noCutFallsInsideASurrogatePair() {
		String emoji = "🌳".repeat(3000);
		List<String> parts = Chunks.split(emoji);
		assertThat(parts).allSatisfy((part) -> {
			assertThat(part.length()).isLessThanOrEqualTo(Texts.MESSAGE);
			assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
			assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
		});
		assertThat(String.join("", parts)).isEqualTo(emoji);
		assertThat(Texts.shorten(emoji, 10)).isEqualTo("🌳".repeat(4) + "…");
	}

	@Test
	void aHugeTextIsCutAfterTheLastPartAllowed() {
		List<String> parts = Chunks.split("x\n".repeat(50_000));
		assertThat(parts).hasSize(Chunks.MAX_PARTS);
		assertThat(parts.get(Chunks.MAX_PARTS - 1)).endsWith("…").hasSizeLessThanOrEqualTo(Texts.MESSAGE);
	}

	@Test
	void fitCutsAtALineBreakWithAnEllipsis() {
		String text = "бірінші жол\n" + "екінші ".repeat(10);
		assertThat(Texts.fit(text, 20)).isEqualTo("бірінші жол…");
		assertThat(Texts.caption("қысқа")).isEqualTo("қысқа");
		assertThat(Texts.caption("ж".repeat(5000))).hasSize(Texts.CAPTION).endsWith("…");
	}

	@Test
	void aReplyTooLongGoesAsPartsWithItsKeyboardUnderTheLast() {
		Keyboard keyboard = new Keyboard.Inline(List.of(List.of(new Button("Иә", "x:1", ""))));
		List<Reply> parts = new Reply("жол\n".repeat(3000), keyboard).parts();
		assertThat(parts).hasSizeGreaterThan(1);
		assertThat(parts.subList(0, parts.size() - 1))
			.allSatisfy((part) -> assertThat(part.keyboard()).isEqualTo(Keyboard.NONE));
		assertThat(parts.get(parts.size() - 1).keyboard()).isEqualTo(keyboard);
		assertThat(new Reply("жол\n".repeat(3000), keyboard).fitted().text()).hasSizeLessThanOrEqualTo(Texts.MESSAGE);
	}

	@Test
	void aWideButtonLabelIsCut() {
		Keyboard.Inline keyboard = new Keyboard.Inline(List.of(List.of(new Button("а".repeat(500), "x:1", ""))));
		assertThat(keyboard.rows().get(0).get(0).text()).hasSize(Texts.BUTTON).endsWith("…");
	}

}
