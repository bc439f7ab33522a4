package kz.birge.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles in messages/ carry the same keys with the same placeholders, and every
 * message is a valid MessageFormat pattern (so a stray apostrophe cannot swallow a
 * placeholder).
 */
class MessageBundlesTests {

	private static final Path BASE = Path.of("messages/messages.properties");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	@ParameterizedTest
	@ValueSource(strings = { "messages_ru.properties", "messages_en.properties" })
	void translationHasEveryKeyOfTheBaseAndNoOther(String file) throws IOException {
		Properties base = load(BASE);
		Properties other = load(BASE.resolveSibling(file));
		assertThat(other.stringPropertyNames()).as(file)
			.containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages_ru.properties", "messages_en.properties" })
	void translationHasTheSamePlaceholders(String file) throws IOException {
		Properties base = load(BASE);
		Properties other = load(BASE.resolveSibling(file));
		for (String key : base.stringPropertyNames()) {
			assertThat(placeholders(other.getProperty(key, ""))).as(file + ": " + key)
				.isEqualTo(placeholders(base.getProperty(key)));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_ru.properties", "messages_en.properties" })
	void everyMessageIsAValidPatternWithoutApostrophes(String file) throws IOException {
		Properties bundle = load(BASE.resolveSibling(file));
		for (String key : bundle.stringPropertyNames()) {
			String message = bundle.getProperty(key);
			assertThat(message).as(file + ": " + key).isNotBlank().doesNotContain("'");
			new MessageFormat(message);
		}
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(Path path) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
