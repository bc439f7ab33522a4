package kz.birge.bot;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import kz.birge.i18n.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Messages the bot sends on its own, not as an answer: a promotion from the waitlist, a
 * cancelled activity, a reminder. They go out one after another from a thread of their
 * own, a little apart, within Telegram's limit of about 30 messages a second; a person
 * who blocked the bot is skipped.
 */
@Component
public class Notifier implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	/**
	 * Pause between two notices: Telegram allows about 30 messages a second to different
	 * chats.
	 */
	private static final long PAUSE_MILLIS = 40;

	private final BotContext.Services services;

	private final ExecutorService queue = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "birge-notices");
		thread.setDaemon(true);
		return thread;
	});

	Notifier(BotContext.Services services) {
		this.services = services;
	}

	/**
	 * Queues a notice to a person; {@code compose} writes it with a context in their
	 * language.
	 */
	public void tell(long chatId, long userId, Lang lang, Consumer<BotContext> compose) {
		this.queue.execute(() -> {
			try {
				compose.accept(contextFor(chatId, userId, lang));
				Thread.sleep(PAUSE_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				log.warn("A notice to chat {} was not sent: {}", chatId, ex.getMessage());
			}
		});
	}

	/** A context to write a message to a person outside any update of theirs. */
	public BotContext contextFor(long chatId, long userId, Lang lang) {
		Person person = new Person(userId, "", "", "", lang.code());
		return new BotContext(new UpdateContext(-1, chatId, person, new Incoming.Other("notice")),
				Caller.member(lang, Optional.empty()), this.services);
	}

	@Override
	public void destroy() throws InterruptedException {
		this.queue.shutdown();
		this.queue.awaitTermination(10, TimeUnit.SECONDS);
	}

}
