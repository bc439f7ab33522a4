package kz.birge.bot;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.birge.i18n.Lang;
import kz.birge.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Routes each update to the one handler it belongs to: a command by its name, a button by its
 * callback prefix, anything else to the conversation the person is in, and a hint when nothing
 * fits. An update id is handled once; a failure is logged once and answered with an apology.
 */
@Component
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final Map<String, CommandHandler> commands;

	private final Map<String, CallbackHandler<?>> callbacks;

	private final Map<String, ConversationHandler> flows;

	private final Optional<DocumentHandler> documents;

	private final ProcessedUpdates processed;

	private final PersonDirectory people;

	private final BotContext.Services services;

	Dispatcher(List<CommandHandler> commands, List<CallbackHandler<?>> callbacks, List<ConversationHandler> flows,
			Optional<DocumentHandler> documents, ProcessedUpdates processed, PersonDirectory people, Sender sender, Messages messages, CallbackCodec codec,
			ConversationStore conversations) {
		this.commands = unique(commands, CommandHandler::command, "command");
		this.callbacks = unique(callbacks, (handler) -> CallbackCodec.prefixOf(handler.type()), "callback prefix");
		this.flows = unique(flows, ConversationHandler::flow, "conversation flow");
		this.documents = documents;
		this.processed = processed;
		this.people = people;
		this.services = new BotContext.Services(sender, messages, codec, conversations);
	}

	private static <H> Map<String, H> unique(List<H> handlers, Function<H, String> key, String what) {
		return handlers.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> {
			throw new IllegalStateException("Two handlers for one " + what + ": " + a + ", " + b);
		}));
	}

	/** The commands of Telegram's menu for everyone, in order. */
	public List<String> menu() {
		return menu(CommandHandler.MenuAudience.EVERYONE);
	}

	/** The commands of the menu for an audience: everyone's, and theirs. */
	public List<String> menu(CommandHandler.MenuAudience audience) {
		return this.commands.values()
			.stream()
			.filter((handler) -> handler.menuOrder() >= 0)
			.filter((handler) -> handler.menuAudience().ordinal() <= audience.ordinal())
			.sorted(java.util.Comparator.comparingInt(CommandHandler::menuOrder))
			.map(CommandHandler::command)
			.toList();
	}

	/** Handles one update; never throws. */
	public void dispatch(UpdateContext update) {
		BotContext ctx = null;
		try {
			if (!this.processed.claim(update.updateId())) {
				log.debug("Update {} was handled before; skipped", update.updateId());
				return;
			}
			Lang lang = this.people.arrive(update.from(), update.chatId());
			ctx = new BotContext(update, lang, this.services);
			route(ctx);
			finishCallback(ctx);
		}
		catch (RuntimeException ex) {
			log.error("Update {} failed", update.updateId(), ex);
			apologise(update, ctx);
		}
	}

	private void route(BotContext ctx) {
		Incoming incoming = ctx.update().incoming();
		if (incoming instanceof Incoming.Text text && !text.command().isEmpty()) {
			onCommand(ctx, text);
		}
		else if (incoming instanceof Incoming.Callback callback) {
			onCallback(ctx, callback);
		}
		else {
			Optional<Conversation> conversation = ctx.conversation();
			Optional<ConversationHandler> flow = conversation.map(Conversation::flow).map(this.flows::get);
			if (flow.isPresent()) {
				flow.get().onInput(ctx, conversation.get());
			}
			else if (incoming instanceof Incoming.Document document && this.documents.isPresent()) {
				conversation.ifPresent((lost) -> ctx.endConversation());
				this.documents.get().onDocument(ctx, document);
			}
			else {
				conversation.ifPresent((lost) -> ctx.endConversation());
				hint(ctx, incoming);
			}
		}
	}

	private void onCommand(BotContext ctx, Incoming.Text text) {
		CommandHandler handler = this.commands.get(text.command());
		if (handler == null) {
			ctx.say("bot.unknown-command");
			return;
		}
		handler.onCommand(ctx, text.arguments());
	}

	private void onCallback(BotContext ctx, Incoming.Callback callback) {
		CallbackHandler<?> handler = this.callbacks.get(CallbackCodec.prefixOf(callback.data()));
		if (handler == null || !decodeAndHandle(ctx, handler, callback.data())) {
			ctx.notice("bot.button-outdated");
		}
	}

	private <T extends CallbackData> boolean decodeAndHandle(BotContext ctx, CallbackHandler<T> handler, String data) {
		Optional<T> decoded = this.services.codec().decode(data, handler.type());
		decoded.ifPresent((value) -> handler.onCallback(ctx, value));
		return decoded.isPresent();
	}

	private void hint(BotContext ctx, Incoming incoming) {
		String key = (incoming instanceof Incoming.Text) ? "bot.not-understood" : "bot.unsupported-content";
		ctx.say(key);
	}

	private void finishCallback(BotContext ctx) {
		if (ctx.update().incoming() instanceof Incoming.Callback callback && !ctx.callbackAnswered()) {
			ctx.markCallbackAnswered();
			ctx.answer(callback, "");
		}
	}

	private void apologise(UpdateContext update, BotContext ctx) {
		try {
			Lang lang = (ctx != null) ? ctx.lang() : Lang.fromTelegram(update.from().languageCode());
			this.services.sender().send(update.chatId(), Reply.text(this.services.messages().get(lang, "bot.failure")));
		}
		catch (RuntimeException ex) {
			log.warn("Could not apologise for update {}: {}", update.updateId(), ex.getMessage());
		}
	}

}
