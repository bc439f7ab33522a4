package kz.birge.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.birge.i18n.Lang;
import kz.birge.i18n.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person in a private chat with the bot, as a test drives it: they send updates over
 * the fake Bot API and read what the chat shows. After each action the chat remembers
 * what it showed, so {@link #expect} looks only at messages that are new or changed since
 * then (an answer to a button often edits the message the button was on).
 */
public final class TestChat {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private final FakeBotApi api;

	private final Messages messages;

	private final TgUser user;

	private Lang lang;

	private Map<Integer, String> shown = Map.of();

	public TestChat(FakeBotApi api, Messages messages, TgUser user) {
		this.api = api;
		this.messages = messages;
		this.user = user;
		this.lang = Lang.fromTelegram(user.languageCode());
	}

	public TgUser user() {
		return this.user;
	}

	public long id() {
		return this.user.id();
	}

	/**
	 * The language the test expects answers in (after /lang, tell the chat with this).
	 */
	public TestChat speaking(Lang lang) {
		this.lang = lang;
		return this;
	}

	/** The message under {@code key} in this person's language, as the bot formats it. */
	public String t(String key, Object... args) {
		return this.messages.get(this.lang, key, args);
	}

	// ------------------------------------------------------------------ actions

	public long send(String text) {
		return deliver(Updates.text(this.user, text));
	}

	public long tap(SentMessage message, String labelPart) {
		String data = message.callbackData(labelPart)
			.orElseThrow(() -> new AssertionError("No button \"" + labelPart + "\" on " + message));
		return tapData(message.messageId(), data);
	}

	/** Taps a button whose data the test made up, as a crafted client could. */
	public long tapData(int messageId, String data) {
		return deliver(Updates.callback(this.user, messageId, data));
	}

	public long shareContact(String phone, long ownerId) {
		return deliver(Updates.contact(this.user, phone, ownerId));
	}

	/**
	 * Sends a file as a document, as Telegram delivers it: the bot fetches the bytes with
	 * getFile.
	 */
	public long sendFile(String fileName, byte[] content) {
		return sendFile(fileName, content, content.length);
	}

	/** Sends a file whose size Telegram reports as {@code size}. */
	public long sendFile(String fileName, byte[] content, long size) {
		String fileId = this.api.registerFile(content, fileName);
		return deliver(Updates.document(this.user, fileId, fileName, "application/octet-stream", size, null));
	}

	public long deliver(ObjectNode update) {
		remember();
		return this.api.enqueue(update);
	}

	/** Remembers what the chat shows now; later expectations look past it. */
	public void remember() {
		this.shown = this.api.messagesTo(id())
			.stream()
			.collect(Collectors.toMap(SentMessage::messageId, SentMessage::text, (a, b) -> b));
	}

	// ------------------------------------------------------------------ expectations

	/** Waits for a new or changed message that contains the message under {@code key}. */
	public SentMessage expect(String key, Object... args) {
		String text = t(key, args);
		return expectThat("containing \"" + text + "\"", (message) -> message.text().contains(text));
	}

	/** Waits for a new or changed message that contains {@code text} verbatim. */
	public SentMessage expectText(String text) {
		return expectThat("containing \"" + text + "\"", (message) -> message.text().contains(text));
	}

	public SentMessage expectThat(String description, Predicate<SentMessage> condition) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			for (SentMessage message : fresh()) {
				if (condition.test(message)) {
					return message;
				}
			}
			sleep();
		}
		throw new AssertionError("Chat " + id() + " got no message " + description + " within " + PATIENCE
				+ "; new or changed: " + fresh() + "; all: " + this.api.messagesTo(id()));
	}

	/** Waits until the bot is idle and checks that it showed nothing new. */
	public void expectSilence() {
		this.api.awaitIdle();
		assertThat(fresh()).as("messages to chat " + id()).isEmpty();
	}

	/** The messages that are new or changed since the last action. */
	public List<SentMessage> fresh() {
		List<SentMessage> fresh = new ArrayList<>();
		for (SentMessage message : this.api.messagesTo(id())) {
			String before = this.shown.get(message.messageId());
			if (before == null || !before.equals(message.text())) {
				fresh.add(message);
			}
		}
		return fresh;
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
