package kz.birge.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The history of the bot's requests: every call, the refused ones, the failures a test
 * planned, and when the bot last did something. Not thread-safe: {@link FakeBotApi}
 * guards it.
 */
final class CallLog {

	private final List<ApiCall> calls = new ArrayList<>();

	private final List<ApiError> errors = new ArrayList<>();

	/** Planned failures by lower-case method name. */
	private final Map<String, Deque<ApiFailure>> planned = new HashMap<>();

	private long lastActivityNanos = System.nanoTime();

	void add(ApiCall call) {
		this.calls.add(call);
	}

	/** Notes that the bot just did something (a call other than an empty poll). */
	void touch() {
		this.lastActivityNanos = System.nanoTime();
	}

	boolean quietFor(Duration period) {
		return System.nanoTime() - this.lastActivityNanos >= period.toNanos();
	}

	/**
	 * The answer to a refused request; recorded as an error when the bot got something
	 * wrong.
	 */
	ObjectNode refuse(String method, ObjectNode params, ApiFailure failure) {
		if (failure.isBotMistake()) {
			this.errors
				.add(new ApiError(method, failure.code(), failure.description(), params.deepCopy(), Instant.now()));
		}
		return failure.toJson();
	}

	void plan(String method, ApiFailure failure) {
		this.planned.computeIfAbsent(method.toLowerCase(Locale.ROOT), (name) -> new ArrayDeque<>()).add(failure);
	}

	/** The next planned failure of {@code method}, or {@code null}. */
	ApiFailure nextPlanned(String method) {
		Deque<ApiFailure> failures = this.planned.get(method.toLowerCase(Locale.ROOT));
		return (failures != null) ? failures.poll() : null;
	}

	List<ApiCall> calls() {
		return List.copyOf(this.calls);
	}

	List<ApiCall> calls(String method) {
		return this.calls.stream().filter((call) -> call.method().equalsIgnoreCase(method)).toList();
	}

	List<ApiError> errors() {
		return List.copyOf(this.errors);
	}

	String describeCalls() {
		Map<String, Long> counts = this.calls.stream()
			.collect(Collectors.groupingBy(ApiCall::method, LinkedHashMap::new, Collectors.counting()));
		return "Calls so far: " + counts + "\n";
	}

	String describeErrors() {
		return this.errors.isEmpty() ? "" : "Refused requests:\n" + lines(this.errors);
	}

	static String lines(List<?> items) {
		return items.stream().map((item) -> "  " + item + "\n").collect(Collectors.joining());
	}

	void clear() {
		this.calls.clear();
		this.errors.clear();
		this.planned.clear();
		touch();
	}

}
