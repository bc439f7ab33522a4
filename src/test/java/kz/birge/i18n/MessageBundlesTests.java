package kz.birge.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles in messages/ carry the same keys with the same placeholders, and every
 * message is a valid ICU MessageFormat pattern (so a stray apostrophe cannot swallow a
 * placeholder).
 */
class MessageBundlesTests {

	private static final Path BASE = Path.of("messages/messages.properties");

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

	private static Set<Integer> placeholders(String message) {
		Set<Integer> found = new TreeSet<>();
		MessagePattern pattern = new MessagePattern(message);
		for (int i = 0; i < pattern.countParts(); i++) {
			if (pattern.getPart(i).getType() == MessagePattern.Part.Type.ARG_NUMBER) {
				found.add(pattern.getPart(i).getValue());
			}
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
