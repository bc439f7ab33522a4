package kz.birge.support;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One request the bot made to the fake Bot API, as it arrived.
 *
 * @param method the Bot API method in its documented spelling ({@code sendMessage}, even
 * when the client wrote {@code sendmessage}); file downloads appear as
 * {@code downloadFile}
 * @param params the parameters; for multipart requests the text fields are strings and
 * {@code reply_markup} is parsed JSON
 * @param file the uploaded file of a multipart request
 * @param at when the request arrived
 */
public record ApiCall(String method, ObjectNode params, Optional<UploadedFile> file, Instant at) {

	/** A parameter as text, or {@code null} when the request did not have it. */
	public String param(String name) {
		JsonNode value = this.params.get(name);
		return (value == null || value.isNull()) ? null : value.isValueNode() ? value.asText() : value.toString();
	}

	@Override
	public String toString() {
		return this.method + " " + this.params + this.file.map((f) -> " + " + f).orElse("");
	}

}
