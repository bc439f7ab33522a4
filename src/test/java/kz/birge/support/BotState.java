package kz.birge.support;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * What Telegram remembers about the bot: pending updates, sent messages, files, commands,
 * callback queries and the webhook. Guarded by the monitor the {@link UpdateQueue} waits
 * on.
 */
final class BotState {

	final UpdateQueue updates;

	final ChatLog chats = new ChatLog();

	final FileStore files = new FileStore();

	/** setMyCommands lists by {@link #commandsKey}. */
	final Map<String, ArrayNode> commands = new LinkedHashMap<>();

	/**
	 * Callback query ids delivered to the bot, mapped to whether the bot answered them.
	 */
	final Map<String, Boolean> callbackQueries = new LinkedHashMap<>();

	/** Chats where the person blocked the bot. */
	final Set<Long> blockedChats = new HashSet<>();

	/**
	 * The webhook set by setWebhook and its secret token; {@code null} without one
	 * (deleteWebhook).
	 */
	String webhookUrl;

	String webhookSecret;

	/** The longest a getUpdates call waits, whatever timeout the bot asks for. */
	Duration longPollLimit = Duration.ofSeconds(1);

	BotState(Object monitor) {
		this.updates = new UpdateQueue(monitor);
	}

	/**
	 * The key of a command list: the scope ({@code default}, {@code all_private_chats},
	 * {@code chat:42}, {@code chat_member:42:7}...) and the language code, empty for all
	 * languages.
	 */
	static String commandsKey(String scope, String languageCode) {
		return scope + "|" + ((languageCode != null) ? languageCode : "");
	}

	/**
	 * The scope part of {@link #commandsKey} for a BotCommandScope object,
	 * {@code default} when absent.
	 */
	static String scopeName(JsonNode scope) {
		if (scope == null || !scope.hasNonNull("type")) {
			return "default";
		}
		StringBuilder name = new StringBuilder(scope.get("type").asText());
		for (String field : new String[] { "chat_id", "user_id" }) {
			if (scope.hasNonNull(field)) {
				name.append(':').append(scope.get(field).asText());
			}
		}
		return name.toString();
	}

	void clear() {
		this.updates.clear();
		this.chats.clear();
		this.files.clear();
		this.commands.clear();
		this.callbackQueries.clear();
		this.blockedChats.clear();
		this.webhookUrl = null;
		this.webhookSecret = null;
	}

}
