package kz.birge.telegram;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import kz.birge.bot.Button;
import kz.birge.bot.ChatBlocked;
import kz.birge.bot.FileTooLargeException;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Reply;
import kz.birge.bot.RetryLater;
import kz.birge.bot.SendException;
import kz.birge.bot.Sender;
import kz.birge.outbound.SendLimits;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaGroup;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@link Sender} over the TelegramBots client. Every message keeps to Telegram's overall
 * rate ({@link SendLimits}); a 429 pauses every sender of the process for its
 * {@code retry_after}, after which an answer is tried again and a queued message is put
 * back ({@link RetryLater}); a 403 surfaces as {@link ChatBlocked}. A document is built
 * anew for each attempt, so a retry uploads the whole file. "Message is not modified"
 * counts as done.
 */
final class TelegramSender implements Sender {

	private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

	private static final int ATTEMPTS = 3;

	private final OkHttpTelegramClient client;

	private final OkHttpClient http;

	private final TelegramProperties properties;

	private final SendLimits limits;

	private final MeterRegistry registry;

	private final boolean background;

	private final Counter sent;

	private volatile TelegramSender backgroundView;

	private volatile String username;

	TelegramSender(OkHttpTelegramClient client, OkHttpClient http, TelegramProperties properties, SendLimits limits,
			MeterRegistry registry) {
		this(client, http, properties, limits, registry, false);
	}

	private TelegramSender(OkHttpTelegramClient client, OkHttpClient http, TelegramProperties properties,
			SendLimits limits, MeterRegistry registry, boolean background) {
		this.client = client;
		this.http = http;
		this.properties = properties;
		this.limits = limits;
		this.registry = registry;
		this.background = background;
		this.sent = Counter.builder("birge.messages.sent")
			.description("Messages Telegram took from the bot")
			.tag("via", background ? "queue" : "reply")
			.register(registry);
	}

	@Override
	public Sender background() {
		if (this.background) {
			return this;
		}
		if (this.backgroundView == null) {
			this.backgroundView = new TelegramSender(this.client, this.http, this.properties, this.limits,
					this.registry, true);
		}
		return this.backgroundView;
	}

	@Override
	public int send(long chatId, Reply reply) {
		SendMessage message = SendMessage.builder()
			.chatId(chatId)
			.text(reply.text())
			.replyMarkup(markup(reply.keyboard()))
			.build();
		return message("sendMessage", chatId, () -> this.client.execute(message).getMessageId());
	}

	@Override
	public void edit(long chatId, int messageId, Reply reply) {
		InlineKeyboardMarkup markup = (reply.keyboard() instanceof Keyboard.Inline inline) ? inline(inline)
				: InlineKeyboardMarkup.builder().keyboard(List.of()).build();
		EditMessageText edit = EditMessageText.builder()
			.chatId(chatId)
			.messageId(messageId)
			.text(reply.text())
			.replyMarkup(markup)
			.build();
		message("editMessageText", chatId, () -> {
			try {
				return this.client.execute(edit);
			}
			catch (TelegramApiRequestException ex) {
				if (ex.getApiResponse() != null && ex.getApiResponse().contains("message is not modified")) {
					return null;
				}
				throw ex;
			}
		});
	}

	@Override
	public void answerCallback(String queryId, String notice) {
		AnswerCallbackQuery answer = AnswerCallbackQuery.builder()
			.callbackQueryId(queryId)
			.text(notice.isEmpty() ? null : notice)
			.build();
		call("answerCallbackQuery", 0, false, () -> this.client.execute(answer));
	}

	@Override
	public void sendDocument(long chatId, String fileName, byte[] content, String caption) {
		byte[] whole = content.clone();
		// a stream is read once: each attempt gets a fresh one over the same bytes
		message("sendDocument", chatId,
				() -> this.client.execute(SendDocument.builder()
					.chatId(chatId)
					.document(new InputFile(new ByteArrayInputStream(whole), fileName))
					.caption(caption.isEmpty() ? null : caption)
					.build()));
	}

	@Override
	public void sendPhotos(long chatId, List<String> fileIds, String caption) {
		for (int from = 0; from < fileIds.size(); from += ALBUM) {
			List<String> album = fileIds.subList(from, Math.min(fileIds.size(), from + ALBUM));
			String under = (from == 0 && !caption.isEmpty()) ? caption : null;
			if (album.size() == 1) {
				SendPhoto photo = SendPhoto.builder()
					.chatId(chatId)
					.photo(new InputFile(album.get(0)))
					.caption(under)
					.build();
				message("sendPhoto", chatId, () -> this.client.execute(photo));
				continue;
			}
			List<InputMediaPhoto> media = new ArrayList<>();
			for (int i = 0; i < album.size(); i++) {
				InputMediaPhoto photo = new InputMediaPhoto(album.get(i));
				if (i == 0 && under != null) {
					photo.setCaption(under);
				}
				media.add(photo);
			}
			SendMediaGroup group = SendMediaGroup.builder().chatId(chatId).medias(media).build();
			message("sendMediaGroup", chatId, () -> this.client.execute(group));
		}
	}

	@Override
	public byte[] download(String fileId) {
		String path = call("getFile", 0, false, () -> this.client.execute(new GetFile(fileId)).getFilePath());
		Request request = new Request.Builder().url(this.properties.fileBase() + path).get().build();
		try (Response response = this.http.newCall(request).execute(); ResponseBody body = response.body()) {
			if (!response.isSuccessful() || body == null) {
				throw new SendException("File download answered " + response.code(), null);
			}
			return body.bytes();
		}
		catch (IOException ex) {
			throw new SendException("File download failed", ex);
		}
	}

