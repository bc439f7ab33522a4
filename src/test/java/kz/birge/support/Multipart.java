package kz.birge.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small multipart/form-data reader (RFC 7578), enough for what Bot API clients send.
 */
final class Multipart {

	/** One part of the body: a form field, or a file when {@code fileName} is set. */
	record Part(String name, String fileName, String contentType, byte[] content) {

		boolean isFile() {
			return this.fileName != null;
		}

		String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

	}

	private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"([^\"]+)\"|[^;\\s]+)");

	private static final Pattern PARAMETER = Pattern.compile(";\\s*([\\w*-]+)=(\"((?:[^\"\\\\]|\\\\.)*)\"|[^;]*)");

	private static final byte[] CRLF = { '\r', '\n' };

	private static final byte[] HEADERS_END = { '\r', '\n', '\r', '\n' };

	private Multipart() {
	}

	/** The boundary named in a {@code multipart/form-data} content type. */
	static String boundary(String contentType) {
		Matcher matcher = BOUNDARY.matcher(contentType);
		if (!matcher.find()) {
			throw ApiFailure.badRequest("multipart boundary is missing");
		}
		return (matcher.group(2) != null) ? matcher.group(2) : matcher.group(1);
	}

	static List<Part> parse(byte[] body, String boundary) {
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		byte[] separator = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		List<Part> parts = new ArrayList<>();
		int at = indexOf(body, delimiter, 0);
		while (at >= 0) {
			at += delimiter.length;
			if (startsWith(body, at, new byte[] { '-', '-' })) {
				return parts;
			}
			if (!startsWith(body, at, CRLF)) {
				break;
			}
			int headersEnd = indexOf(body, HEADERS_END, at);
			int end = (headersEnd < 0) ? -1 : indexOf(body, separator, headersEnd);
			if (end < 0) {
				break;
			}
			String headers = new String(body, at + 2, Math.max(0, headersEnd - at - 2), StandardCharsets.UTF_8);
			parts.add(part(headers, Arrays.copyOfRange(body, headersEnd + HEADERS_END.length, end)));
			at = end + 2;
		}
		throw ApiFailure.badRequest("can't parse multipart/form-data body");
	}

	private static Part part(String headerBlock, byte[] content) {
		Map<String, String> headers = new HashMap<>();
		for (String line : headerBlock.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
			}
		}
		Map<String, String> disposition = parameters(headers.getOrDefault("content-disposition", ""));
		return new Part(disposition.get("name"), disposition.get("filename"), headers.get("content-type"), content);
	}

	/**
	 * The parameters of a header value such as {@code form-data; name="x"; filename="y"}.
	 */
	private static Map<String, String> parameters(String headerValue) {
		Map<String, String> parameters = new HashMap<>();
		Matcher matcher = PARAMETER.matcher(headerValue);
		while (matcher.find()) {
			String value = (matcher.group(3) != null) ? unquote(matcher.group(3)) : matcher.group(2).trim();
			parameters.put(matcher.group(1).toLowerCase(Locale.ROOT), value);
		}
		return parameters;
	}

	/**
	 * Undoes quoting: backslash escapes, and the %22 / %0D / %0A escapes OkHttp and
	 * browsers use.
	 */
	private static String unquote(String quoted) {
		return quoted.replaceAll("\\\\(.)", "$1").replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
	}

	private static boolean startsWith(byte[] data, int from, byte[] prefix) {
		return from + prefix.length <= data.length
				&& Arrays.equals(data, from, from + prefix.length, prefix, 0, prefix.length);
	}

	private static int indexOf(byte[] data, byte[] target, int from) {
		for (int i = Math.max(from, 0); i <= data.length - target.length; i++) {
			if (startsWith(data, i, target)) {
				return i;
			}
		}
		return -1;
	}

}
