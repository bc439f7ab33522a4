package kz.birge.bench.load;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The ceiling Birge is held against: a bare TelegramBots bot that long-polls with the
 * library's own application and answers each update with one call of the library's
 * client, a text with the same text and a tap with answerCallbackQuery. Updates are
 * handled on as many threads as Birge's workers, so both bots may answer chats in
 * parallel. Editing, it answers a tap as Birge does, with two calls: the tapped message
 * edited (to the button's data), then answerCallbackQuery; what is left between it and
 * Birge is Birge's own work.
 */
final class EchoBot implements LongPollingUpdateConsumer {

	private final ScheduledExecutorService polling = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "echo-polling");
		thread.setDaemon(true);
		return thread;
	});

	private final TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(
			ObjectMapper::new, OkHttpClient::new, () -> this.polling);

	private final OkHttpTelegramClient client;

	private final ExecutorService workers;

	private final AtomicInteger failures = new AtomicInteger();

	private final boolean editing;

	EchoBot(String apiUrl, String token, int threads, boolean editing) throws TelegramApiException {
		this.editing = editing;
		URI uri = URI.create(apiUrl);
		TelegramUrl url = new TelegramUrl(uri.getScheme(), uri.getHost(), uri.getPort(), false);
		this.client = new OkHttpTelegramClient(new ObjectMapper(), new OkHttpClient(), token, url);
		AtomicInteger count = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(threads, (runnable) -> {
			Thread thread = new Thread(runnable, "echo-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.application.registerBot(token, () -> url,
				new DefaultGetUpdatesGenerator(List.of("message", "callback_query")), this);
	}

	@Override
	public void consume(List<Update> updates) {
		updates.forEach((update) -> this.workers.execute(() -> answer(update)));
	}

	private void answer(Update update) {
		try {
			if (update.hasMessage() && update.getMessage().hasText()) {
				this.client.execute(new SendMessage(String.valueOf(update.getMessage().getChatId()),
						update.getMessage().getText()));
			}
			else if (update.hasCallbackQuery()) {
				CallbackQuery tap = update.getCallbackQuery();
				if (this.editing) {
					this.client.execute(EditMessageText.builder()
						.chatId(tap.getMessage().getChatId())
						.messageId(tap.getMessage().getMessageId())
						.text(tap.getData())
						.build());
				}
				this.client.execute(new AnswerCallbackQuery(tap.getId()));
			}
		}
		catch (TelegramApiException ex) {
			this.failures.incrementAndGet();
		}
	}

	int failures() {
		return this.failures.get();
	}

	/**
	 * Stops polling and answering. Not {@code close()}: the library closes a consumer
	 * that is AutoCloseable when its session closes, which would come back here.
	 */
	void stop() throws Exception {
		this.application.close();
		this.polling.shutdownNow();
		this.workers.shutdown();
		this.workers.awaitTermination(5, TimeUnit.SECONDS);
	}

}
