package kz.birge.bot;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.stereotype.Component;

/**
 * Packs typed callback data into Telegram's callback_data and back:
 * {@code prefix:field:field}. Refuses anything over Telegram's 64 bytes, and answers an
 * empty result for data it cannot read (a button from an older version of the bot, or one
 * crafted by hand).
 */
@Component
public class CallbackCodec {

	/** Telegram's limit for callback_data, in bytes. */
	public static final int MAX_BYTES = 64;

	private static final char SEPARATOR = ':';

	public static String prefixOf(Class<? extends CallbackData> type) {
		CallbackData.Prefix prefix = type.getAnnotation(CallbackData.Prefix.class);
		if (prefix == null || !type.isRecord()) {
			throw new IllegalArgumentException(
					type.getName() + " must be a record annotated with @CallbackData.Prefix");
		}
		return prefix.value();
	}

	/** The prefix of encoded data: what comes before the first separator. */
	public static String prefixOf(String data) {
		int at = data.indexOf(SEPARATOR);
		return (at < 0) ? data : data.substring(0, at);
	}

	public String encode(CallbackData data) {
		Class<? extends CallbackData> type = data.getClass();
		StringJoiner joiner = new StringJoiner(String.valueOf(SEPARATOR));
		joiner.add(prefixOf(type));
		for (RecordComponent component : type.getRecordComponents()) {
			joiner.add(write(component, value(component, data)));
		}
		String encoded = joiner.toString();
		if (encoded.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new IllegalArgumentException("Callback data over " + MAX_BYTES + " bytes: " + encoded);
		}
		return encoded;
	}

	public <T extends CallbackData> Optional<T> decode(String data, Class<T> type) {
		if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.empty();
		}
		RecordComponent[] components = type.getRecordComponents();
		String[] parts = data.split(String.valueOf(SEPARATOR), -1);
		if (parts.length != components.length + 1 || !parts[0].equals(prefixOf(type))) {
			return Optional.empty();
		}
		try {
			Object[] values = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				values[i] = read(components[i].getType(), parts[i + 1]);
			}
			Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
			Constructor<T> constructor = type.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return Optional.of(constructor.newInstance(values));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		catch (InvocationTargetException ex) {
			// the record's own validation refused the values
			return Optional.empty();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot build " + type.getName(), ex);
		}
	}

	private static Object value(RecordComponent component, Object record) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String write(RecordComponent component, Object value) {
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Boolean flag) {
			return flag ? "1" : "0";
		}
		String text = String.valueOf(value);
		if (text.indexOf(SEPARATOR) >= 0) {
			throw new IllegalArgumentException(component.getName() + " may not contain '" + SEPARATOR + "': " + text);
		}
		return text;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object read(Class<?> type, String text) {
		if (type == String.class) {
			return text;
		}
		if (type == int.class || type == Integer.class) {
			return Integer.parseInt(text);
		}
		if (type == long.class || type == Long.class) {
			return Long.parseLong(text);
		}
		if (type == boolean.class || type == Boolean.class) {
			if (!text.equals("1") && !text.equals("0")) {
				throw new IllegalArgumentException("Not a flag: " + text);
			}
			return text.equals("1");
		}
		if (type.isEnum()) {
			return Enum.valueOf((Class<? extends Enum>) type, text);
		}
		throw new IllegalStateException("Unsupported callback field type " + type.getName());
	}

}
