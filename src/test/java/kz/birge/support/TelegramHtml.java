package kz.birge.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text sent with {@code parse_mode=HTML} the way Telegram does: only its tags are
 * allowed, they must nest properly, and the limits apply to the text that remains without
 * them.
 */
final class TelegramHtml {

	private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
			"tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote");

	private static final Map<String, String> NAMED_ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");

	private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9-]*)[^>]*>");

	private static final Pattern ENTITY = Pattern.compile("&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z]+);");

	private TelegramHtml() {
	}

	/**
	 * The visible text of {@code html}; a 400 "can't parse entities" when Telegram would
	 * refuse it.
	 */
	static String plainText(String html) {
		StringBuilder text = new StringBuilder();
		Deque<String> open = new ArrayDeque<>();
		int at = 0;
		while (at < html.length()) {
			char c = html.charAt(at);
			if (c == '<') {
				at = readTag(html, at, open);
			}
			else if (c == '&') {
				at = readEntity(html, at, text);
			}
			else {
				text.append(c);
				at++;
			}
		}
		if (!open.isEmpty()) {
			throw failure("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
		}
		return text.toString();
	}

	private static int readTag(String html, int at, Deque<String> open) {
		Matcher tag = TAG.matcher(html).region(at, html.length());
		if (!tag.lookingAt()) {
			throw failure("Unclosed start tag at byte offset " + byteOffset(html, at));
		}
		String name = tag.group(2).toLowerCase(Locale.ROOT);
		if (tag.group(1).isEmpty()) {
			if (!TAGS.contains(name)) {
				throw failure("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(html, at));
			}
			open.push(name);
		}
		else if (open.isEmpty()) {
			throw failure("Unexpected end tag at byte offset " + byteOffset(html, at));
		}
		else if (!open.peek().equals(name)) {
			throw failure("Unmatched end tag at byte offset " + byteOffset(html, at) + ", expected \"</" + open.peek()
					+ ">\", found \"</" + name + ">\"");
		}
		else {
			open.pop();
		}
		return tag.end();
	}

	/** Decodes the entities Telegram supports; anything else is kept as written. */
	private static int readEntity(String html, int at, StringBuilder text) {
		Matcher entity = ENTITY.matcher(html).region(at, html.length());
		if (!entity.lookingAt()) {
			text.append('&');
			return at + 1;
		}
		String name = entity.group(1);
		int codePoint = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
				: name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
		if (Character.isValidCodePoint(codePoint)) {
			text.appendCodePoint(codePoint);
		}
		else {
			text.append(NAMED_ENTITIES.getOrDefault(name, entity.group()));
		}
		return entity.end();
	}

	private static int byteOffset(String html, int at) {
		return html.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
	}

	private static ApiFailure failure(String detail) {
		return ApiFailure.badRequest("can't parse entities: " + detail);
	}

}
