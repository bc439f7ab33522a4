package kz.birge.planimport.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import kz.birge.planimport.source.PlanFileException.Reason;

/** Text helpers shared by the readers. */
final class Texts {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	/** "*emphasis*" whose stars hug a word on both sides, not "2*3" nor a lone star. */
	private static final Pattern EMPHASIS = Pattern
		.compile("(?<![\\p{L}\\p{N}*])\\*(?=[^\\s*])([^*\\n]*?[^\\s*])\\*(?![\\p{L}\\p{N}*])");

	private Texts() {
	}

	/**
	 * Decodes a text file: UTF-8 (or UTF-16 with a byte order mark), else windows-1251.
	 * @throws PlanFileException when the bytes hold a NUL, as binary files do and text
	 * files never
	 */
	static String decode(byte[] bytes) throws PlanFileException {
		String text = decoded(bytes);
		if (text.indexOf('\0') >= 0) {
			throw new PlanFileException(Reason.CORRUPT, "Binary bytes in a text file");
		}
		return text;
	}

	private static String decoded(byte[] bytes) {
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(buffer)
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, WINDOWS_1251);
		}
	}

	/** The lines of a text, whatever its line ends. */
	static String[] lines(String text) {
		return text.split("\r\n|\r|\n", -1);
	}

	/**
	 * Trims spaces (no-break spaces too) from both ends and turns "\r\n" into "\n"; inner
	 * whitespace is kept.
	 */
	static String trim(String text) {
		if (text == null) {
			return "";
		}
		String unified = text.replace("\r\n", "\n").replace('\r', '\n');
		int start = 0;
		int end = unified.length();
		while (start < end && isSpace(unified.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(unified.charAt(end - 1))) {
			end--;
		}
		return unified.substring(start, end);
	}

	/**
	 * Drops Markdown bold markers "**" and a "*...*" emphasis, as text exports of Word
	 * documents carry them.
	 */
	static String withoutMarkdown(String text) {
		return EMPHASIS.matcher(text.replace("**", "")).replaceAll("$1");
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
