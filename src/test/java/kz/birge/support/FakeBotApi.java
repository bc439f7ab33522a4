package kz.birge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

/**
 * A fake Telegram Bot API server on loopback for end-to-end tests: the real TelegramBots
 * client talks to it over HTTP, the test feeds updates in and checks what the bot sent.
 * It enforces Telegram's limits and answers mistakes the way Telegram does, recording
 * them in {@link #errors()}. All methods are thread-safe.
 *
 * <pre>{@code
 * FakeBotApi api = FakeBotApi.start("123:TEST");  // point the bot at api.url()
 * api.enqueue(Updates.text(alice, "/start"));
 * SentMessage reply = api.awaitNewMessage(alice.id());
 * api.enqueue(Updates.callback(alice, reply.messageId(), reply.callbackData("Yes").orElseThrow()));
 * }</pre>
 */
public final class FakeBotApi implements AutoCloseable {

	/** The bot's user id, as getMe answers. */
	public static final long BOT_ID = 7000000001L;

	/** The bot's username, as getMe answers. */
	public static final String BOT_USERNAME = "birge_test_bot";

	/** The bot's first name, as getMe answers. */
	public static final String BOT_FIRST_NAME = "Birge";

	private static final Duration QUIET_PERIOD = Duration.ofMillis(300);

