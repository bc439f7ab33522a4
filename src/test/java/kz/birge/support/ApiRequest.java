package kz.birge.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A parsed Bot API request: the method, its parameters and, for multipart uploads, the
 * files.
 *
 * @param method the method name as the client wrote it
 * @param params the parameters (strings for form fields)
 * @param files the uploaded file parts by field name, such as {@code document}
 */
record ApiRequest(String method, ObjectNode params, Map<String, UploadedFile> files) {

	ApiRequest {
		files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
	}

	/** The file uploaded in {@code field}. */
	Optional<UploadedFile> file(String field) {
		return Optional.ofNullable(this.files.get(field));
	}

	/** The first uploaded file, for the call history. */
	Optional<UploadedFile> anyFile() {
		return this.files.values().stream().findFirst();
	}

	/** A parameter as text, or {@code null} when absent. */
	String text(String name) {
		JsonNode value = this.params.get(name);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	/**
	 * A required numeric parameter such as chat_id; Telegram answers a 400 when it is
	 * missing.
	 */
	long requiredLong(String name) {
		String value = text(name);
		if (value == null || value.isEmpty()) {
			throw ApiFailure.badRequest(name + " is empty");
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw ApiFailure.badRequest((name.equals("chat_id") ? "chat not found" : "invalid " + name));
		}
	}

	/** A numeric parameter, or {@code fallback} when absent. */
	long optionalLong(String name, long fallback) {
		String value = text(name);
		return (value == null || value.isEmpty()) ? fallback : requiredLong(name);
	}

	/**
	 * A JSON parameter such as reply_markup, or {@code null} when absent; like Telegram,
	 * it also accepts the JSON serialized into a string.
	 */
	JsonNode json(String name) {
		JsonNode value = this.params.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isTextual()) {
			return value;
		}
		try {
			return Json.MAPPER.readTree(value.asText());
		}
		catch (JsonProcessingException ex) {
			throw ApiFailure.badRequest("can't parse " + name + " JSON object");
		}
	}

}
