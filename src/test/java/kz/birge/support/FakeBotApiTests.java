package kz.birge.support;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaGroup;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Checks the fake Bot API over real HTTP with the TelegramBots client the bot uses. */
class FakeBotApiTests {

	private static final String TOKEN = "123456:TEST-fake-token";

	private static final long CHAT = 42;

	private static final MediaType JSON = MediaType.get("application/json");

	private static FakeBotApi api;

	private static OkHttpClient http;

	private static TelegramClient client;

	private final TgUser alice = Updates.user(CHAT, "Alice", "kk");

	@BeforeAll
	static void startServer() {
		api = FakeBotApi.start(TOKEN);
		http = new OkHttpClient();
		client = new OkHttpTelegramClient(http, TOKEN, telegramUrl());
	}

	@AfterAll
	static void stopServer() {
		api.close();
	}

	@BeforeEach
	void resetServer() {
		api.reset();
		api.setLongPollLimit(Duration.ofMillis(400));
	}

	@AfterEach
	void restoreTimeout() {
		api.setAwaitTimeout(Duration.ofSeconds(10));
	}

	@Test
	void getMeAnswersTheBotIdentity() throws Exception {
		User me = client.execute(new GetMe());

		assertThat(me.getId()).isEqualTo(FakeBotApi.BOT_ID);
		assertThat(me.getUserName()).isEqualTo("birge_test_bot");
		assertThat(me.getIsBot()).isTrue();
		assertThat(api.calls("getMe")).hasSize(1);
	}

	@Test
	void sentMessagesShowTheirStateAfterEdits() throws Exception {
		InlineKeyboardButton site = InlineKeyboardButton.builder().text("Site").url("https://example.org").build();
		Message sent = client.execute(SendMessage.builder()
			.chatId(CHAT)
			.text("Join the plan?")
			.replyMarkup(keyboard(callbackButton("Yes, join", "join:7"), site))
			.build());
		SentMessage shown = api.messagesTo(CHAT).get(0);

		assertThat(sent.getText()).isEqualTo("Join the plan?");
		assertThat(shown.messageId()).isEqualTo(sent.getMessageId());
		assertThat(shown.callbackButtons()).containsExactly("Yes, join");
		assertThat(FakeBotApi.callbackData(shown, "Yes")).contains("join:7");
		assertThat(shown.buttonUrl("Site")).contains("https://example.org");

		Serializable edited = client.execute(edit(sent.getMessageId(), "Joined"));

		assertThat(edited).isInstanceOfSatisfying(Message.class,
				(message) -> assertThat(message.getText()).isEqualTo("Joined"));
		assertThat(api.messagesTo(CHAT)).singleElement().satisfies((message) -> {
			assertThat(message.text()).isEqualTo("Joined");
			assertThat(message.replyMarkup()).as("an edit without reply_markup removes the keyboard").isNull();
		});

		client.execute(EditMessageReplyMarkup.builder()
			.chatId(CHAT)
			.messageId(sent.getMessageId())
			.replyMarkup(keyboard(callbackButton("Leave", "leave:7")))
			.build());
		assertThat(api.message(CHAT, sent.getMessageId()))
			.hasValueSatisfying((message) -> assertThat(message.callbackButtons()).containsExactly("Leave"));

		client.execute(new DeleteMessage(String.valueOf(CHAT), sent.getMessageId()));

		assertThat(api.messagesTo(CHAT)).isEmpty();
		api.assertNoErrors();
	}

	@Test
	void refusesEditsOfUnknownMessagesAndEditsThatChangeNothing() throws Exception {
		Message sent = send("Hello");

		assertBadRequest(() -> client.execute(edit(999, "Hi")), "Bad Request: message to edit not found");
		assertBadRequest(() -> client.execute(edit(sent.getMessageId(), "Hello")),
				"Bad Request: message is not modified");
		assertThat(api.errors()).extracting(ApiError::method).containsExactly("editMessageText", "editMessageText");
	}

