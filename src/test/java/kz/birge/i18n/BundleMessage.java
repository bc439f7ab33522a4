package kz.birge.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;

/** One message of a bundle in messages/, with what its placeholders hold. */
record BundleMessage(Lang lang, String key, String pattern, List<Argument> arguments) {

	/** A placeholder: its number, its ICU type and style ("" when bare). */
	record Argument(int number, MessagePattern.ArgType kind, String type, String style) {

		boolean numeric() {
			return this.kind == MessagePattern.ArgType.PLURAL || this.kind == MessagePattern.ArgType.SELECTORDINAL
					|| (this.kind == MessagePattern.ArgType.SIMPLE && this.type.equals("number"));
		}

		boolean integer() {
			return this.kind == MessagePattern.ArgType.SIMPLE && this.style.contains("integer");
		}

		boolean select() {
			return this.kind == MessagePattern.ArgType.SELECT;
		}

	}

	static final Path DIRECTORY = Path.of("messages");

	static Map<String, BundleMessage> all(Lang lang) {
		String file = (lang == Lang.KK) ? "messages.properties" : "messages_" + lang.code() + ".properties";
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(DIRECTORY.resolve(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Map<String, BundleMessage> messages = new TreeMap<>();
		properties.forEach((key, value) -> messages.put((String) key, of(lang, (String) key, (String) value)));
		return messages;
	}

	static BundleMessage of(Lang lang, String key, String pattern) {
		MessagePattern parsed = new MessagePattern(pattern);
		Map<Integer, Argument> arguments = new TreeMap<>();
		for (int i = 0; i < parsed.countParts(); i++) {
			MessagePattern.Part part = parsed.getPart(i);
			if (part.getType() != MessagePattern.Part.Type.ARG_START) {
				continue;
			}
			int number = parsed.getPart(i + 1).getValue();
			String type = "";
			String style = "";
			if (part.getArgType() == MessagePattern.ArgType.SIMPLE) {
				type = parsed.getSubstring(parsed.getPart(i + 2));
				MessagePattern.Part next = parsed.getPart(i + 3);
				if (next.getType() == MessagePattern.Part.Type.ARG_STYLE) {
					style = parsed.getSubstring(next);
				}
			}
			Argument argument = new Argument(number, part.getArgType(), type, style);
			arguments.merge(number, argument, (first, second) -> first.numeric() ? first : second);
		}
		return new BundleMessage(lang, key, pattern, List.copyOf(arguments.values()));
	}

	/** The message with these values, the way Birge formats it. */
	String format(Object... values) {
		return new MessageFormat(this.pattern, this.lang.locale()).format(values);
	}

	/**
	 * Values for every placeholder: a number where one is expected (the given one for the
	 * placeholder under test, 7 elsewhere), the select's choice, and a word otherwise.
	 */
	Object[] values(int tested, Object value, String choice, String word) {
		int size = this.arguments.stream().mapToInt(Argument::number).max().orElse(-1) + 1;
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			values.add(word);
		}
		for (Argument argument : this.arguments) {
			Object filler = argument.numeric() ? 7 : argument.select() ? choice : word;
			values.set(argument.number(), (argument.number() == tested) ? value : filler);
		}
		return values.toArray();
	}

}
