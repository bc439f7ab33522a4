package kz.birge.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.birge.i18n.Lang;
import kz.birge.i18n.Messages;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Everything a handler needs for one update: who wrote, in which language to answer, how
 * to answer, and the conversation they are in.
 */
public final class BotContext {

	static final String OUTDATED = "bot.button-outdated";

	private final UpdateContext update;

	private final Services services;

	private final Caller caller;

	private Lang lang;

	private boolean callbackAnswered;

	BotContext(UpdateContext update, Caller caller, Services services) {
		this.update = update;
		this.caller = caller;
		this.lang = caller.lang();
		this.services = services;
	}

	/** The collaborators every context shares. */
	@Component
	record Services(Sender sender, Messages messages, CallbackCodec codec, ConversationStore conversations) {
	}

	Services services() {
		return this.services;
	}

	/**
	 * Who sent the update: their standing and organisation, as the dispatcher checked
	 * them.
	 */
	public Caller caller() {
		return this.caller;
	}

	public UpdateContext update() {
		return this.update;
	}

	public long chatId() {
		return this.update.chatId();
	}

	public long userId() {
		return this.update.from().id();
	}

	public Person from() {
		return this.update.from();
	}

	public Lang lang() {
		return this.lang;
	}

	/** Answers in another language from now on (after /lang). */
	public void switchLang(Lang lang) {
		this.lang = lang;
	}

	public String t(String key, Object... args) {
		return this.services.messages().get(this.lang, key, args);
	}

	/**
	 * The message under {@code key} in another language, such as a language's own name.
	 */
	public String tIn(Lang other, String key, Object... args) {
		return this.services.messages().get(other, key, args);
	}

	public Sender sender() {
		return this.services.sender();
	}

	/**
	 * Sends a new message to this chat; a text too long for one message goes as several
	 * (see {@link Reply#parts()}). Returns the id of the last, which holds the keyboard.
	 */
	public int reply(Reply reply) {
		int last = 0;
		for (Reply part : reply.parts()) {
			last = sender().send(chatId(), part);
		}
		return last;
	}

	/** Sends the message under {@code key}, formatted with {@code args}. */
	public int say(String key, Object... args) {
		return reply(Reply.text(t(key, args)));
	}

	/**
	 * Shows a reply where a person expects it: in place of the message whose button they
	 * tapped, or as a new message when they typed.
	 */
	public void show(Reply reply) {
		if (this.update.incoming() instanceof Incoming.Callback callback) {
			sender().edit(chatId(), callback.messageId(), reply.fitted());
		}
		else {
			reply(reply);
		}
	}

	/**
	 * Shows a reply in place of the tapped message when {@code inPlace}, as a new message
	 * otherwise.
	 */
	public void present(Reply reply, boolean inPlace) {
		if (inPlace) {
			show(reply);
		}
		else {
			reply(reply);
		}
	}

	/**
	 * A short notice on the tapped button (the small pop-up); does nothing for typed
	 * messages.
	 */
	public void notice(String key, Object... args) {
		if (this.update.incoming() instanceof Incoming.Callback callback && !this.callbackAnswered) {
			this.callbackAnswered = true;
			answer(callback, t(key, args));
		}
	}

	/**
	 * Says that what the person tapped or answered no longer applies: a button of a
	 * finished step, or of something since removed. A pop-up on a tapped button, a
	 * message otherwise.
	 */
	public void outdated() {
		if (this.update.incoming() instanceof Incoming.Callback) {
			notice(OUTDATED);
		}
		else {
			say(OUTDATED);
		}
	}

	/**
	 * Answers a tapped button. Best effort: Telegram refuses an answer to a tap that is
	 * too old (after a backlog or a restart), and by then the tap's work is done, so a
	 * refusal is only logged.
	 */
	void answer(Incoming.Callback callback, String notice) {
		try {
			sender().answerCallback(callback.queryId(), Texts.shorten(notice, Texts.POP_UP));
		}
		catch (SendException ex) {
			LoggerFactory.getLogger(BotContext.class).debug("Button answer refused: {}", ex.getMessage());
		}
	}

	boolean callbackAnswered() {
		return this.callbackAnswered;
	}

	void markCallbackAnswered() {
		this.callbackAnswered = true;
	}

	public Button button(String text, CallbackData data) {
		return new Button(text, this.services.codec().encode(data), "");
	}

	/** A button whose label is the message under {@code key}. */
	public Button buttonOf(String key, CallbackData data) {
		return button(t(key), data);
	}

	public static Keyboard.Inline inline(List<Button> buttons, int perRow) {
		List<List<Button>> rows = new ArrayList<>();
		for (int i = 0; i < buttons.size(); i += perRow) {
			rows.add(buttons.subList(i, Math.min(i + perRow, buttons.size())));
		}
		return new Keyboard.Inline(rows);
	}

	public Optional<Conversation> conversation() {
		return this.services.conversations().find(chatId(), userId());
	}

	public void endConversation() {
		this.services.conversations().clear(chatId(), userId());
	}

}
