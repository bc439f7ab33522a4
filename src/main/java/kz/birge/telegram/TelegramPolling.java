package kz.birge.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import kz.birge.bot.Access;
import kz.birge.bot.ChatLeases;
import kz.birge.bot.Lease;
import kz.birge.bot.Routes;
import kz.birge.bot.SendException;
import kz.birge.bot.StaffJoined;
import kz.birge.i18n.Lang;
import kz.birge.i18n.Messages;
import kz.birge.outbound.Reachability;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Updates from Telegram, by long polling through the library or, when
 * {@code birge.webhook.url} is set, posted to the {@link TelegramWebhook} endpoint:
 * either way they are handed through the {@link Intake} (counted, flood-limited) to a
 * {@link ChatExecutor} (chats in parallel, one chat in order), and the library's polling
 * thread never sees an exception. On shutdown it stops taking updates, finishes those in
 * flight, and only then lets the database close.
 * <p>
 * With several instances on one database ({@code birge.cluster.enabled}) and long
 * polling, one instance polls at a time, since Telegram refuses a second getUpdates
 * (409): the poller holds the role's lease ({@value #POLLER}, see {@link ChatLeases}),
 * renewed every third of a lease time; the others stand by and try to take it as often.
 * When the poller dies its lease runs out and a standby takes over within about one and a
 * third lease times; a poller that finds its lease gone stops polling. Webhook mode needs
 * no poller.
 */
