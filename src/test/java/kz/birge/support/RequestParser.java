package kz.birge.support;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a request body into Bot API parameters the way Telegram accepts them: a JSON
 * object, a multipart form (with its files) or an URL-encoded form, plus any query
 * string.
 */
final class RequestParser {

	/** Form fields that carry JSON; the other fields stay strings. */
	private static final Set<String> JSON_FIELDS = Set.of("reply_markup", "entities", "caption_entities",
			"reply_parameters", "link_preview_options", "allowed_updates", "commands", "scope");

	private RequestParser() {
	}

	static ApiRequest parse(String method, String query, String contentType, byte[] body) throws IOException {
		ObjectNode params = Json.object();
		addForm(params, query);
		String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : "";
		Map<String, UploadedFile> files = new LinkedHashMap<>();
		if (type.startsWith("multipart/form-data")) {
			addMultipart(params, files, body, Multipart.boundary(contentType));
		}
		else if (type.startsWith("application/x-www-form-urlencoded")) {
			addForm(params, new String(body, StandardCharsets.UTF_8));
		}
		else if (body.length > 0) {
			params.setAll(jsonObject(body));
		}
		return new ApiRequest(method, params, files);
	}

	private static ObjectNode jsonObject(byte[] body) throws IOException {
		try {
			JsonNode json = Json.MAPPER.readTree(body);
			if (json == null || json.isMissingNode()) {
				return Json.object();
			}
			if (!json.isObject()) {
				throw ApiFailure.badRequest("parameters must be a JSON object");
			}
			return (ObjectNode) json;
		}
		catch (JsonProcessingException ex) {
			throw ApiFailure.badRequest("can't parse JSON: " + ex.getOriginalMessage());
		}
	}

	private static void addMultipart(ObjectNode params, Map<String, UploadedFile> files, byte[] body, String boundary) {
		for (Multipart.Part part : Multipart.parse(body, boundary)) {
			if (part.name() == null) {
				continue;
			}
			if (part.isFile()) {
				String mimeType = (part.contentType() != null) ? part.contentType() : "application/octet-stream";
				files.put(part.name(), new UploadedFile(part.fileName(), mimeType, part.content()));
			}
			else {
				putField(params, part.name(), part.text());
			}
		}
	}

	private static void addForm(ObjectNode params, String form) {
		if (form == null || form.isEmpty()) {
			return;
		}
		for (String pair : form.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			putField(params, name, (equals < 0) ? "" : decode(pair.substring(equals + 1)));
		}
	}

	private static void putField(ObjectNode params, String name, String value) {
		if (JSON_FIELDS.contains(name)) {
			try {
				params.set(name, Json.MAPPER.readTree(value));
				return;
			}
			catch (JsonProcessingException ex) {
				throw ApiFailure.badRequest("can't parse " + name + " JSON object");
			}
		}
		params.put(name, value);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
