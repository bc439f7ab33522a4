package kz.birge.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds updates as Telegram sends them (snake_case Bot API JSON, without update_id) for
 * {@link FakeBotApi#enqueue}. Every message gets an increasing message_id, the current
 * date and its chat; messages in a private chat have the chat id of the user.
 */
public final class Updates {

	/**
	 * People's message ids; far above the ids of the bot's messages, so the two never
	 * meet.
	 */
	private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(1_000_000);

	private static final AtomicLong CALLBACK_IDS = new AtomicLong(4_382_000_000_000_000L);

	private static final AtomicInteger FILE_IDS = new AtomicInteger();

	private Updates() {
	}

	/** A user with a first name and a client language ({@code null} when unknown). */
	public static TgUser user(long id, String firstName, String languageCode) {
		return new TgUser(id, firstName, null, null, languageCode);
	}

	/**
	 * A text message in the user's private chat; a leading /command gets its bot_command
	 * entity.
	 */
	public static ObjectNode text(TgUser user, String text) {
		return update("message", withText(message(user, privateChat(user)), text));
	}

	/**
	 * A tap on an inline button with {@code data} under the bot's message
	 * {@code messageId}.
	 */
	public static ObjectNode callback(TgUser user, int messageId, String data) {
		ObjectNode message = Json.object().put("message_id", messageId);
		message.set("from", Json.botUser());
		message.set("chat", privateChat(user));
		message.put("date", Json.nowSeconds()).put("text", "...");
		ObjectNode query = Json.object().put("id", String.valueOf(CALLBACK_IDS.incrementAndGet()));
		query.set("from", userJson(user));
		query.set("message", message);
		query.put("chat_instance", String.valueOf(-Math.abs(user.id() * 7919L))).put("data", data);
		return update("callback_query", query);
	}

	/**
	 * A shared contact, as the request_contact button sends it when {@code contactUserId}
	 * is the user.
	 */
	public static ObjectNode contact(TgUser user, String phoneNumber, long contactUserId) {
		ObjectNode contact = Json.object().put("phone_number", phoneNumber);
		if (contactUserId == user.id()) {
			contact.put("first_name", user.firstName());
			putIfSet(contact, "last_name", user.lastName());
		}
		else {
			contact.put("first_name", "Contact");
		}
		contact.put("user_id", contactUserId);
		ObjectNode message = message(user, privateChat(user));
		message.set("contact", contact);
		return update("message", message);
	}

	/**
	 * A file the user sent; use a file id from {@link FakeBotApi#registerFile} so the bot
	 * can download it. {@code caption} may be {@code null}.
	 */
	public static ObjectNode document(TgUser user, String fileId, String fileName, String mimeType, long size,
			String caption) {
		ObjectNode document = Json.object()
			.put("file_name", fileName)
			.put("mime_type", mimeType)
			.put("file_id", fileId)
			.put("file_unique_id", "AgADdoc" + FILE_IDS.incrementAndGet())
			.put("file_size", size);
		ObjectNode message = message(user, privateChat(user));
		message.set("document", document);
		putIfSet(message, "caption", caption);
		return update("message", message);
	}

	/**
	 * A photo the user sent; use a file id from {@link FakeBotApi#registerFile} so the
	 * bot can send it on. Telegram gives its sizes, the largest last.
	 */
	public static ObjectNode photo(TgUser user, String fileId) {
		ObjectNode message = message(user, privateChat(user));
		ObjectNode small = Json.object()
			.put("file_id", fileId + "_small")
			.put("file_unique_id", "AgADphs" + FILE_IDS.incrementAndGet())
			.put("width", 90)
			.put("height", 60)
			.put("file_size", 1024);
		ObjectNode large = Json.object()
			.put("file_id", fileId)
			.put("file_unique_id", "AgADphl" + FILE_IDS.incrementAndGet())
			.put("width", 1280)
			.put("height", 853)
			.put("file_size", 65536);
		message.putArray("photo").add(small).add(large);
		return update("message", message);
	}

	/** A sticker, something most bots do not expect. */
	public static ObjectNode sticker(TgUser user) {
		int number = FILE_IDS.incrementAndGet();
		ObjectNode sticker = Json.object()
			.put("file_id", "CAACAgIAAxkBAAI" + number)
			.put("file_unique_id", "AgADstk" + number)
			.put("type", "regular")
			.put("width", 512)
			.put("height", 512)
			.put("is_animated", false)
			.put("is_video", false)
			.put("emoji", "\uD83D\uDC4D")
			.put("set_name", "TestStickers")
			.put("file_size", 20480);
		ObjectNode message = message(user, privateChat(user));
		message.set("sticker", sticker);
		return update("message", message);
	}

	/** The user edited their earlier message {@code messageId} to {@code text}. */
	public static ObjectNode editedText(TgUser user, int messageId, String text) {
		ObjectNode message = message(user, privateChat(user)).put("message_id", messageId);
		message.put("edit_date", Json.nowSeconds());
		return update("edited_message", withText(message, text));
	}

	/**
	 * A post in a channel where the bot is an administrator; it has a sender_chat and no
	 * from.
	 */
	public static ObjectNode channelPost(long channelId, String text) {
		ObjectNode channel = Json.object().put("id", channelId).put("title", "Test channel").put("type", "channel");
		ObjectNode post = Json.object().put("message_id", MESSAGE_IDS.incrementAndGet());
		post.set("sender_chat", channel);
		post.set("chat", channel.deepCopy());
		post.put("date", Json.nowSeconds());
		return update("channel_post", withText(post, text));
	}

	/**
	 * The bot's membership in the user's private chat changed: {@code kicked} when the
	 * user blocked the bot, {@code member} when they unblocked or started it again.
	 */
	public static ObjectNode myChatMember(TgUser user, String newStatus) {
		ObjectNode change = Json.object();
		change.set("chat", privateChat(user));
		change.set("from", userJson(user));
		change.put("date", Json.nowSeconds());
		change.set("old_chat_member", botMember(newStatus.equals("member") ? "kicked" : "member"));
		change.set("new_chat_member", botMember(newStatus));
		return update("my_chat_member", change);
	}

	/**
	 * A text message from the user in a group chat (a supergroup for ids starting with
	 * -100 and ten digits).
	 */
	public static ObjectNode groupText(long groupId, TgUser user, String text) {
		return update("message", withText(message(user, groupChat(groupId)), text));
	}

	/** The user joined a group chat (a service message with new_chat_members). */
	public static ObjectNode newChatMembers(long groupId, TgUser user) {
		ObjectNode message = message(user, groupChat(groupId));
		message.putArray("new_chat_members").add(userJson(user));
		return update("message", message);
	}

	/** A User object as Telegram sends it. */
	public static ObjectNode userJson(TgUser user) {
		ObjectNode json = Json.object().put("id", user.id()).put("is_bot", false).put("first_name", user.firstName());
		putIfSet(json, "last_name", user.lastName());
		putIfSet(json, "username", user.username());
		putIfSet(json, "language_code", user.languageCode());
		return json;
	}

	private static ObjectNode update(String type, ObjectNode payload) {
		ObjectNode update = Json.object();
		update.set(type, payload);
		return update;
	}

	private static ObjectNode message(TgUser user, ObjectNode chat) {
		ObjectNode message = Json.object().put("message_id", MESSAGE_IDS.incrementAndGet());
		message.set("from", userJson(user));
		message.set("chat", chat);
		message.put("date", Json.nowSeconds());
		return message;
	}

	private static ObjectNode withText(ObjectNode message, String text) {
		message.put("text", text);
		if (text.startsWith("/")) {
			int end = text.indexOf(' ');
			ObjectNode command = Json.object()
				.put("offset", 0)
				.put("length", (end < 0) ? text.length() : end)
				.put("type", "bot_command");
			message.putArray("entities").add(command);
		}
		return message;
	}

	private static ObjectNode privateChat(TgUser user) {
		ObjectNode chat = Json.object().put("id", user.id()).put("first_name", user.firstName());
		putIfSet(chat, "last_name", user.lastName());
		putIfSet(chat, "username", user.username());
		return chat.put("type", "private");
	}

	private static ObjectNode groupChat(long groupId) {
		if (groupId >= 0) {
			throw new IllegalArgumentException("Group chat ids are negative: " + groupId);
		}
		return Json.chat(groupId);
	}

	private static ObjectNode botMember(String status) {
		ObjectNode member = Json.object();
		member.set("user", Json.botUser());
		member.put("status", status);
		if (status.equals("kicked")) {
			member.put("until_date", 0);
		}
		return member;
	}

	private static void putIfSet(ObjectNode json, String field, String value) {
		if (value != null) {
			json.put(field, value);
		}
	}

}
