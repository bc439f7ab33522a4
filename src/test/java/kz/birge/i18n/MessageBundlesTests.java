package kz.birge.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles in messages/ carry the same keys with the same placeholders, and every
 * message is a valid ICU MessageFormat pattern (so a stray apostrophe cannot swallow a
 * placeholder); no word mixes Latin and Cyrillic letters (a Latin "i" in «Бiрге» looks
 * right and searches wrong), and no Kazakh ending is glued to a placeholder.
 */
class MessageBundlesTests {

	private static final Path BASE = Path.of("messages/messages.properties");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

	/**
	 * A placeholder's closing brace, then (after an optional hyphen) the letters glued to
	 * it.
	 */
	private static final Pattern GLUED_ENDING = Pattern.compile("\\}-?(\\p{L}+)");

	/**
	 * Case endings, possessives and ordinal suffixes that depend on the word before them.
	 */
	private static final Set<String> KAZAKH_ENDINGS = Set.of("а", "е", "ға", "ге", "қа", "ке", "на", "не", "да", "де",
			"та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "ның", "нің", "дың", "дің", "тың",
			"тің", "ны", "ні", "ды", "ді", "ты", "ті", "н", "мен", "бен", "пен", "ы", "і", "сы", "сі", "ым", "ім", "м",
			"ыңыз", "іңіз", "ңыз", "ңіз", "шы", "ші", "ншы", "нші", "ыншы", "інші", "дай", "дей", "тай", "тей", "ша",
			"ше", "лар", "лер", "дар", "дер", "тар", "тер");

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

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_ru.properties", "messages_en.properties" })
	void noWordMixesLatinAndCyrillicLetters(String file) throws IOException {
		Properties bundle = load(BASE.resolveSibling(file));
		List<String> mixed = new ArrayList<>();
		for (String key : bundle.stringPropertyNames()) {
			Matcher word = WORD.matcher(bundle.getProperty(key));
			while (word.find()) {
				if (LATIN.matcher(word.group()).find() && CYRILLIC.matcher(word.group()).find()) {
					mixed.add(key + ": " + word.group());
				}
			}
		}
		assertThat(mixed).as(file).isEmpty();
	}

	/**
	 * A Kazakh case ending (or ordinal suffix) changes with the word it follows, so it
	 * never follows a placeholder whose value varies: «{0}-ге» reads wrong for half the
	 * values. The ending goes on a noun after the placeholder, or the message says
	 * "label: value".
	 */
	@Test
	void noKazakhEndingIsGluedToAPlaceholder() throws IOException {
		Properties bundle = load(BASE);
		List<String> glued = new ArrayList<>();
		for (String key : bundle.stringPropertyNames()) {
			Matcher ending = GLUED_ENDING.matcher(bundle.getProperty(key));
			while (ending.find()) {
				if (KAZAKH_ENDINGS.contains(ending.group(1))) {
					glued.add(key + ": " + ending.group());
				}
			}
		}
		assertThat(glued).isEmpty();
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
