package kz.birge.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Bot API methods the fake serves, each answering like Telegram: the result on
 * success, an {@link ApiFailure} worded like Telegram's otherwise. Callers hold the
 * state's monitor.
 */
final class BotApiMethods {

	@FunctionalInterface
	private interface Method {

		JsonNode call(ApiRequest request) throws InterruptedException;

	}

	private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply "
			+ "markup are exactly the same as a current content and reply markup of the message";

	private static final String QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid";

	private static final Set<String> CHAT_ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video",
			"record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location", "record_video_note",
			"upload_video_note");

	private static final Pattern WEBHOOK_SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

	private final BotState state;

	/**
	 * Implementations by lower-case name: Telegram's method names are case-insensitive.
	 */
	private final Map<String, Method> methods = new HashMap<>();

	private final Map<String, String> documentedNames = new HashMap<>();

	BotApiMethods(BotState state) {
		this.state = state;
		register("getMe", (request) -> getMe());
		register("setWebhook", this::setWebhook);
		register("deleteWebhook", this::deleteWebhook);
		register("getUpdates", this::getUpdates);
		register("sendMessage", this::sendMessage);
		register("editMessageText", this::editMessageText);
		register("editMessageReplyMarkup", this::editMessageReplyMarkup);
		register("deleteMessage", this::deleteMessage);
		register("answerCallbackQuery", this::answerCallbackQuery);
		register("setMyCommands", this::setMyCommands);
		register("getMyCommands", this::getMyCommands);
		register("deleteMyCommands", this::deleteMyCommands);
		register("sendDocument", (request) -> sendFile(request, "document", StoredMessage.Kind.DOCUMENT, "documents"));
		register("sendPhoto", (request) -> sendFile(request, "photo", StoredMessage.Kind.PHOTO, "photos"));
		register("sendMediaGroup", this::sendMediaGroup);
		register("sendChatAction", this::sendChatAction);
		register("getFile", (request) -> this.state.files.forDownload(request.text("file_id")).toJson());
	}

	private void register(String name, Method method) {
		this.methods.put(name.toLowerCase(Locale.ROOT), method);
		this.documentedNames.put(name.toLowerCase(Locale.ROOT), name);
	}

	/**
	 * The documented spelling of a method ({@code sendmessage} becomes
	 * {@code sendMessage}).
	 */
	String documentedName(String method) {
		return this.documentedNames.getOrDefault(method.toLowerCase(Locale.ROOT), method);
	}

	/**
	 * Runs a method; a 404 "Not Found" for methods the fake does not serve, as Telegram
	 * answers.
	 */
	JsonNode call(ApiRequest request) throws InterruptedException {
		Method method = this.methods.get(request.method().toLowerCase(Locale.ROOT));
		if (method == null) {
			throw ApiFailure.notFound();
		}
		return method.call(request);
	}

	private static JsonNode getMe() {
		return Json.botUser()
			.put("can_join_groups", true)
			.put("can_read_all_group_messages", false)
			.put("supports_inline_queries", false);
	}

	/**
	 * Remembers the webhook; like Telegram, only an HTTPS URL and a secret token of 1-256
	 * characters A-Z a-z 0-9 _ -. The fake does not post updates to it.
	 */
	private JsonNode setWebhook(ApiRequest request) {
		String url = request.text("url");
		if (url == null || url.isEmpty()) {
			return deleteWebhook(request);
		}
		if (!url.startsWith("https://")) {
			throw ApiFailure.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
		}
		String secret = request.text("secret_token");
		if (secret != null && !WEBHOOK_SECRET.matcher(secret).matches()) {
			throw ApiFailure.badRequest("secret token contains unallowed characters");
		}
		if (Boolean.parseBoolean(request.text("drop_pending_updates"))) {
			this.state.updates.clear();
		}
		this.state.webhookUrl = url;
		this.state.webhookSecret = secret;
		return BooleanNode.TRUE;
	}

	private JsonNode deleteWebhook(ApiRequest request) {
		this.state.webhookUrl = null;
		this.state.webhookSecret = null;
		if (Boolean.parseBoolean(request.text("drop_pending_updates"))) {
			this.state.updates.clear();
		}
		return BooleanNode.TRUE;
	}

	private JsonNode getUpdates(ApiRequest request) throws InterruptedException {
		if (this.state.webhookUrl != null) {
			throw new ApiFailure(409, "Conflict: can't use getUpdates method while webhook is active; use "
					+ "deleteWebhook to delete the webhook first", null);
		}
		long offset = request.optionalLong("offset", 0);
		int limit = (int) Math.max(1, Math.min(100, request.optionalLong("limit", 100)));
		long waitMillis = Math.min(request.optionalLong("timeout", 0) * 1000, this.state.longPollLimit.toMillis());
		ArrayNode result = Json.MAPPER.createArrayNode();
		this.state.updates.poll(offset, limit, allowedUpdates(request), Math.max(0, waitMillis)).forEach(result::add);
		return result;
	}

	private static List<String> allowedUpdates(ApiRequest request) {
		JsonNode allowed = request.json("allowed_updates");
		if (allowed == null) {
			return null;
		}
		List<String> types = new ArrayList<>();
		allowed.forEach((type) -> types.add(type.asText()));
		return types;
	}

	private JsonNode sendMessage(ApiRequest request) {
		long chatId = writableChat(request);
		String text = request.text("text");
		TelegramLimits.checkText(text, request.text("parse_mode"));
		ObjectNode markup = replyMarkup(request);
		TelegramLimits.checkReplyMarkup(markup);
		return this.state.chats.add(chatId, StoredMessage.Kind.TEXT, text, markup, null).toJson();
	}

	private JsonNode editMessageText(ApiRequest request) {
		StoredMessage message = messageToEdit(request);
		String text = request.text("text");
		TelegramLimits.checkText(text, request.text("parse_mode"));
		ObjectNode markup = replyMarkup(request);
		TelegramLimits.checkEditMarkup(markup);
		if (message.kind() != StoredMessage.Kind.TEXT) {
			throw ApiFailure.badRequest("there is no text in the message to edit");
		}
		return edit(message, text, markup);
	}

	private JsonNode editMessageReplyMarkup(ApiRequest request) {
		StoredMessage message = messageToEdit(request);
		ObjectNode markup = replyMarkup(request);
		TelegramLimits.checkEditMarkup(markup);
		return edit(message, message.text(), markup);
	}

	private StoredMessage messageToEdit(ApiRequest request) {
		if (request.text("inline_message_id") != null) {
			throw ApiFailure.badRequest("the fake Bot API does not support inline messages");
		}
		long chatId = request.requiredLong("chat_id");
		int messageId = (int) request.requiredLong("message_id");
		StoredMessage message = this.state.chats.find(chatId, messageId)
			.orElseThrow(() -> ApiFailure.badRequest("message to edit not found"));
		if (!message.isEditable()) {
			throw ApiFailure.badRequest("message can't be edited");
		}
		return message;
	}

	/** Applies an edit; like Telegram, one that changes nothing is refused. */
	private static JsonNode edit(StoredMessage message, String text, ObjectNode markup) {
		boolean sameKeyboard = Objects.equals(keyboardOrNull(markup), keyboardOrNull(message.replyMarkup()));
		if (text.equals(message.text()) && sameKeyboard) {
			throw ApiFailure.badRequest(NOT_MODIFIED);
		}
		message.edit(text, markup);
		return message.toJson();
	}

	/** An inline keyboard without buttons shows nothing, the same as no keyboard. */
	private static ObjectNode keyboardOrNull(ObjectNode markup) {
		boolean empty = markup == null || markup.path("inline_keyboard").findValues("text").isEmpty();
		return empty ? null : markup;
	}

	private JsonNode deleteMessage(ApiRequest request) {
		long chatId = request.requiredLong("chat_id");
		if (!this.state.chats.delete(chatId, (int) request.requiredLong("message_id"))) {
			throw ApiFailure.badRequest("message to delete not found");
		}
		return BooleanNode.TRUE;
	}

	private JsonNode answerCallbackQuery(ApiRequest request) {
		String queryId = request.text("callback_query_id");
		if (queryId == null || !Boolean.FALSE.equals(this.state.callbackQueries.get(queryId))) {
			throw ApiFailure.badRequest(QUERY_INVALID);
		}
		TelegramLimits.checkCallbackAnswer(request.text("text"));
		this.state.callbackQueries.put(queryId, true);
		return BooleanNode.TRUE;
	}

	private JsonNode setMyCommands(ApiRequest request) {
		JsonNode commands = request.json("commands");
		TelegramLimits.checkCommands(commands);
		String key = commandsKey(request);
		if (commands.isEmpty()) {
			this.state.commands.remove(key);
		}
		else {
			this.state.commands.put(key, (ArrayNode) commands.deepCopy());
		}
		return BooleanNode.TRUE;
	}

	private JsonNode getMyCommands(ApiRequest request) {
		ArrayNode commands = this.state.commands.get(commandsKey(request));
		return (commands != null) ? commands.deepCopy() : Json.MAPPER.createArrayNode();
	}

	private JsonNode deleteMyCommands(ApiRequest request) {
		this.state.commands.remove(commandsKey(request));
		return BooleanNode.TRUE;
	}

	private static String commandsKey(ApiRequest request) {
		return BotState.commandsKey(BotState.scopeName(request.json("scope")), request.text("language_code"));
	}

	private JsonNode sendFile(ApiRequest request, String field, StoredMessage.Kind kind, String folder) {
		long chatId = writableChat(request);
		String caption = request.text("caption");
		TelegramLimits.checkCaption(caption, request.text("parse_mode"));
		ObjectNode markup = replyMarkup(request);
		TelegramLimits.checkReplyMarkup(markup);
		FileStore.StoredFile file = request.file(field)
			.map((upload) -> this.state.files.add(upload, folder))
			.orElseGet(() -> fileByReference(request, field, folder));
		String text = (caption != null) ? caption : "";
		return this.state.chats.add(chatId, kind, text, markup, file).toJson();
	}

	/**
	 * A file sent by file_id, or as {@code attach://part} pointing at another multipart
	 * part.
	 */
	private FileStore.StoredFile fileByReference(ApiRequest request, String field, String folder) {
		String reference = request.text(field);
		if (reference == null || reference.isEmpty()) {
			throw ApiFailure.badRequest("there is no " + field + " in the request");
		}
		if (reference.startsWith("attach://")) {
			return request.file(reference.substring("attach://".length()))
				.map((upload) -> this.state.files.add(upload, folder))
				.orElseThrow(() -> ApiFailure.badRequest("wrong file identifier/HTTP URL specified"));
		}
		return this.state.files.find(reference)
			.orElseThrow(() -> ApiFailure.badRequest("wrong file identifier/HTTP URL specified"));
	}

	/**
	 * An album of 2 to 10 photos, each by file_id or as {@code attach://part}; answers
	 * the messages, which share a media_group_id.
	 */
	private JsonNode sendMediaGroup(ApiRequest request) {
		long chatId = writableChat(request);
		JsonNode media = request.json("media");
		if (media == null || !media.isArray()) {
			throw ApiFailure.badRequest("can't parse media JSON object");
		}
		if (media.size() < 2 || media.size() > 10) {
			throw ApiFailure.badRequest("wrong number of media in the album: must include 2-10 items");
		}
		List<FileStore.StoredFile> files = new ArrayList<>();
		List<String> captions = new ArrayList<>();
		for (JsonNode item : media) {
			if (!"photo".equals(item.path("type").asText())) {
				throw ApiFailure.badRequest("the fake Bot API sends albums of photos only");
			}
			String caption = item.hasNonNull("caption") ? item.get("caption").asText() : null;
			TelegramLimits.checkCaption(caption,
					item.hasNonNull("parse_mode") ? item.get("parse_mode").asText() : null);
			captions.add((caption != null) ? caption : "");
			files.add(mediaFile(request, item.path("media").asText()));
		}
		String groupId = String.valueOf(this.state.chats.lastId(chatId) + 1) + "_" + chatId;
		ArrayNode result = Json.MAPPER.createArrayNode();
		for (int i = 0; i < files.size(); i++) {
			result.add(
					this.state.chats.add(chatId, StoredMessage.Kind.PHOTO, captions.get(i), null, files.get(i), groupId)
						.toJson());
		}
		return result;
	}

	/**
	 * A photo of an album: a file_id, or {@code attach://part} naming an uploaded part.
	 */
	private FileStore.StoredFile mediaFile(ApiRequest request, String reference) {
		if (reference.isEmpty()) {
			throw ApiFailure.badRequest("there is no media in the request");
		}
		if (reference.startsWith("attach://")) {
			return request.file(reference.substring("attach://".length()))
				.map((upload) -> this.state.files.add(upload, "photos"))
				.orElseThrow(() -> ApiFailure.badRequest("wrong file identifier/HTTP URL specified"));
		}
		return this.state.files.find(reference)
			.orElseThrow(() -> ApiFailure.badRequest("wrong file identifier/HTTP URL specified"));
	}

	private JsonNode sendChatAction(ApiRequest request) {
		writableChat(request);
		if (!CHAT_ACTIONS.contains(request.text("action"))) {
			throw ApiFailure.badRequest("wrong parameter action in request");
		}
		return BooleanNode.TRUE;
	}

	/** The chat_id of a sending method; a 403 when the person blocked the bot. */
	private long writableChat(ApiRequest request) {
		long chatId = request.requiredLong("chat_id");
		if (this.state.blockedChats.contains(chatId)) {
			throw new ApiFailure(403, "Forbidden: bot was blocked by the user", null);
		}
		return chatId;
	}

	private static ObjectNode replyMarkup(ApiRequest request) {
		JsonNode markup = request.json("reply_markup");
		if (markup != null && !markup.isObject()) {
			throw ApiFailure.badRequest("can't parse reply keyboard markup JSON object");
		}
		return (ObjectNode) markup;
	}

}
