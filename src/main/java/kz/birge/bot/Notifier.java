package kz.birge.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import kz.birge.i18n.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Messages the bot sends on its own, not as an answer: a promotion from the waitlist, a
 * cancelled activity, a reminder, a broadcast. Each is written at once, in the person's
 * language, and handed to the {@link Outbox}, which keeps it until Telegram took it, at
 * Telegram's pace; nothing is written for a person who blocked the bot. Without an outbox
 * (a test of the bot's machinery alone) it is sent at once.
 */
@Component
public class Notifier {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	private final BotContext.Services services;

	private final ObjectProvider<Outbox> outbox;

	Notifier(BotContext.Services services, ObjectProvider<Outbox> outbox) {
		this.services = services;
		this.outbox = outbox;
	}

	/**
	 * Queues a notice to a person; {@code compose} writes it with a context in their
	 * language. What it sends becomes the parts of one queued message.
	 */
	public void tell(long chatId, long userId, Lang lang, Consumer<BotContext> compose) {
		tell("notice", chatId, userId, lang, compose);
	}

	/**
	 * Queues a message under {@code tag} ("reminder", "broadcast:ID"...); true when it
	 * was queued, false when the person is unreachable or nothing was written.
	 */
	public boolean tell(String tag, long chatId, long userId, Lang lang, Consumer<BotContext> compose) {
		Outbox queue = this.outbox.getIfAvailable();
		if (queue == null) {
			try {
				compose.accept(contextFor(chatId, userId, lang));
				return true;
			}
			catch (RuntimeException ex) {
				log.warn("A notice to chat {} was not sent: {}", chatId, ex.getMessage());
				return false;
			}
		}
		if (!queue.reachable(userId)) {
			return false;
		}
		Recording recording = new Recording(this.services.sender());
		compose.accept(new BotContext(update(chatId, userId, lang), Caller.member(lang, Optional.empty()),
				new BotContext.Services(recording, this.services.messages(), this.services.codec(),
						this.services.conversations())));
		if (recording.parts.isEmpty()) {
			return false;
		}
		return queue.post(new Outgoing(chatId, userId, tag, recording.parts));
	}

	/** A context to write a message to a person outside any update of theirs. */
	public BotContext contextFor(long chatId, long userId, Lang lang) {
		return new BotContext(update(chatId, userId, lang), Caller.member(lang, Optional.empty()), this.services);
	}

	private static UpdateContext update(long chatId, long userId, Lang lang) {
		Person person = new Person(userId, "", "", "", lang.code());
		return new UpdateContext(-1, chatId, person, new Incoming.Other("notice"));
	}

	/** A sender that writes down what would be sent, for the outbox. */
	private static final class Recording implements Sender {

		private final List<Outgoing.Part> parts = new ArrayList<>();

		private final Sender real;

		Recording(Sender real) {
			this.real = real;
		}

		@Override
		public int send(long chatId, Reply reply) {
			this.parts.add(new Outgoing.Text(reply));
			return 0;
		}

		@Override
		public void edit(long chatId, int messageId, Reply reply) {
			send(chatId, reply);
		}

		@Override
		public void answerCallback(String queryId, String notice) {
			// a notice answers no button
		}

		@Override
		public void sendDocument(long chatId, String fileName, byte[] content, String caption) {
			this.parts.add(new Outgoing.Document(fileName, content.clone(), caption));
		}

		@Override
		public void sendPhotos(long chatId, List<String> fileIds, String caption) {
			this.parts.add(new Outgoing.Photos(fileIds, caption));
		}

		@Override
		public byte[] download(String fileId) {
			return this.real.download(fileId);
		}

		@Override
		public String botUsername() {
			return this.real.botUsername();
		}

	}

}