	@Override
	public byte[] download(String fileId, long maxBytes) {
		String path = call("getFile", 0, false, () -> this.client.execute(new GetFile(fileId)).getFilePath());
		Request request = new Request.Builder().url(this.properties.fileBase() + path).get().build();
		try (Response response = this.http.newCall(request).execute(); ResponseBody body = response.body()) {
			if (!response.isSuccessful() || body == null) {
				throw new SendException("File download answered " + response.code(), null);
			}
			if (body.contentLength() > maxBytes) {
				throw new FileTooLargeException("File download declares " + body.contentLength() + " bytes");
			}
			return readAtMost(body.byteStream(), maxBytes);
		}
		catch (IOException ex) {
			throw new SendException("File download failed", ex);
		}
	}

	/** The stream's bytes, refused as soon as there are more than {@code maxBytes}. */
	static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long total = 0;
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			total += read;
			if (total > maxBytes) {
				throw new FileTooLargeException("File download passed " + maxBytes + " bytes");
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	@Override
	public String botUsername() {
		if (this.username == null) {
			this.username = call("getMe", 0, false, () -> this.client.execute(new GetMe()).getUserName());
		}
		return this.username;
	}

	void setCommands(SetMyCommands commands) {
		call("setMyCommands", 0, false, () -> this.client.execute(commands));
	}

	void setWebhook(SetWebhook webhook) {
		call("setWebhook", 0, false, () -> this.client.execute(webhook));
	}

	/** A call that sends a message to a chat: it takes a slot of Telegram's rate. */
	private <T> T message(String method, long chatId, TelegramCall<T> call) {
		T result = call(method, chatId, true, call);
		this.sent.increment();
		return result;
	}

	private <T> T call(String method, long chatId, boolean message, TelegramCall<T> call) {
		for (int attempt = 1;; attempt++) {
			waitForTurn(method, message);
			try {
				return call.run();
			}
			catch (TelegramApiRequestException ex) {
				int code = (ex.getErrorCode() != null) ? ex.getErrorCode() : 0;
				if (code == 429) {
					Integer retryAfter = (ex.getParameters() != null) ? ex.getParameters().getRetryAfter() : null;
					Duration pause = Duration.ofSeconds((retryAfter != null) ? Math.max(1, retryAfter) : 1);
					this.registry.counter("birge.telegram.429").increment();
					this.limits.pause(pause);
					log.info("Telegram asks every sender to wait {} s ({})", pause.toSeconds(), method);
					if (this.background) {
						throw new RetryLater(pause, method + " throttled", ex);
					}
					if (attempt < ATTEMPTS && pause.compareTo(this.limits.longestWait()) <= 0) {
						continue;
					}
				}
				if (code == 403 && chatId != 0) {
					this.registry.counter("birge.telegram.403").increment();
					throw new ChatBlocked(chatId, method + " refused: " + ex.getApiResponse(), ex);
				}
				throw new SendException(method + " refused: " + ex.getApiResponse(), ex);
			}
			catch (TelegramApiException ex) {
				throw new SendException(method + " failed", ex);
			}
		}
	}

	/**
	 * Waits while every sender is paused, and for a slot when this is a message; a queued
	 * message is told to come back later rather than wait long.
	 */
	private void waitForTurn(String method, boolean message) {
		try {
			Duration later = message ? this.limits.acquire(this.background) : this.limits.awaitPause(this.background);
			if (!later.isZero()) {
				throw new RetryLater(later, method + " waits for Telegram's pause", null);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SendException("Interrupted while waiting for Telegram", ex);
		}
	}

	private static ReplyKeyboard markup(Keyboard keyboard) {
		if (keyboard instanceof Keyboard.Inline inline) {
			return inline(inline);
		}
		if (keyboard instanceof Keyboard.Reply reply) {
			List<KeyboardRow> rows = new ArrayList<>();
			if (!reply.contactButton().isEmpty()) {
				rows.add(new KeyboardRow(
						List.of(KeyboardButton.builder().text(reply.contactButton()).requestContact(true).build())));
			}
			reply.rows().forEach((row) -> rows.add(new KeyboardRow(row.stream().map(KeyboardButton::new).toList())));
			return ReplyKeyboardMarkup.builder().keyboard(rows).resizeKeyboard(true).oneTimeKeyboard(true).build();
		}
		if (keyboard instanceof Keyboard.Remove) {
			return ReplyKeyboardRemove.builder().removeKeyboard(true).build();
		}
		return null;
	}

	private static InlineKeyboardMarkup inline(Keyboard.Inline keyboard) {
		List<InlineKeyboardRow> rows = keyboard.rows()
			.stream()
			.map((row) -> new InlineKeyboardRow(row.stream().map(TelegramSender::button).toList()))
			.toList();
		return InlineKeyboardMarkup.builder().keyboard(rows).build();
	}

	private static InlineKeyboardButton button(Button button) {
		InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> builder = InlineKeyboardButton.builder()
			.text(button.text());
		return button.url().isEmpty() ? builder.callbackData(button.data()).build() : builder.url(button.url()).build();
	}

	@FunctionalInterface
	private interface TelegramCall<T> {

		T run() throws TelegramApiException;

	}

}
