package kz.birge.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The messages the bot sent, chat by chat, with ids that increase within each chat and
 * are never reused, not even after {@link #clear()}.
 */
final class ChatLog {

	private final Map<Long, NavigableMap<Integer, StoredMessage>> chats = new HashMap<>();

	private final Map<Long, Integer> lastIds = new HashMap<>();

	/** How many messages a chat keeps when not {@link #keepAll}. */
	static final int RECENT = 20;

	private boolean keepAll = true;

	/** With {@code false}, each chat keeps only its last {@link #RECENT} messages. */
	void keepAll(boolean keep) {
		this.keepAll = keep;
	}

	StoredMessage add(long chatId, StoredMessage.Kind kind, String text, ObjectNode replyMarkup,
			FileStore.StoredFile file) {
		return add(chatId, kind, text, replyMarkup, file, null);
	}

	/** Adds a message, one of an album when {@code mediaGroupId} is set. */
	StoredMessage add(long chatId, StoredMessage.Kind kind, String text, ObjectNode replyMarkup,
			FileStore.StoredFile file, String mediaGroupId) {
		int messageId = this.lastIds.merge(chatId, 1, Integer::sum);
		StoredMessage message = new StoredMessage(chatId, messageId, kind, text, replyMarkup, file, mediaGroupId);
		NavigableMap<Integer, StoredMessage> chat = this.chats.computeIfAbsent(chatId, (id) -> new TreeMap<>());
		chat.put(messageId, message);
		while (!this.keepAll && chat.size() > RECENT) {
			chat.pollFirstEntry();
		}
		return message;
	}

	Optional<StoredMessage> find(long chatId, int messageId) {
		return Optional.ofNullable(this.chats.getOrDefault(chatId, new TreeMap<>()).get(messageId));
	}

	/** Removes a message; false when the chat has no such message. */
	boolean delete(long chatId, int messageId) {
		NavigableMap<Integer, StoredMessage> chat = this.chats.get(chatId);
		return chat != null && chat.remove(messageId) != null;
	}

	/** The chat's messages in the order they were sent, as they look now. */
	List<SentMessage> messages(long chatId) {
		return this.chats.getOrDefault(chatId, new TreeMap<>()).values().stream().map(StoredMessage::snapshot).toList();
	}

	/** The chat's albums (photos sent with sendMediaGroup), each in send order. */
	List<List<SentMessage>> albums(long chatId) {
		Map<String, List<SentMessage>> albums = new LinkedHashMap<>();
		this.chats.getOrDefault(chatId, new TreeMap<>())
			.values()
			.stream()
			.filter((message) -> message.mediaGroupId() != null)
			.forEach((message) -> albums.computeIfAbsent(message.mediaGroupId(), (id) -> new ArrayList<>())
				.add(message.snapshot()));
		return List.copyOf(albums.values());
	}

	/** The id of the last message sent to the chat, 0 before the first. */
	int lastId(long chatId) {
		return this.lastIds.getOrDefault(chatId, 0);
	}

	/** Forgets all messages but keeps counting ids. */
	void clear() {
		this.chats.clear();
	}

}
