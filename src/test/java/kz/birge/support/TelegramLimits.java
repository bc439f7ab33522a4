package kz.birge.support;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The limits Telegram enforces on what a bot sends, each refused with a 400 worded like
 * Telegram's. Lengths are counted in UTF-16 code units after parsing HTML markup, as
 * Telegram counts them.
 */
final class TelegramLimits {

	static final int MAX_TEXT = 4096;

	static final int MAX_CAPTION = 1024;

	static final int MAX_CALLBACK_DATA_BYTES = 64;

	static final int MAX_CALLBACK_ANSWER = 200;

	static final int MAX_BUTTONS = 100;

	static final int MAX_COMMANDS = 100;

	private static final String TEXT_BUTTON = "can't parse inline keyboard button: "
			+ "Text buttons are unallowed in the inline keyboard";

	private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");

	private static final Pattern BUTTON_URL = Pattern.compile("(https?|tg)://\\S+", Pattern.CASE_INSENSITIVE);

	/** The InlineKeyboardButton fields of which a button must have one. */
	private static final String[] BUTTON_ACTIONS = { "url", "callback_data", "web_app", "login_url",
			"switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
			"callback_game", "pay" };

	private TelegramLimits() {
	}

	static void checkText(String text, String parseMode) {
		String visible = (text != null) ? visible(text, parseMode).strip() : "";
		if (visible.isEmpty()) {
			throw ApiFailure.badRequest("message text is empty");
		}
		if (visible.length() > MAX_TEXT) {
			throw ApiFailure.badRequest("message is too long");
		}
	}

	static void checkCaption(String caption, String parseMode) {
		if (caption != null && visible(caption, parseMode).strip().length() > MAX_CAPTION) {
			throw ApiFailure.badRequest("message caption is too long");
		}
	}

	static void checkCallbackAnswer(String text) {
		if (text != null && text.length() > MAX_CALLBACK_ANSWER) {
			throw ApiFailure.badRequest("MESSAGE_TOO_LONG");
		}
	}

	/**
	 * Any reply_markup of a new message: an inline keyboard, a reply keyboard, or its
	 * removal.
	 */
	static void checkReplyMarkup(JsonNode markup) {
		if (markup == null) {
			return;
		}
		if (markup.has("inline_keyboard")) {
			checkInlineKeyboard(markup.get("inline_keyboard"));
		}
		else if (markup.has("keyboard")) {
			checkReplyKeyboard(markup.get("keyboard"));
		}
		else if (!markup.path("remove_keyboard").asBoolean() && !markup.path("force_reply").asBoolean()) {
			throw ApiFailure.badRequest("can't parse reply keyboard markup JSON object");
		}
	}

	/** The reply_markup of an edit, which may only be an inline keyboard. */
	static void checkEditMarkup(JsonNode markup) {
		if (markup != null && !markup.has("inline_keyboard")) {
			throw ApiFailure.badRequest("inline keyboard expected");
		}
		checkReplyMarkup(markup);
	}

	/** The commands of setMyCommands. */
	static void checkCommands(JsonNode commands) {
		if (commands == null || !commands.isArray()) {
			throw ApiFailure.badRequest("can't parse commands JSON array");
		}
		if (commands.size() > MAX_COMMANDS) {
			throw ApiFailure.badRequest("BOT_COMMANDS_TOO_MUCH");
		}
		for (JsonNode command : commands) {
			if (!COMMAND.matcher(command.path("command").asText()).matches()) {
				throw ApiFailure.badRequest("BOT_COMMAND_INVALID");
			}
			String description = command.path("description").asText().strip();
			if (description.isEmpty() || description.length() > 256) {
				throw ApiFailure.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
			}
		}
	}

	private static String visible(String text, String parseMode) {
		return "html".equals((parseMode != null) ? parseMode.toLowerCase(Locale.ROOT) : null)
				? TelegramHtml.plainText(text) : text;
	}

	private static void checkInlineKeyboard(JsonNode rows) {
		int buttons = 0;
		for (JsonNode row : arrayOfArrays(rows, "inline_keyboard", "InlineKeyboardMarkup")) {
			for (JsonNode button : row) {
				buttons++;
				checkInlineButton(button);
			}
		}
		if (buttons > MAX_BUTTONS) {
			throw ApiFailure.badRequest("reply markup is too long");
		}
	}

	private static void checkInlineButton(JsonNode button) {
		if (!button.path("text").isTextual()) {
			throw ApiFailure.badRequest("can't parse inline keyboard button: Can't find field \"text\"");
		}
		if (button.get("text").asText().isBlank()) {
			throw ApiFailure.badRequest("BUTTON_TEXT_INVALID");
		}
		JsonNode data = button.get("callback_data");
		if (data != null && !data.isNull() && !data.asText().isEmpty()) {
			if (data.asText().getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_DATA_BYTES) {
				throw ApiFailure.badRequest("BUTTON_DATA_INVALID");
			}
		}
		else if (!hasAction(button)) {
			throw ApiFailure.badRequest(TEXT_BUTTON);
		}
		JsonNode url = button.get("url");
		if (url != null && !url.isNull() && !BUTTON_URL.matcher(url.asText()).matches()) {
			throw ApiFailure.badRequest("BUTTON_URL_INVALID");
		}
	}

	/**
	 * Whether a button without callback data has another action; empty strings count as
	 * missing.
	 */
	private static boolean hasAction(JsonNode button) {
		for (String action : BUTTON_ACTIONS) {
			JsonNode value = button.get(action);
			if (value != null && !value.isNull() && !(value.isTextual() && value.asText().isEmpty())) {
				return true;
			}
		}
		return false;
	}

	private static void checkReplyKeyboard(JsonNode rows) {
		for (JsonNode row : arrayOfArrays(rows, "keyboard", "ReplyKeyboardMarkup")) {
			for (JsonNode button : row) {
				String text = button.isTextual() ? button.asText() : button.path("text").asText();
				if (text.isBlank()) {
					throw ApiFailure.badRequest("BUTTON_TEXT_INVALID");
				}
			}
		}
	}

	private static JsonNode arrayOfArrays(JsonNode rows, String field, String type) {
		boolean valid = rows.isArray();
		for (JsonNode row : rows) {
			valid &= row.isArray();
		}
		if (!valid) {
			throw ApiFailure.badRequest("field \"" + field + "\" of the " + type + " must be an Array of Arrays");
		}
		return rows;
	}

}
