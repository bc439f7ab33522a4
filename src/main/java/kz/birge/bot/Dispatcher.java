package kz.birge.bot;

import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import kz.birge.i18n.Lang;
import kz.birge.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Routes each update to the one handler it belongs to: a command by its name, a button by
 * its callback prefix (a flow's button only at the steps it names), a document to the
 * plan import, and anything else to the step of the flow the person is in, with a hint
 * when nothing fits. Only a person's private chat is served (its id is the person's): an
 * update from any other chat is dropped before anyone is looked up, so no group's chat id
 * is ever stored as a person's. Before a handler runs, the access it declares is checked;
 * a refusal is logged and answered. A flow left alone too long is dropped with one line.
 * An update id is handled once; a failure is logged once and answered with an apology.
 */
@Component
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final Routes routes;

	private final ProcessedUpdates processed;

	private final PersonDirectory people;

	private final Subject.Directory subjects;

	private final BotContext.Services services;

	private final BotProperties properties;

	private final Timer handling;

	Dispatcher(Routes routes, ProcessedUpdates processed, PersonDirectory people, Subject.Directory subjects,
			BotContext.Services services, BotProperties properties, MeterRegistry meters) {
		this.routes = routes;
		this.processed = processed;
		this.people = people;
		this.subjects = subjects;
		this.services = services;
		this.properties = properties;
		this.handling = Timer.builder("birge.update.handling")
			.description("Time from taking an update off its chat's queue to the end of its handling")
			.register(meters);
	}

	/**
	 * Handles one update; never throws. Its time is recorded as birge.update.handling.
	 */
	public void dispatch(UpdateContext update) {
		this.handling.record(() -> handle(update));
	}

	private void handle(UpdateContext update) {
		BotContext ctx = null;
		try {
			if (update.chatId() != update.from().id()) {
				log.info("Update {} from chat {}, not the private chat of user {}; ignored", update.updateId(),
						update.chatId(), update.from().id());
				return;
			}
			if (!this.processed.claim(update.updateId())) {
				log.debug("Update {} was handled before; skipped", update.updateId());
				return;
			}
			Caller caller = this.people.arrive(update.from(), update.chatId());
			ctx = new BotContext(update, caller, this.services);
			dropExpired(ctx);
			route(ctx);
			finishCallback(ctx);
		}
		catch (RuntimeException ex) {
			log.error("Update {} failed", update.updateId(), ex);
			apologise(update, ctx);
		}
	}

	/** Ends a flow nobody answered for too long, and says so once. */
	private void dropExpired(BotContext ctx) {
		ctx.conversation()
			.filter((open) -> open.expired(this.services.conversations().now(), this.properties.conversationTimeout()))
			.ifPresent((open) -> {
				ctx.endConversation();
				ctx.say("flow.expired");
			});
	}

	private void route(BotContext ctx) {
		Incoming incoming = ctx.update().incoming();
		if (incoming instanceof Incoming.Text text && !text.command().isEmpty()) {
			onCommand(ctx, text);
		}
		else if (incoming instanceof Incoming.Callback callback) {
			onCallback(ctx, callback);
		}
		else if (incoming instanceof Incoming.Document document && this.routes.documents().isPresent()) {
			Routes.DocumentRoute route = this.routes.documents().get();
			if (allowed(ctx, route.access(), Optional.empty(), route.target())) {
				route.target().call(ctx, document);
			}
		}
		else {
			onInput(ctx, incoming);
		}
	}

	private void onCommand(BotContext ctx, Incoming.Text text) {
		if (text.command().equals("cancel")) {
			boolean open = ctx.conversation().isPresent();
			ctx.endConversation();
			ctx.reply(new Reply(ctx.t(open ? "bot.cancelled" : "bot.nothing-to-cancel"), Keyboard.REMOVE));
			return;
		}
		Optional<Routes.CommandRoute> route = this.routes.command(text.command());
		if (route.isEmpty()) {
			ctx.say("bot.unknown-command");
			return;
		}
		if (allowed(ctx, route.get().access(), Optional.empty(), route.get().target())) {
			route.get().target().call(ctx, text.arguments());
		}
	}

	private void onCallback(BotContext ctx, Incoming.Callback callback) {
		String prefix = CallbackCodec.prefixOf(callback.data());
		if (prefix.equals(CallbackCodec.prefixOf(Flow.Back.class))) {
			back(ctx, callback);
			return;
		}
		Optional<Routes.ButtonRoute> route = this.routes.button(prefix);
		Optional<? extends CallbackData> data = route
			.flatMap((found) -> this.services.codec().decode(callback.data(), found.type()));
		if (data.isEmpty()) {
			ctx.outdated();
			return;
		}
		Routes.ButtonRoute button = route.get();
		Optional<Subject> subject = (data.get() instanceof Subject.Scoped scoped) ? Optional.of(scoped.subject())
				: Optional.empty();
		if (button.flow().isEmpty()) {
			if (allowed(ctx, button.access(), subject, button.target())) {
				button.target().call(ctx, data.get());
			}
			return;
		}
		Flow<?, ?> flow = button.flow().get();
		Optional<Conversation> open = ctx.conversation()
			.filter((conversation) -> conversation.flow().equals(flow.name()))
			.filter((conversation) -> button.steps().contains(conversation.step()));
		if (open.isEmpty()) {
			ctx.outdated();
			return;
		}
		Object draft = flow.draft(ctx, open.get());
		if (allowed(ctx, button.access(), subject, button.target()) && allowedInFlow(ctx, flow, draft)) {
			button.target().call(ctx, data.get(), draft);
		}
	}

	private void back(BotContext ctx, Incoming.Callback callback) {
		Optional<Flow.Back> back = this.services.codec().decode(callback.data(), Flow.Back.class);
		Optional<Conversation> open = ctx.conversation()
			.filter((conversation) -> back.isPresent() && conversation.flow().equals(back.get().flow())
					&& conversation.step().equals(back.get().step()) && !conversation.trail().isEmpty());
		Optional<Flow<?, ?>> flow = open.flatMap((conversation) -> this.routes.flow(conversation.flow()));
		if (flow.isEmpty()) {
			ctx.outdated();
			return;
		}
		if (allowedInFlow(ctx, flow.get(), flow.get().draft(ctx, open.get()))) {
			flow.get().goBack(ctx, open.get());
		}
	}

	private void onInput(BotContext ctx, Incoming incoming) {
		Optional<Conversation> open = ctx.conversation();
		Optional<Flow<?, ?>> flow = open.flatMap((conversation) -> this.routes.flow(conversation.flow()))
			.filter((found) -> found.step(open.get()).isPresent());
		if (flow.isEmpty()) {
			open.ifPresent((lost) -> ctx.endConversation());
			ctx.say((incoming instanceof Incoming.Text) ? "bot.not-understood" : "bot.unsupported-content");
			return;
		}
		if (allowedInFlow(ctx, flow.get(), flow.get().draft(ctx, open.get()))) {
			flow.get().input(ctx, open.get(), incoming);
		}
	}

	/**
	 * The flow's own access, checked again at each answer: a person may have lost it
	 * meanwhile.
	 */
	private boolean allowedInFlow(BotContext ctx, Flow<?, ?> flow, Object draft) {
		Optional<Subject> subject = (draft instanceof Subject.Scoped scoped) ? Optional.of(scoped.subject())
				: Optional.empty();
		boolean allowed = allowed(ctx, flow.access(), subject, flow);
		if (!allowed) {
			ctx.endConversation();
		}
		return allowed;
	}

	/**
	 * True when the person may use a handler that needs {@code access}, for the
	 * organisation of {@code subject} when there is one; otherwise they are told, and the
	 * refusal is logged.
	 */
	private boolean allowed(BotContext ctx, Access access, Optional<Subject> subject, Object handler) {
		Caller caller = ctx.caller();
		if (!caller.standing().covers(access)) {
			refuse(ctx, handler, access.refusalKey(), "needs " + access);
			return false;
		}
		if (subject.isEmpty() || access == Access.ANYONE) {
			return true;
		}
		Optional<String> organisation = this.subjects.organisationOf(subject.get());
		if (organisation.isEmpty()) {
			refuse(ctx, handler, BotContext.OUTDATED, subject.get() + " is gone");
			return false;
		}
		if (!caller.mayActFor(access, organisation.get())) {
			refuse(ctx, handler, "access.other-organisation", "belongs to " + organisation.get());
			return false;
		}
		return true;
	}

	private static void refuse(BotContext ctx, Object handler, String key, String why) {
		log.info("Update {}: user {} refused {} ({})", ctx.update().updateId(), ctx.userId(), handler, why);
		if (ctx.update().incoming() instanceof Incoming.Callback) {
			ctx.notice(key);
		}
		else {
			ctx.say(key);
		}
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
			Messages messages = this.services.messages();
			this.services.sender().send(update.chatId(), Reply.text(messages.get(lang, "bot.failure")));
		}
		catch (RuntimeException ex) {
			log.warn("Could not apologise for update {}: {}", update.updateId(), ex.getMessage());
		}
	}

}