	@Test
	void refusesTextAndCallbackDataOverTelegramsLimits() throws Exception {
		send("x".repeat(4096));
		String data65Bytes = "ж".repeat(32) + "x";
		InlineKeyboardButton plain = InlineKeyboardButton.builder().text("Plain").build();

		assertBadRequest(() -> send("x".repeat(4097)), "Bad Request: message is too long");
		assertBadRequest(() -> send("Pick", keyboard(callbackButton("Too long", data65Bytes))),
				"Bad Request: BUTTON_DATA_INVALID");
		String textButton = "Bad Request: can't parse inline keyboard button: "
				+ "Text buttons are unallowed in the inline keyboard";
		assertBadRequest(() -> send("Pick", keyboard(plain)), textButton);
		assertThat(api.errors()).extracting(ApiError::errorCode, ApiError::description)
			.containsExactly(tuple(400, "Bad Request: message is too long"),
					tuple(400, "Bad Request: BUTTON_DATA_INVALID"), tuple(400, textButton));
		assertThat(api.messagesTo(CHAT)).hasSize(1);
	}

	@Test
	void refusesHtmlTelegramCannotParse() throws Exception {
		assertBadRequest(() -> client.execute(html("<b>Plan</b><br>Tomorrow")),
				"Bad Request: can't parse entities: Unsupported start tag \"br\"");
		client.execute(html("<b>" + "x".repeat(4096) + "</b>"));

		assertThat(api.messagesTo(CHAT)).as("the limit counts the text without its tags").hasSize(1);
	}

	@Test
	void sendDocumentKeepsTheUploadedFile() throws Exception {
		byte[] csv = "name;hours\nAlice;3\n".getBytes(StandardCharsets.UTF_8);

		Message sent = client.execute(SendDocument.builder()
			.chatId(CHAT)
			.document(new InputFile(new ByteArrayInputStream(csv), "отчёт \"май\".csv"))
			.caption("Отчёт за май")
			.replyMarkup(keyboard(callbackButton("Again", "export")))
			.build());

		assertThat(sent.getDocument().getFileName()).isEqualTo("отчёт \"май\".csv");
		assertThat(sent.getCaption()).isEqualTo("Отчёт за май");
		SentMessage shown = api.messagesTo(CHAT).get(0);
		assertThat(shown.text()).isEqualTo("Отчёт за май");
		assertThat(shown.document()).hasValueSatisfying((file) -> {
			assertThat(file.bytes()).isEqualTo(csv);
			assertThat(file.fileName()).isEqualTo("отчёт \"май\".csv");
		});
		ApiCall call = api.calls("sendDocument").get(0);
		assertThat(call.param("chat_id")).isEqualTo("42");
		assertThat(call.params().get("reply_markup").isObject()).isTrue();
		assertThat(call.file()).map(UploadedFile::text).contains("name;hours\nAlice;3\n");
	}

	@Test
	void sendPhotoKeepsTheUploadedImage() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G' };

		Message sent = client.execute(SendPhoto.builder()
			.chatId(CHAT)
			.photo(new InputFile(new ByteArrayInputStream(png), "chart.png"))
			.build());

