package kz.birge.support;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The HTTP side of {@link FakeBotApi}: routes {@code /bot<token>/<method>} calls and
 * {@code /file/bot<token>/<path>} downloads, and writes Telegram-shaped answers.
 */
final class BotApiHttpHandler implements HttpHandler {

	private static final Pattern METHOD_PATH = Pattern.compile("/bot([^/]+)/([^/]+)/?");

	private static final Pattern FILE_PATH = Pattern.compile("/file/bot([^/]+)/(.+)");

	private final FakeBotApi api;

	BotApiHttpHandler(FakeBotApi api) {
		this.api = api;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			byte[] body = exchange.getRequestBody().readAllBytes();
			String path = exchange.getRequestURI().getPath();
			Matcher file = FILE_PATH.matcher(path);
			Matcher method = METHOD_PATH.matcher(path);
			if (file.matches()) {
				sendFile(exchange, this.api.download(file.group(1), file.group(2)));
			}
			else if (method.matches()) {
				sendJson(exchange, call(exchange, method.group(1), method.group(2), body));
			}
			else {
				sendJson(exchange, ApiFailure.notFound().toJson());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			// A bug in the fake itself: say so loudly rather than answer like Telegram.
			ex.printStackTrace();
			sendJson(exchange, new ApiFailure(500, "Internal Server Error: fake Bot API failed: " + ex, null).toJson());
		}
		finally {
			exchange.close();
		}
	}

	private ObjectNode call(HttpExchange exchange, String token, String method, byte[] body)
			throws IOException, InterruptedException {
		ApiRequest request;
		try {
			String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
			request = RequestParser.parse(method, exchange.getRequestURI().getRawQuery(), contentType, body);
		}
		catch (ApiFailure unreadable) {
			return this.api.refuse(method, unreadable);
		}
		return this.api.handle(token, request);
	}

	private static void sendJson(HttpExchange exchange, ObjectNode answer) throws IOException {
		int status = answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt(500);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		send(exchange, status, Json.MAPPER.writeValueAsBytes(answer));
	}

	private static void sendFile(HttpExchange exchange, Optional<UploadedFile> file) throws IOException {
		if (file.isEmpty()) {
			sendJson(exchange, ApiFailure.notFound().toJson());
			return;
		}
		exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
		send(exchange, 200, file.get().bytes());
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