@Component
class TelegramPolling implements SmartLifecycle, LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

	/**
	 * my_chat_member tells when a person blocks the bot (kicked) and unblocks it
	 * (member).
	 */
	private static final List<String> SERVED_UPDATES = List.of("message", "callback_query", "my_chat_member");

	private final TelegramProperties properties;

	private final Routes routes;

	private final TelegramSender sender;

	private final Messages messages;

	private final PollingHeartbeat heartbeat;

	private final Intake intake;

	private final Reachability reachability;

	private final WebhookProperties webhook;

	private final ChatLeases leases;

	/** The role's lease in {@link ChatLeases}: one instance polls. */
	static final String POLLER = "telegram-poller";

	/** How long a posted update waits for its chat's lease before it is answered. */
	private static final Duration POSTED_PATIENCE = Duration.ofSeconds(10);

	private volatile boolean running;

	private ScheduledExecutorService leadership;

	private volatile Lease polling;

	private ChatExecutor chats;

	private OkHttpClient pollingHttp;

	private ScheduledExecutorService pollingThread;

	private TelegramBotsLongPollingApplication application;

	TelegramPolling(TelegramProperties properties, Routes routes, TelegramSender sender, Messages messages,
			PollingHeartbeat heartbeat, Intake intake, Reachability reachability, WebhookProperties webhook,
			ChatLeases leases) {
		this.leases = leases;
		this.reachability = reachability;
		this.webhook = webhook;
		this.routes = routes;
		this.properties = properties;
		this.sender = sender;
		this.messages = messages;
		this.heartbeat = heartbeat;
		this.intake = intake;
	}

	@Override
	public void start() {
		String username = identify();
		registerCommands();
		this.chats = this.intake.executor(this.properties.workers());
		if (this.webhook.enabled()) {
			this.running = true;
			setWebhook();
			log.info("Birge takes updates posted to {} as @{}", this.webhook.url(), username);
			return;
		}
		this.running = true;
		if (!this.leases.enabled()) {
			startPolling();
			log.info("Birge is polling {} as @{}", this.properties.apiUrl(), username);
			return;
		}
		this.heartbeat.standBy(true);
		this.leadership = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "birge-poller-lease");
			thread.setDaemon(true);
			return thread;
		});
		long every = Math.max(100, this.leases.leaseTime().toMillis() / 3);
		this.leadership.scheduleWithFixedDelay(this::lead, 0, every, TimeUnit.MILLISECONDS);
		log.info("Birge as @{} polls {} while it holds the poller's lease", username, this.properties.apiUrl());
	}

	/**
	 * One round of the poller's lease: a standby tries to take it and starts polling; the
	 * poller renews it, and stops polling when it is no longer its own.
	 */
	private void lead() {
		try {
			Lease held = this.polling;
			if (held == null) {
				Optional<Lease> taken = this.leases.takeRole(POLLER);
				if (taken.isPresent()) {
					if (!this.running) {
						this.leases.releaseRole(taken.get());
						return;
					}
					try {
						startPolling();
					}
					catch (RuntimeException ex) {
						// another instance may poll instead
						this.leases.releaseRole(taken.get());
						throw ex;
					}
					this.polling = taken.get();
					this.heartbeat.standBy(false);
					log.info("This instance ({}) took the poller's lease and polls", this.leases.owner());
				}
			}
			else if (!this.leases.renewRole(held)) {
				log.warn("The poller's lease is no longer this instance's; polling stops");
				this.polling = null;
				stopPolling();
				this.heartbeat.standBy(true);
			}
		}
		catch (RuntimeException ex) {
			log.warn("The poller's lease could not be taken or renewed: {}", ex.getMessage());
		}
	}

	private void startPolling() {
		this.pollingHttp = new OkHttpClient.Builder().readTimeout(100, TimeUnit.SECONDS)
			.addInterceptor(this.heartbeat)
			.build();
		this.pollingThread = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "birge-polling");
			thread.setDaemon(true);
			return thread;
		});
		this.application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> this.pollingHttp,
				() -> this.pollingThread);
		try {
			this.application.registerBot(this.properties.token(), () -> TelegramConfig.telegramUrl(this.properties),
					new DefaultGetUpdatesGenerator(SERVED_UPDATES), this);
		}
		catch (TelegramApiException ex) {
			throw new IllegalStateException("Cannot start long polling at " + this.properties.apiUrl(), ex);
		}
	}

	/** Ends long polling, the call in flight too. */
	private void stopPolling() {
		TelegramBotsLongPollingApplication polling = this.application;
		if (polling == null) {
			return;
		}
		this.application = null;
		try {
			polling.close();
		}
		catch (Exception ex) {
			log.warn("Long polling did not close cleanly: {}", ex.getMessage());
		}
		abortLongPoll();
		this.pollingHttp.dispatcher().executorService().shutdown();
		this.pollingHttp.connectionPool().evictAll();
	}

	/**
	 * Tells Telegram where to post updates, with the secret it sends back in every post.
	 * Updates waiting at Telegram are kept: they arrive once the webhook is set.
	 */
	private void setWebhook() {
		try {
			this.sender.setWebhook(SetWebhook.builder()
				.url(this.webhook.url())
				.secretToken(this.webhook.secret())
				.allowedUpdates(SERVED_UPDATES)
				.build());
		}
		catch (SendException ex) {
			this.running = false;
			this.chats.shutdown(Duration.ZERO);
			throw new IllegalStateException(
					"setWebhook at " + this.properties.apiUrl() + " failed (" + ex.getMessage() + ")", ex);
		}
	}

	private String identify() {
		try {
			return this.sender.botUsername();
		}
		catch (SendException ex) {
			throw new IllegalStateException("getMe at " + this.properties.apiUrl() + " failed (" + ex.getMessage()
					+ "); check TELEGRAM_API_URL and TELEGRAM_BOT_TOKEN", ex);
		}
	}

	/**
	 * The command menu in Kazakh (also the default for other languages), Russian and
	 * English.
	 */
	private void registerCommands() {
		try {
			this.sender.setCommands(SetMyCommands.builder().commands(commands(Lang.KK)).build());
			for (Lang lang : Lang.values()) {
				this.sender
					.setCommands(SetMyCommands.builder().commands(commands(lang)).languageCode(lang.code()).build());
			}
		}
		catch (SendException ex) {
			log.warn("Could not register the command menu: {}", ex.getMessage());
		}
	}

	/** A teacher's or coordinator's chat gets a menu with their commands; best effort. */
	@EventListener
	void onStaff(StaffJoined staff) {
		try {
			this.sender.setCommands(SetMyCommands.builder()
				.commands(commands(staff.lang(), staff.standing()))
				.scope(new BotCommandScopeChat(String.valueOf(staff.chatId())))
				.build());
		}
		catch (SendException ex) {
			log.info("Could not set the staff menu of chat {}: {}", staff.chatId(), ex.getMessage());
		}
	}

	private List<BotCommand> commands(Lang lang) {
		return commands(lang, Access.ANYONE);
	}

	private List<BotCommand> commands(Lang lang, Access access) {
		return this.routes.menu(access)
			.stream()
			.map((command) -> new BotCommand(command, this.messages.get(lang, "command." + command)))
			.toList();
	}

	/**
	 * One update posted to the webhook; false when Birge is not taking updates (starting
	 * or stopping), so that Telegram delivers it again later.
	 */
	boolean take(Update update) {
		return queue(update, true);
	}

	@Override
	public void consume(List<Update> updates) {
		for (Update update : updates) {
			if (!queue(update, false)) {
				return;
			}
		}
	}

	/**
	 * Queues one update, the same way for long polling and the webhook; false when Birge
	 * no longer takes updates.
	 */
	private boolean queue(Update update, boolean posted) {
		if (!this.running) {
			return false;
		}
		try {
			if (update.hasMyChatMember()) {
				memberChanged(update.getMyChatMember());
			}
			else {
				author(update).ifPresent(this.reachability::back);
			}
			Optional<Long> chat = this.intake.take(update, this.chats);
			if (posted && chat.isPresent()) {
				// answered once the chat is this instance's: an update of the chat that
				// Telegram posts after this one, maybe to another instance, comes after
				// it
				this.chats.awaitLease(chat.get(), POSTED_PATIENCE);
			}
		}
		catch (RuntimeException ex) {
			// never let an exception reach the library: it would end the polling loop
			log.error("Update {} could not be queued", update.getUpdateId(), ex);
		}
		return true;
	}

	/**
	 * A person blocked the bot in their private chat, or unblocked it; handled in that
	 * chat's turn, since a block releases their seats.
	 */
	private void memberChanged(ChatMemberUpdated change) {
		if (!"private".equals(change.getChat().getType()) || change.getFrom() == null) {
			return;
		}
		long userId = change.getFrom().getId();
		long chatId = change.getChat().getId();
		String status = change.getNewChatMember().getStatus();
		if ("kicked".equals(status)) {
			this.chats.submit(chatId, () -> this.reachability.blocked(userId, chatId));
		}
		else if ("member".equals(status)) {
			this.chats.submit(chatId, () -> this.reachability.back(userId));
		}
	}

	/** Who wrote or tapped: someone who does that can be reached again. */
	private static Optional<Long> author(Update update) {
		if (update.hasMessage() && update.getMessage().getFrom() != null) {
			return Optional.of(update.getMessage().getFrom().getId());
		}
		if (update.hasCallbackQuery()) {
			return Optional.of(update.getCallbackQuery().getFrom().getId());
		}
		return Optional.empty();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.webhook.enabled()) {
			// webhook mode: Telegram keeps the updates posted while Birge is down
			this.chats.shutdown(Duration.ofSeconds(30));
			log.info("Birge stopped taking updates; updates in flight are done");
			return;
		}
		if (this.leadership != null) {
			this.leadership.shutdownNow();
			try {
				this.leadership.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		stopPolling();
		this.chats.shutdown(Duration.ofSeconds(30));
		Lease held = this.polling;
		if (held != null) {
			// a standby takes over at once instead of waiting out the lease
			this.polling = null;
			this.leases.releaseRole(held);
		}
		log.info("Birge stopped polling; updates in flight are done");
	}

	/**
	 * Ends the getUpdates call in flight instead of waiting out its long poll. The
	 * library logs that cancellation as an error, so its session logger is quiet while it
	 * happens.
	 */
	private void abortLongPoll() {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		String sessionLogger = BotSession.class.getName();
		LogLevel before = logging.getLoggerConfiguration(sessionLogger).getConfiguredLevel();
		logging.setLogLevel(sessionLogger, LogLevel.OFF);
		try {
			this.pollingThread.shutdownNow();
			this.pollingHttp.dispatcher().cancelAll();
			this.pollingThread.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			logging.setLogLevel(sessionLogger, before);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
