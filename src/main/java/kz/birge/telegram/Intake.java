package kz.birge.telegram;

import java.time.Clock;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import kz.birge.bot.ChatLeases;
import kz.birge.bot.Dispatcher;
import kz.birge.bot.PersonDirectory;
import kz.birge.bot.Reply;
import kz.birge.bot.Sender;
import kz.birge.bot.UpdateContext;
import kz.birge.i18n.Lang;
import kz.birge.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.stereotype.Component;

/**
 * Where an update enters: it is counted by kind ({@code birge.updates}), mapped, checked
 * against its sender's flood limit and queued in its chat's bounded queue (those dropped
 * are counted as {@code birge.updates.dropped}). A person who floods the bot is told once
 * per episode, in their language, to slow down; their excess updates are dropped here,
 * before any work, so nobody else waits for them.
 */
@Component
class Intake {

	private static final Logger log = LoggerFactory.getLogger(Intake.class);

	static final String SLOW_DOWN = "limits.slow-down";

	private final Dispatcher dispatcher;

	private final PersonDirectory people;

	private final Sender sender;

	private final Messages messages;

	private final LimitsProperties limits;

	private final FloodGate gate;

	private final MeterRegistry meters;

	private final ChatLeases leases;

	Intake(Dispatcher dispatcher, PersonDirectory people, Sender sender, Messages messages, LimitsProperties limits,
			Clock clock, MeterRegistry meters, ChatLeases leases) {
		this.leases = leases;
		this.dispatcher = dispatcher;
		this.people = people;
		this.sender = sender;
		this.messages = messages;
		this.limits = limits;
		this.gate = new FloodGate(limits, clock);
		this.meters = meters;
	}

	/**
	 * An executor whose chat queues hold at most {@code birge.limits.chat-queue}, and
	 * take the chat's lease first when instances share the database.
	 */
	ChatExecutor executor(int threads) {
		return new ChatExecutor(threads, this.limits.chatQueue(), this.leases);
	}

	/**
	 * Counts, maps, limits and queues one update; the chat it was queued for, if it was.
	 */
	Optional<Long> take(Update update, ChatExecutor chats) {
		counter(kind(update)).increment();
		return UpdateMapper.map(update).filter((context) -> admit(context, chats)).map(UpdateContext::chatId);
	}

	private boolean admit(UpdateContext context, ChatExecutor chats) {
		long userId = context.from().id();
		FloodGate.Verdict verdict = this.gate.check(userId);
		if (verdict == FloodGate.Verdict.ADMIT) {
			if (chats.submit(context.chatId(), () -> this.dispatcher.dispatch(context))) {
				return true;
			}
			verdict = this.gate.overflow(userId);
		}
		this.meters.counter("birge.updates.dropped").increment();
		log.debug("Update {} of user {} dropped: flooding", context.updateId(), userId);
		if (verdict == FloodGate.Verdict.REFUSE_WITH_NOTICE) {
			log.info("User {} is flooding the bot; told to slow down", userId);
			chats.submitPastBound(context.chatId(), () -> slowDown(context));
		}
		return false;
	}

	/** The one notice of a flood episode, in the person's language. */
	private void slowDown(UpdateContext context) {
		try {
			Lang lang = this.people.arrive(context.from(), context.chatId()).lang();
			this.sender.send(context.chatId(), Reply.text(this.messages.get(lang, SLOW_DOWN)));
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell chat {} to slow down: {}", context.chatId(), ex.getMessage());
		}
	}

	private Counter counter(String kind) {
		return Counter.builder("birge.updates")
			.description("Updates received from Telegram, by kind")
			.tag("kind", kind)
			.register(this.meters);
	}

	/** message, callback, document, my_chat_member or other. */
	static String kind(Update update) {
		if (update.hasMessage()) {
			return update.getMessage().hasDocument() ? "document" : "message";
		}
		if (update.hasCallbackQuery()) {
			return "callback";
		}
		if (update.getMyChatMember() != null) {
			return "my_chat_member";
		}
		return "other";
	}

}
