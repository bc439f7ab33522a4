package kz.birge.bot;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a person is in a multi-step exchange: the feature's flow, its current step, and what they
 * answered so far. Immutable; {@code with} and {@code at} return changed copies.
 */
public record Conversation(String flow, String step, Map<String, String> data) {

	public Conversation {
		data = Map.copyOf(data);
	}

	public static Conversation start(String flow, Enum<?> step) {
		return new Conversation(flow, step.name(), Map.of());
	}

	public Conversation at(Enum<?> next) {
		return new Conversation(this.flow, next.name(), this.data);
	}

	public Conversation with(String key, String value) {
		Map<String, String> copy = new HashMap<>(this.data);
		copy.put(key, value);
		return new Conversation(this.flow, this.step, copy);
	}

	public Optional<String> get(String key) {
		return Optional.ofNullable(this.data.get(key));
	}

	public <E extends Enum<E>> Optional<E> step(Class<E> steps) {
		try {
			return Optional.of(Enum.valueOf(steps, this.step));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