		assertThat(sent.getPhoto()).isNotEmpty();
		assertThat(api.messagesTo(CHAT)).singleElement().satisfies((message) -> {
			assertThat(message.text()).isEmpty();
			assertThat(message.document()).hasValueSatisfying((file) -> assertThat(file.bytes()).isEqualTo(png));
		});
	}

	@Test
	void sendMediaGroupKeepsAnAlbumOfPhotosSentByFileId() throws Exception {
		byte[] first = { 1, 2, 3 };
		byte[] second = { 4, 5, 6 };
		InputMediaPhoto captioned = new InputMediaPhoto(api.registerFile(first, "a.jpg"));
		captioned.setCaption("Clean-up, 3 November");
		List<InputMediaPhoto> album = List.of(captioned, new InputMediaPhoto(api.registerFile(second, "b.jpg")));

		List<Message> sent = client.execute(SendMediaGroup.builder().chatId(CHAT).medias(album).build());

		assertThat(sent).hasSize(2).allSatisfy((message) -> assertThat(message.getPhoto()).isNotEmpty());
		assertThat(sent.get(0).getMediaGroupId()).isNotNull().isEqualTo(sent.get(1).getMediaGroupId());
		assertThat(api.albumsTo(CHAT)).singleElement().satisfies((photos) -> {
			assertThat(photos).extracting(SentMessage::text).containsExactly("Clean-up, 3 November", "");
			assertThat(photos.get(0).document())
				.hasValueSatisfying((file) -> assertThat(file.bytes()).isEqualTo(first));
			assertThat(photos.get(1).document())
				.hasValueSatisfying((file) -> assertThat(file.bytes()).isEqualTo(second));
		});
	}

	@Test
	void sendMediaGroupRefusesAnUnknownFile() {
		InputMediaPhoto known = new InputMediaPhoto(api.registerFile(new byte[] { 1 }, "a.jpg"));
		InputMediaPhoto unknown = new InputMediaPhoto("no-such-file");

		assertBadRequest(
				() -> client.execute(SendMediaGroup.builder().chatId(CHAT).media(known).media(unknown).build()),
				"wrong file identifier");
		assertThat(api.albumsTo(CHAT)).isEmpty();
		assertThat(api.errors()).isNotEmpty();
	}

	@Test
	void keepsCommandsPerLanguageAndScope() throws Exception {
		client.execute(new SetMyCommands(List.of(new BotCommand("start", "Start"))));
		client.execute(SetMyCommands.builder()
			.commands(List.of(new BotCommand("start", "Бастау")))
			.languageCode("kk")
			.build());
		client.execute(SetMyCommands.builder()
			.commands(List.of(new BotCommand("admin", "Admin tools")))
			.scope(new BotCommandScopeChat("42"))
			.build());

		assertThat(client.execute(GetMyCommands.builder().languageCode("kk").build()))
			.extracting(BotCommand::getDescription)
			.containsExactly("Бастау");
		assertThat(api.myCommands(null)).containsExactly(Map.entry("start", "Start"));
		assertThat(api.myCommands("kk")).containsEntry("start", "Бастау");
		assertThat(api.myCommands("chat:42", null)).containsOnlyKeys("admin");
		assertThat(api.myCommands("ru")).isEmpty();
	}

	@Test
	void servesRegisteredFilesThroughGetFileAndDownload() throws Exception {
		byte[] bytes = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
		String fileId = api.registerFile(bytes, "plan.csv");

		File file = client.execute(new GetFile(fileId));
		String downloadUrl = api.url() + "/file/bot" + TOKEN + "/" + file.getFilePath();

		assertThat(file.getFileSize()).isEqualTo((long) bytes.length);
		try (Response response = http.newCall(new Request.Builder().url(downloadUrl).build()).execute()) {
			assertThat(response.code()).isEqualTo(200);
			assertThat(response.body().bytes()).isEqualTo(bytes);
		}
		assertThat(api.calls("downloadFile")).hasSize(1);
	}

	@Test
	void getUpdatesConfirmsByOffsetAndHonoursTheLimit() throws Exception {
		long first = api.enqueue(Updates.text(this.alice, "one"));
		long second = api.enqueue(Updates.text(this.alice, "two"));
		long third = api.enqueue(Updates.text(this.alice, "three"));

		assertThat(updateIds(getUpdates(0, 2, 0))).containsExactly(first, second);
		assertThat(updateIds(getUpdates(0, 100, 0))).as("nothing is confirmed yet")
			.containsExactly(first, second, third);
		assertThat(updateIds(getUpdates(second + 1, 100, 0))).containsExactly(third);
		assertThat(updateIds(getUpdates(0, 100, 0))).as("confirmed updates are gone").containsExactly(third);
		assertThat(updateIds(getUpdates(-1, 100, 0))).containsExactly(third);
	}

	@Test
	void enqueueRawDeliversAnUpdateAgain() throws Exception {
		long id = api.enqueue(Updates.text(this.alice, "once"));
		ObjectNode delivered = (ObjectNode) getUpdates(0, 100, 0).get(0);
		getUpdates(id + 1, 100, 0);

		api.enqueueRaw(delivered);

		assertThat(updateIds(getUpdates(0, 100, 0))).containsExactly(id);
		assertThat(api.enqueue(Updates.text(this.alice, "next"))).isEqualTo(id + 1);
	}

	@Test
	void longPollWaitsForTheNextUpdateOrTheLimit() throws Exception {
		long started = System.nanoTime();
		assertThat(getUpdates(0, 100, 50)).isEmpty();
		assertThat(since(started)).as("waits the long poll limit")
			.isBetween(Duration.ofMillis(350), Duration.ofSeconds(3));

		CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS)
			.execute(() -> api.enqueue(Updates.text(this.alice, "late")));
		started = System.nanoTime();
		api.setLongPollLimit(Duration.ofSeconds(5));
		JsonNode updates = getUpdates(0, 100, 50);

		assertThat(updates).hasSize(1);
		assertThat(since(started)).as("answers as soon as an update comes").isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void builtUpdatesDeserializeWithTheTelegramLibrary() throws Exception {
		Message menu = send("Menu");
		String fileId = api.registerFile(new byte[] { 1, 2, 3 }, "photo.bin");
		api.enqueue(Updates.text(this.alice.withUsername("alice").withLastName("Smith"), "/start invite_1"));
		api.enqueue(Updates.callback(this.alice, menu.getMessageId(), "menu:open"));
		api.enqueue(Updates.contact(this.alice, "+77011234567", this.alice.id()));
		api.enqueue(Updates.document(this.alice, fileId, "photo.bin", "application/octet-stream", 3, null));
		api.enqueue(Updates.sticker(this.alice));
		api.enqueue(Updates.editedText(this.alice, 5, "fixed"));
		api.enqueue(Updates.channelPost(-1001234567890L, "news"));
		api.enqueue(Updates.myChatMember(this.alice, "kicked"));
		api.enqueue(Updates.groupText(-4001, this.alice, "hi all"));
		api.enqueue(Updates.newChatMembers(-4001, this.alice));

		List<Update> updates = client.execute(GetUpdates.builder().timeout(0).build());

		assertThat(updates).hasSize(10);
		assertThat(updates.get(0).getMessage().getEntities()).singleElement().satisfies((entity) -> {
			assertThat(entity.getType()).isEqualTo("bot_command");
			assertThat(entity.getText()).isEqualTo("/start");
		});
		assertThat(updates.get(0).getMessage().getFrom().getUserName()).isEqualTo("alice");
		assertThat(updates.get(1).getCallbackQuery().getData()).isEqualTo("menu:open");
		assertThat(((Message) updates.get(1).getCallbackQuery().getMessage()).getText())
			.as("the callback carries the bot's message as it is")
			.isEqualTo("Menu");
		assertThat(updates.get(2).getMessage().getContact().getUserId()).isEqualTo(CHAT);
		assertThat(updates.get(3).getMessage().getDocument().getFileId()).isEqualTo(fileId);
		assertThat(updates.get(4).getMessage().hasSticker()).isTrue();
		assertThat(updates.get(5).getEditedMessage().getText()).isEqualTo("fixed");
		assertThat(updates.get(6).getChannelPost().getChat().isChannelChat()).isTrue();
		assertThat(updates.get(7).getMyChatMember().getNewChatMember().getStatus()).isEqualTo("kicked");
		assertThat(updates.get(8).getMessage().isGroupMessage()).isTrue();
		assertThat(updates.get(9).getMessage().getNewChatMembers()).hasSize(1);
	}

	@Test
	void callbackQueriesMustBeKnownAndAnsweredBriefly() throws Exception {
		ObjectNode tap = Updates.callback(this.alice, 1, "x");
		String queryId = tap.path("callback_query").path("id").asText();
		api.enqueue(tap);

		assertThat(api.unansweredCallbackQueries()).containsExactly(queryId);
		assertBadRequest(() -> client.execute(new AnswerCallbackQuery(queryId + "0")), "query is too old");
		assertBadRequest(() -> client.execute(answer(queryId, "y".repeat(201))), "Bad Request: MESSAGE_TOO_LONG");
		assertThat(client.execute(answer(queryId, "Saved"))).isTrue();
		assertThat(api.unansweredCallbackQueries()).isEmpty();
	}

	@Test
	void plannedFailuresAnswerOnceAndAreNotErrors() throws Exception {
		api.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user");
		api.throttleNext("sendMessage", 3);

		var blocked = catchThrowableOfType(TelegramApiRequestException.class, () -> send("one"));
		var throttled = catchThrowableOfType(TelegramApiRequestException.class, () -> send("two"));
		send("three");

		assertThat(blocked.getErrorCode()).isEqualTo(403);
		assertThat(throttled.getErrorCode()).isEqualTo(429);
		assertThat(throttled.getParameters().getRetryAfter()).isEqualTo(3);
		assertThat(api.messagesTo(CHAT)).extracting(SentMessage::text).containsExactly("three");
		assertThat(api.errors()).isEmpty();
	}

	@Test
	void refusesUnknownMethodsAndWrongTokens() throws Exception {
		try (Response unknown = post("/bot" + TOKEN + "/sendDice", "{\"chat_id\":42}");
				Response wrongToken = post("/bot1:WRONG/getMe", "{}")) {
			assertThat(unknown.code()).isEqualTo(404);
			assertThat(unknown.body().string())
				.isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
			assertThat(wrongToken.code()).isEqualTo(401);
		}
		assertThat(api.errors()).extracting(ApiError::description).containsExactly("Not Found", "Unauthorized");
	}

	@Test
	void aWebhookIsRememberedAndStopsGetUpdatesUntilDeleted() throws Exception {
		assertThatThrownBy(() -> client.execute(SetWebhook.builder().url("http://birge.example.org/hook").build()))
			.isInstanceOf(TelegramApiRequestException.class)
			.hasMessageContaining("HTTPS URL");
		try (Response badSecret = post("/bot" + TOKEN + "/setWebhook",
				"{\"url\":\"https://birge.example.org/hook\",\"secret_token\":\"no spaces\"}")) {
			assertThat(badSecret.code()).isEqualTo(400);
			assertThat(badSecret.body().string()).contains("unallowed characters");
		}
		assertThat(client
			.execute(SetWebhook.builder().url("https://birge.example.org/hook").secretToken("the_Secret-1").build()))
			.isTrue();
		assertThat(api.webhookUrl()).contains("https://birge.example.org/hook");
		assertThat(api.webhookSecret()).contains("the_Secret-1");
		assertThat(api.calls("setWebhook")).last()
			.extracting((call) -> call.param("secret_token"))
			.isEqualTo("the_Secret-1");
		assertThatThrownBy(() -> client.execute(GetUpdates.builder().build()))
			.isInstanceOf(TelegramApiRequestException.class)
			.extracting((ex) -> ((TelegramApiRequestException) ex).getErrorCode())
			.isEqualTo(409);

		assertThat(client.execute(DeleteWebhook.builder().build())).isTrue();
		assertThat(api.webhookUrl()).isEmpty();
		assertThat(client.execute(GetUpdates.builder().timeout(0).build())).isEmpty();
	}

	@Test
	void aLongPollingBotSessionReceivesUpdatesAndItsRepliesCanBeAwaited() throws Exception {
		TelegramBotsLongPollingApplication bots = new TelegramBotsLongPollingApplication(ObjectMapper::new,
				OkHttpClient::new);
		try {
			bots.registerBot(TOKEN, FakeBotApiTests::telegramUrl, new DefaultGetUpdatesGenerator(),
					(updates) -> updates.forEach(FakeBotApiTests::echoTwice));

			api.enqueue(Updates.text(this.alice, "hi"));

			assertThat(api.awaitNewMessage(CHAT).text()).isEqualTo("echo: hi");
			assertThat(api.awaitNewMessage(CHAT).text()).isEqualTo("done");
			int mark = api.mark(CHAT);
			api.enqueue(Updates.text(this.alice, "again"));
			assertThat(api.awaitMessageAfter(CHAT, mark, (message) -> message.text().equals("done")).messageId())
				.isGreaterThan(mark + 1);
			api.awaitCalls("sendMessage", 4);
			api.awaitIdle();
			assertThat(api.calls("deleteWebhook")).hasSize(1);
			api.assertNoErrors();
		}
		finally {
			bots.close();
		}
	}

	@Test
	void awaitFailuresShowWhatTheChatReceived() throws Exception {
		Message hello = send("Hello");
		api.setAwaitTimeout(Duration.ofMillis(100));

		assertThatThrownBy(() -> api.awaitMessage(CHAT, (message) -> message.text().equals("Bye")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Chat 42 got no matching message")
			.hasMessageContaining("#" + hello.getMessageId() + " \"Hello\"");
	}

	private static void echoTwice(Update update) {
		try {
			String chatId = String.valueOf(update.getMessage().getChatId());
			client.execute(new SendMessage(chatId, "echo: " + update.getMessage().getText()));
			client.execute(new SendMessage(chatId, "done"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static TelegramUrl telegramUrl() {
		return new TelegramUrl("http", "127.0.0.1", api.port(), false);
	}

	private static Message send(String text) throws Exception {
		return client.execute(new SendMessage(String.valueOf(CHAT), text));
	}

	private static Message send(String text, InlineKeyboardMarkup keyboard) throws Exception {
		return client.execute(SendMessage.builder().chatId(CHAT).text(text).replyMarkup(keyboard).build());
	}

	private static SendMessage html(String text) {
		return SendMessage.builder().chatId(CHAT).text(text).parseMode("HTML").build();
	}

	private static AnswerCallbackQuery answer(String queryId, String text) {
		return AnswerCallbackQuery.builder().callbackQueryId(queryId).text(text).build();
	}

	private static InlineKeyboardMarkup keyboard(InlineKeyboardButton... row) {
		return new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(row)));
	}

	private static InlineKeyboardButton callbackButton(String text, String data) {
		return InlineKeyboardButton.builder().text(text).callbackData(data).build();
	}

	private static EditMessageText edit(int messageId, String text) {
		return EditMessageText.builder().chatId(CHAT).messageId(messageId).text(text).build();
	}

	private static void assertBadRequest(Executable call, String description) {
		TelegramApiRequestException refused = catchThrowableOfType(TelegramApiRequestException.class, call::execute);
		assertThat(refused).as("the fake should refuse the call").isNotNull();
		assertThat(refused.getErrorCode()).isEqualTo(400);
		assertThat(refused.getApiResponse()).contains(description);
	}

	private static JsonNode getUpdates(long offset, int limit, int timeout) throws Exception {
		String body = "{\"offset\":" + offset + ",\"limit\":" + limit + ",\"timeout\":" + timeout + "}";
		try (Response response = post("/bot" + TOKEN + "/getUpdates", body)) {
			JsonNode answer = Json.MAPPER.readTree(response.body().string());
			assertThat(answer.path("ok").asBoolean()).as(answer.toString()).isTrue();
			return answer.get("result");
		}
	}

	private static Duration since(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos);
	}

	private static List<Long> updateIds(JsonNode updates) {
		return updates.findValues("update_id").stream().map(JsonNode::asLong).toList();
	}

	private static Response post(String path, String json) throws Exception {
		Request request = new Request.Builder().url(api.url() + path).post(RequestBody.create(json, JSON)).build();
		return http.newCall(request).execute();
	}

}
