package kz.birge.support;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request the fake refused because the bot got something wrong (400, 401 or 404),
 * answered the way Telegram would. Failures a test asked for with
 * {@link FakeBotApi#failNext} are not errors.
 *
 * @param method the Bot API method
 * @param errorCode the HTTP status and {@code error_code}
 * @param description Telegram's description, such as
 * {@code Bad Request: message is too long}
 * @param params the request's parameters
 * @param at when it happened
 */
public record ApiError(String method, int errorCode, String description, ObjectNode params, Instant at) {

	@Override
	public String toString() {
		return this.method + " -> " + this.errorCode + " " + this.description + " " + this.params;
	}

}