	static {
		// The JDK's server writes an answer's headers and body apart; with Nagle's
		// algorithm on, the client's delayed ACK then holds every answer ~40 ms.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private static final int THREADS = 8;

	private final Object lock = new Object();

	private final String token;

	private final BotState state = new BotState(this.lock);

	private final BotApiMethods methods = new BotApiMethods(this.state);

	private final CallLog log = new CallLog();

	/** Per chat, the id after which {@link #awaitNewMessage} looks. */
	private final Map<Long, Integer> cursors = new HashMap<>();

	private final ExecutorService executor;

	private final HttpServer server;

	private Duration awaitTimeout = Duration.ofSeconds(10);

	/** Messages a second Telegram takes before it answers 429; 0: no limit. */
	private int perSecond;

	/** When the messages of the last second came (System.nanoTime). */
	private final Deque<Long> recentMessages = new ArrayDeque<>();

	private int throttled;

	/** Told of every call the bot makes; {@code null}: nobody listens. */
	private CallListener listener;

	/** Whether calls, every message and answered callback queries are kept. */
	private boolean keepHistory = true;

	/** The chat of each callback query not answered yet, while someone listens. */
	private final Map<String, Long> queryChats = new HashMap<>();

	private FakeBotApi(String token) throws IOException {
		this.token = token;
		this.executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
		this.server.createContext("/", new BotApiHttpHandler(this));
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/** Starts a server for the bot with {@code token} on a free port of 127.0.0.1. */
	public static FakeBotApi start(String token) {
		try {
			return new FakeBotApi(token);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the fake Bot API", ex);
		}
	}

	/**
	 * The base URL, such as {@code http://127.0.0.1:40123}, to use instead of
	 * https://api.telegram.org.
	 */
	public String url() {
		return "http://127.0.0.1:" + port();
	}

	/** The port the server listens on. */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/** The bot token the server accepts; others get 401 Unauthorized. */
	public String token() {
		return this.token;
	}

	/**
	 * Caps how long getUpdates waits for updates (1 s by default), whatever timeout the
	 * bot asks for.
	 */
	public void setLongPollLimit(Duration limit) {
		synchronized (this.lock) {
			this.state.longPollLimit = limit;
		}
	}

	/** Changes how long the {@code await} methods wait (10 s by default). */
	public void setAwaitTimeout(Duration timeout) {
		synchronized (this.lock) {
			this.awaitTimeout = timeout;
		}
	}

	// ------------------------------------------------------------------ benchmarks

	/**
	 * Told of each call the bot makes, as the fake answers it (getUpdates as it arrives,
	 * before its long poll), under the fake's lock, so it must be quick: for a benchmark
	 * that times the bot's answers without polling the chats.
	 */
	@FunctionalInterface
	public interface CallListener {

		/**
		 * One call answered.
		 * @param method the documented method name (getUpdates, sendMessage...)
		 * @param chatId the chat it was about: its chat_id, for answerCallbackQuery the
		 * chat of the tapped message; 0 when none
		 * @param messageId the id of the message sent, for sending methods; 0 otherwise
		 * @param callbackQueryId the query answered, for answerCallbackQuery; otherwise
		 * {@code null}
		 * @param ok whether the fake answered with success
		 */
		void called(String method, long chatId, int messageId, String callbackQueryId, boolean ok);

	}

	/** Tells {@code listener} of every call from now on; {@code null} stops telling. */
	public void listen(CallListener listener) {
		synchronized (this.lock) {
			this.listener = listener;
			this.queryChats.clear();
		}
	}

	/**
	 * With {@code false}, for long benchmarks: calls are not recorded ({@link #calls}
	 * stays empty, refused ones still go to {@link #errors}), each chat keeps only its
	 * last 20 messages, and answered callback queries are forgotten, so the fake's memory
	 * stays flat however long the bot runs. On by default.
	 */
	public void keepHistory(boolean keep) {
		synchronized (this.lock) {
			this.keepHistory = keep;
			this.state.chats.keepAll(keep);
		}
	}

	// ------------------------------------------------------------------ updates

	/**
	 * Queues an update for the bot under the next update_id and returns that id. A
	 * callback query about a message the bot sent carries that message as it is now. Also
	 * marks the update's chat for {@link #awaitNewMessage}.
	 */
	public long enqueue(ObjectNode updateWithoutId) {
		synchronized (this.lock) {
			ObjectNode update = withCurrentCallbackMessage(updateWithoutId);
			long id = this.state.updates.add(update);
			noteDelivery(update);
			this.lock.notifyAll();
			return id;
		}
	}

	/**
	 * Queues an update exactly as given, with its own update_id; later {@link #enqueue}
	 * ids continue above it. The bot only sees it if its next offset is not above that
	 * id, as after a restart.
	 */
	public void enqueueRaw(ObjectNode updateWithId) {
		synchronized (this.lock) {
			this.state.updates.addRaw(updateWithId);
			noteDelivery(updateWithId);
			this.lock.notifyAll();
		}
	}

	// ------------------------------------------------------------------ what the bot did

	/**
	 * Every request the bot made, oldest first, including getUpdates polls and file
	 * downloads.
	 */
	public List<ApiCall> calls() {
		synchronized (this.lock) {
			return this.log.calls();
		}
	}

	/**
	 * The requests of one method, matched case-insensitively (sendMessage,
	 * sendDocument...).
	 */
	public List<ApiCall> calls(String method) {
		synchronized (this.lock) {
			return this.log.calls(method);
		}
	}

	/** The requests refused because the bot got something wrong, oldest first. */
	public List<ApiError> errors() {
		synchronized (this.lock) {
			return this.log.errors();
		}
	}

	/** Fails with the list of refused requests unless there were none. */
	public void assertNoErrors() {
		List<ApiError> refused = errors();
		if (!refused.isEmpty()) {
			String count = refused.size() + " request(s)";
			throw new AssertionError("The fake Bot API refused " + count + ":\n" + CallLog.lines(refused));
		}
	}

	/**
	 * The messages the bot sent to a chat, in send order, as they look now (edited, not
	 * deleted).
	 */
	public List<SentMessage> messagesTo(long chatId) {
		synchronized (this.lock) {
			return this.state.chats.messages(chatId);
		}
	}

	/**
	 * The albums the bot sent to a chat with sendMediaGroup, in send order, each a list
	 * of its photos (the caption is on the first).
	 */
	public List<List<SentMessage>> albumsTo(long chatId) {
		synchronized (this.lock) {
			return this.state.chats.albums(chatId);
		}
	}

	/** A message the bot sent, as it looks now; empty once deleted. */
	public Optional<SentMessage> message(long chatId, int messageId) {
		synchronized (this.lock) {
			return this.state.chats.find(chatId, messageId).map(StoredMessage::snapshot);
		}
	}

	/**
	 * The commands (name to description) set for all chats and {@code languageCode}
	 * ({@code null}: no language).
	 */
	public Map<String, String> myCommands(String languageCode) {
		return myCommands("default", languageCode);
	}

	/**
	 * The commands set for a scope, written as its type plus any ids: {@code default},
	 * {@code all_private_chats}, {@code chat:42}, {@code chat_member:42:7}.
	 */
	public Map<String, String> myCommands(String scope, String languageCode) {
		synchronized (this.lock) {
			ArrayNode commands = this.state.commands.get(BotState.commandsKey(scope, languageCode));
			Map<String, String> byName = new LinkedHashMap<>();
			if (commands != null) {
				commands.forEach((c) -> byName.put(c.path("command").asText(), c.path("description").asText()));
			}
			return byName;
		}
	}

	/** The webhook URL the bot set with setWebhook; empty without one. */
	public Optional<String> webhookUrl() {
		synchronized (this.lock) {
			return Optional.ofNullable(this.state.webhookUrl);
		}
	}

	/** The secret token the bot set with its webhook; empty without one. */
	public Optional<String> webhookSecret() {
		synchronized (this.lock) {
			return Optional.ofNullable(this.state.webhookSecret);
		}
	}

	/**
	 * Ids of callback queries delivered to the bot that it has not answered (the button
	 * still spins).
	 */
	public List<String> unansweredCallbackQueries() {
		synchronized (this.lock) {
			return this.state.callbackQueries.entrySet()
				.stream()
				.filter((entry) -> !entry.getValue())
				.map(Map.Entry::getKey)
				.toList();
		}
	}

	// ------------------------------------------------------------------ waiting

	/**
	 * Marks the chat's current last message: {@link #awaitNewMessage} and
	 * {@link #awaitMessageAfter} look after it. Returns that message's id (0 before any).
	 */
	public int mark(long chatId) {
		synchronized (this.lock) {
			int last = this.state.chats.lastId(chatId);
			this.cursors.put(chatId, last);
			return last;
		}
	}

	/**
	 * Waits for a message in the chat (sent or edited into shape) that matches
	 * {@code condition}.
	 */
	public SentMessage awaitMessage(long chatId, Predicate<SentMessage> condition) {
		return awaitMatching("Chat " + chatId + " got no matching message", chatId, 0, condition);
	}

	/**
	 * Waits for a message sent after {@code mark} (see {@link #mark}) that matches
	 * {@code condition}.
	 */
	public SentMessage awaitMessageAfter(long chatId, int mark, Predicate<SentMessage> condition) {
		return awaitMatching("Chat " + chatId + " got no matching message after #" + mark, chatId, mark, condition);
	}

	private SentMessage awaitMatching(String failure, long chatId, int mark, Predicate<SentMessage> condition) {
		return await(failure,
				() -> messagesTo(chatId).stream().filter((m) -> m.messageId() > mark && condition.test(m)).findFirst(),
				() -> describeChat(chatId));
	}

	/**
	 * Waits for the next message to the chat after the last mark, which {@link #mark} and
	 * {@link #enqueue} of an update in that chat set. Each call moves on by one message,
	 * so two calls return the two replies to one update.
	 */
	public SentMessage awaitNewMessage(long chatId) {
		return await("Chat " + chatId + " got no new message", () -> {
			int cursor = this.cursors.getOrDefault(chatId, 0);
			Optional<SentMessage> next = messagesTo(chatId).stream().filter((m) -> m.messageId() > cursor).findFirst();
			next.ifPresent((m) -> this.cursors.put(chatId, m.messageId()));
			return next;
		}, () -> describeChat(chatId));
	}

	/**
	 * Waits until the bot has called {@code method} at least {@code count} times in all.
	 */
	public void awaitCalls(String method, int count) {
		await("The bot did not call " + method + " " + count + " time(s)",
				() -> (calls(method).size() >= count) ? Optional.of(true) : Optional.empty(), this.log::describeCalls);
	}

	/**
	 * Waits until the bot has fetched every queued update and then made no call for 300
	 * ms: it has done what the updates asked for.
	 */
	public void awaitIdle() {
		await("The bot did not become idle", () -> {
			boolean idle = this.log.quietFor(QUIET_PERIOD) && !this.state.updates.hasUndelivered();
			return idle ? Optional.of(true) : Optional.empty();
		}, () -> this.state.updates.undeliveredCount() + " update(s) not fetched yet.\n" + this.log.describeCalls());
	}

	// ------------------------------------------------------------------ set-up

	/**
	 * Stores a file as if a person had sent it and returns its file_id, for
	 * {@link Updates#document}; getFile and the download URL then serve these bytes.
	 */
	public String registerFile(byte[] bytes, String fileName) {
		String mimeType = Optional.ofNullable(URLConnection.guessContentTypeFromName(fileName))
			.orElse("application/octet-stream");
		synchronized (this.lock) {
			return this.state.files.add(new UploadedFile(fileName, mimeType, bytes), "documents").fileId();
		}
	}

	/**
	 * Makes the next call of {@code method} fail with this error code and description.
	 */
	public void failNext(String method, int errorCode, String description) {
		queueFailure(method, new ApiFailure(errorCode, description, null));
	}

	/**
	 * Makes the next call of {@code method} fail with 429 Too Many Requests and this
	 * retry_after.
	 */
	public void throttleNext(String method, int retryAfterSeconds) {
		queueFailure(method,
				new ApiFailure(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds));
	}

	/**
	 * The person in this private chat blocked the bot: sending there answers 403
	 * Forbidden.
	 */
	public void block(long chatId) {
		synchronized (this.lock) {
			this.state.blockedChats.add(chatId);
		}
	}

	/**
	 * The person in this private chat unblocked the bot: sending there works again.
	 */
	public void unblock(long chatId) {
		synchronized (this.lock) {
			this.state.blockedChats.remove(chatId);
		}
	}

	/**
	 * Answers 429 Too Many Requests (retry_after 1), as Telegram does, to every message
	 * (a send or an edit) past {@code messagesPerSecond} in any second; 0 turns it off.
	 */
	public void limitRate(int messagesPerSecond) {
		synchronized (this.lock) {
			this.perSecond = messagesPerSecond;
			this.recentMessages.clear();
		}
	}

	/** How many messages were answered 429 because they came too fast. */
	public int throttledCount() {
		synchronized (this.lock) {
			return this.throttled;
		}
	}

	/**
	 * Forgets updates, messages, files, commands, calls, errors and planned failures; the
	 * port stays.
	 */
	public void reset() {
		synchronized (this.lock) {
			this.state.clear();
			this.log.clear();
			this.cursors.clear();
			this.recentMessages.clear();
			this.throttled = 0;
			this.queryChats.clear();
			this.lock.notifyAll();
		}
	}

	@Override
	public void close() {
		synchronized (this.lock) {
			this.state.updates.close();
		}
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	/** Keyboard helper: same as {@link SentMessage#callbackButtons()}. */
	public static List<String> callbackButtons(SentMessage message) {
		return message.callbackButtons();
	}

	/** Keyboard helper: same as {@link SentMessage#callbackData(String)}. */
	public static Optional<String> callbackData(SentMessage message, String buttonTextContains) {
		return message.callbackData(buttonTextContains);
	}

	/** Keyboard helper: same as {@link SentMessage#replyButtons()}. */
	public static List<String> replyButtons(SentMessage message) {
		return message.replyButtons();
	}

	// ------------------------------------------------------------------ serving requests

	/**
	 * Answers one Bot API request: records it, then runs it or a failure the test
	 * planned.
	 */
	ObjectNode handle(String requestToken, ApiRequest request) throws InterruptedException {
		String method = this.methods.documentedName(request.method());
		synchronized (this.lock) {
			if (this.keepHistory) {
				this.log.add(new ApiCall(method, request.params().deepCopy(), request.anyFile(), Instant.now()));
			}
			boolean poll = method.equals("getUpdates");
			if (poll && this.listener != null) {
				// told as it arrives: its answer may wait out the long poll
				this.listener.called(method, 0, 0, null, true);
			}
			ObjectNode answered = null;
			try {
				if (!this.token.equals(requestToken)) {
					throw new ApiFailure(401, "Unauthorized", null);
				}
				ApiFailure planned = this.log.nextPlanned(method);
				if (planned != null) {
					answered = planned.toJson();
					return answered;
				}
				if (tooFast(method)) {
					this.throttled++;
					answered = new ApiFailure(429, "Too Many Requests: retry after 1", 1).toJson();
					return answered;
				}
				JsonNode result = this.methods.call(request);
				if (poll && !result.isEmpty()) {
					this.log.touch();
				}
				answered = Json.object().put("ok", true);
				answered.set("result", result);
				return answered;
			}
			catch (ApiFailure failure) {
				answered = this.log.refuse(method, request.params(), failure);
				return answered;
			}
			finally {
				if (!poll) {
					this.log.touch();
				}
				if (!poll) {
					tell(method, request, answered);
				}
				if (!this.keepHistory && method.equals("answerCallbackQuery")) {
					this.state.callbackQueries.remove(request.text("callback_query_id"));
				}
				this.lock.notifyAll();
			}
		}
	}

	/** Tells the listener, if any, of a call answered. Callers hold the lock. */
	private void tell(String method, ApiRequest request, ObjectNode answer) {
		if (this.listener == null || answer == null) {
			return;
		}
		boolean ok = answer.path("ok").asBoolean();
		String queryId = null;
		long chatId;
		if (method.equals("answerCallbackQuery")) {
			queryId = request.text("callback_query_id");
			Long chat = this.queryChats.remove(queryId);
			chatId = (chat != null) ? chat : 0;
		}
		else {
			try {
				chatId = request.optionalLong("chat_id", 0);
			}
			catch (ApiFailure notANumber) {
				chatId = 0;
			}
		}
		int messageId = ok ? answer.path("result").path("message_id").asInt(0) : 0;
		this.listener.called(method, chatId, messageId, queryId, ok);
	}

	/** Answers a request whose body could not be read. */
	ObjectNode refuse(String method, ApiFailure failure) {
		String documented = this.methods.documentedName(method);
		synchronized (this.lock) {
			this.log.add(new ApiCall(documented, Json.object(), Optional.empty(), Instant.now()));
			this.log.touch();
			this.lock.notifyAll();
			return this.log.refuse(documented, Json.object(), failure);
		}
	}

	/** Serves a file download; empty (a 404) for a wrong token or an unknown path. */
	Optional<UploadedFile> download(String requestToken, String path) {
		synchronized (this.lock) {
			ObjectNode params = Json.object().put("file_path", path);
			this.log.add(new ApiCall("downloadFile", params, Optional.empty(), Instant.now()));
			this.log.touch();
			this.lock.notifyAll();
			Optional<UploadedFile> file = this.token.equals(requestToken)
					? this.state.files.atPath(path).map(FileStore.StoredFile::content) : Optional.empty();
			if (file.isEmpty()) {
				this.log.refuse("downloadFile", params, ApiFailure.notFound());
			}
			return file;
		}
	}

	/**
	 * Whether this message comes past the limit of the last second; one that does not
	 * counts towards it. Callers hold the lock.
	 */
	private boolean tooFast(String method) {
		if (this.perSecond <= 0 || !(method.startsWith("send") || method.startsWith("edit"))
				|| method.equals("sendChatAction")) {
			return false;
		}
		long now = System.nanoTime();
		long second = TimeUnit.SECONDS.toNanos(1);
		while (!this.recentMessages.isEmpty() && now - this.recentMessages.peekFirst() >= second) {
			this.recentMessages.removeFirst();
		}
		if (this.recentMessages.size() >= this.perSecond) {
			return true;
		}
		this.recentMessages.addLast(now);
		return false;
	}

	private void queueFailure(String method, ApiFailure failure) {
		synchronized (this.lock) {
			this.log.plan(this.methods.documentedName(method), failure);
		}
	}

	/**
	 * Notes what an update brings: a chat to mark for awaitNewMessage, a callback query
	 * to answer.
	 */
	private void noteDelivery(ObjectNode update) {
		chatOf(update).ifPresent((chatId) -> this.cursors.put(chatId, this.state.chats.lastId(chatId)));
		JsonNode queryId = update.path("callback_query").get("id");
		if (queryId != null) {
			this.state.callbackQueries.putIfAbsent(queryId.asText(), false);
			if (this.listener != null) {
				long chatId = update.path("callback_query").path("message").path("chat").path("id").asLong();
				this.queryChats.put(queryId.asText(), chatId);
			}
		}
	}

	private ObjectNode withCurrentCallbackMessage(ObjectNode update) {
		ObjectNode copy = update.deepCopy();
		JsonNode query = copy.get("callback_query");
		if (query instanceof ObjectNode callback && callback.path("message").isObject()) {
			JsonNode message = callback.get("message");
			this.state.chats.find(message.path("chat").path("id").asLong(), message.path("message_id").asInt())
				.ifPresent((sent) -> callback.set("message", sent.toJson()));
		}
		return copy;
	}

	/** The chat an update happens in, whatever its type. */
	private static OptionalLong chatOf(ObjectNode update) {
		for (Map.Entry<String, JsonNode> field : update.properties()) {
			JsonNode payload = field.getValue();
			JsonNode chat = payload.has("chat") ? payload.get("chat") : payload.path("message").path("chat");
			if (chat.has("id")) {
				return OptionalLong.of(chat.get("id").asLong());
			}
		}
		return OptionalLong.empty();
	}

	private <T> T await(String failure, Supplier<Optional<T>> probe, Supplier<String> report) {
		synchronized (this.lock) {
			long deadline = System.nanoTime() + this.awaitTimeout.toNanos();
			while (true) {
				Optional<T> result = probe.get();
				if (result.isPresent()) {
					return result.get();
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					String within = " within " + this.awaitTimeout.toMillis() + " ms.\n";
					throw new AssertionError(failure + within + report.get() + this.log.describeErrors());
				}
				try {
					// Wake up now and then: idleness depends on time passing, not only on
					// new calls.
					this.lock.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 50)));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new AssertionError("Interrupted: " + failure, ex);
				}
			}
		}
	}

	private String describeChat(long chatId) {
		List<SentMessage> messages = messagesTo(chatId);
		if (messages.isEmpty()) {
			return "The bot sent nothing to chat " + chatId + ".\n";
		}
		return "Chat " + chatId + " has:\n" + CallLog.lines(messages.stream().map(SentMessage::describe).toList());
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, "fake-bot-api-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
