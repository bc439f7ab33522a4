package kz.birge.support;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error answer of the Bot API:
 * {@code {"ok":false,"error_code":...,"description":...}}.
 */
final class ApiFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int code;

	private final Integer retryAfter;

	ApiFailure(int code, String description, Integer retryAfter) {
		super(description, null, false, false);
		this.code = code;
		this.retryAfter = retryAfter;
	}

	/**
	 * A 400 whose description is {@code "Bad Request: " + detail}, as Telegram words it.
	 */
	static ApiFailure badRequest(String detail) {
		return new ApiFailure(400, "Bad Request: " + detail, null);
	}

	static ApiFailure notFound() {
		return new ApiFailure(404, "Not Found", null);
	}

	int code() {
		return this.code;
	}

	String description() {
		return getMessage();
	}

	/**
	 * Whether this answer means the bot sent something wrong, rather than a condition a
	 * test set up.
	 */
	boolean isBotMistake() {
		return this.code == 400 || this.code == 401 || this.code == 404;
	}

	ObjectNode toJson() {
		ObjectNode json = Json.object().put("ok", false).put("error_code", this.code).put("description", description());
		if (this.retryAfter != null) {
			json.putObject("parameters").put("retry_after", this.retryAfter);
		}
		return json;
	}

}
