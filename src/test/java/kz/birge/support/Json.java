package kz.birge.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON shapes the fake and {@link Updates} share. */
final class Json {

	static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule()).build();

	/** Supergroup and channel ids start with -100 followed by ten or more digits. */
	private static final long SUPERGROUP_IDS = -1_000_000_000_000L;

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	/** The bot as a Telegram User object. */
	static ObjectNode botUser() {
		return object().put("id", FakeBotApi.BOT_ID)
			.put("is_bot", true)
			.put("first_name", FakeBotApi.BOT_FIRST_NAME)
			.put("username", FakeBotApi.BOT_USERNAME);
	}

	/**
	 * A Chat object for an id alone: private for positive ids, a group or supergroup for
	 * negative ones.
	 */
	static ObjectNode chat(long chatId) {
		ObjectNode chat = object().put("id", chatId);
		if (chatId > 0) {
			return chat.put("type", "private");
		}
		return chat.put("type", (chatId <= SUPERGROUP_IDS) ? "supergroup" : "group").put("title", "Test group");
	}

	static long nowSeconds() {
		return System.currentTimeMillis() / 1000;
	}

}
