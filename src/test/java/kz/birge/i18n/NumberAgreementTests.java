package kz.birge.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message with a number in it, formatted with 1, 2, 5, 11, 21 and 1,5 in each
 * language: the word right after the number agrees with it by the language's plural rules
 * (ICU's, the ones Birge formats with). Russian and English words are looked up in a
 * lexicon of the forms that follow numbers (src/test/resources/i18n/), each with the
 * plural categories it agrees with; a word the lexicon does not know fails the test until
 * someone who knows the language adds it. In Kazakh a noun after a numeral stays
 * singular, so no plural suffix may follow a number.
 */
class NumberAgreementTests {

	static final List<Number> VALUES = List.of(1, 2, 5, 11, 21, new BigDecimal("1.5"));

	private static final Pattern KAZAKH_PLURAL = Pattern.compile("\\p{L}{2,}(лар|лер|дар|дер|тар|тер)\\p{L}*");

	private static final Map<Lang, Lexicon> LEXICONS = new ConcurrentHashMap<>();

	private static final String SPACES = " \u00A0\u202F";

	@ParameterizedTest
	@EnumSource(Lang.class)
	void everyNumberAgreesWithTheWordAfterIt(Lang lang) {
		Set<String> wrong = new LinkedHashSet<>();
		for (BundleMessage message : BundleMessage.all(lang).values()) {
			wrong.addAll(problems(message));
		}
		assertThat(wrong).as("numbers that do not agree in %s", lang).isEmpty();
	}

	/** What reads wrong in one message, for each numeric placeholder and value. */
	static Set<String> problems(BundleMessage message) {
		Lexicon lexicon = LEXICONS.computeIfAbsent(message.lang(), Lexicon::of);
		PluralRules rules = PluralRules.forLocale(message.lang().locale());
		Lang lang = message.lang();
		Set<String> wrong = new LinkedHashSet<>();
		for (BundleMessage.Argument argument : message.arguments()) {
			if (!argument.numeric()) {
				continue;
			}
			for (Number value : VALUES) {
				if (argument.integer() && value instanceof BigDecimal) {
					continue;
				}
				String written = NumberFormat.getInstance(lang.locale()).format(value);
				String category = rules.select(value.doubleValue());
				for (String choice : List.of("one", "other")) {
					String text = message.format(message.values(argument.number(), value, choice, "…"));
					List<String> words = new ArrayList<>(wordsAfter(text, written));
					// the same figure written in the message itself («от 2 до {0}»)
					// is not the placeholder's
					String without = message.format(message.values(argument.number(), 8, choice, "…"));
					wordsAfter(without, written).forEach(words::remove);
					for (String word : words) {
						lexicon.problem(word, category)
							.ifPresent((problem) -> wrong.add(message.key() + ": «" + text + "»: " + written + " "
									+ word + " (" + problem + ")"));
					}
				}
			}
		}
		return wrong;
	}

	@Test
	void theCheckCatchesWhatATeacherWouldCorrect() {
		assertThat(problems(BundleMessage.of(Lang.RU, "x", "Всего проводится {0,number} раз"))).isNotEmpty();
		assertThat(problems(BundleMessage.of(Lang.RU, "x", "Школ: {0,number} · {1,number} публикаций"))).isNotEmpty();
		assertThat(problems(BundleMessage.of(Lang.EN, "x", "You took part {0,number} times"))).isNotEmpty();
		assertThat(problems(BundleMessage.of(Lang.KK, "x", "{0,number} сыныптар"))).isNotEmpty();
		assertThat(problems(BundleMessage.of(Lang.RU, "x",
				"Всего {0,plural,one{# раз} few{# раза} many{# раз} other{# раза}}, от 2 до {1,number}")))
			.isEmpty();
		assertThat(problems(BundleMessage.of(Lang.KK, "x", "Барлығы {0,number} рет өткізіледі"))).isEmpty();
	}

	/** The words that follow the number, where only spaces stand between them. */
	static List<String> wordsAfter(String text, String number) {
		List<String> words = new ArrayList<>();
		int from = 0;
		while ((from = text.indexOf(number, from)) >= 0) {
			int end = from + number.length();
			boolean alone = (from == 0 || !isNumberChar(text.charAt(from - 1)))
					&& (end == text.length() || !Character.isDigit(text.charAt(end)));
			from = end;
			if (!alone) {
				continue;
			}
			int start = end;
			while (start < text.length() && SPACES.indexOf(text.charAt(start)) >= 0) {
				start++;
			}
			if (start == end || start == text.length() || !Character.isLetter(text.charAt(start))) {
				continue;
			}
			int stop = start;
			while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
				stop++;
			}
			words.add(text.substring(start, stop));
		}
		return words;
	}

	private static boolean isNumberChar(char c) {
		return Character.isDigit(c) || c == ',' || c == '.' || c == '–' || c == '-';
	}

	/** The forms that follow a number in one language, and what they agree with. */
	record Lexicon(Lang lang, Map<String, Set<String>> forms) {

		static Lexicon of(Lang lang) {
			Map<String, Set<String>> forms = new HashMap<>();
			String resource = "/i18n/number-words-" + lang.code() + ".txt";
			try (InputStream in = NumberAgreementTests.class.getResourceAsStream(resource)) {
				if (in != null) {
					for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
						String content = line.replaceFirst("#.*", "").strip();
						if (content.isEmpty()) {
							continue;
						}
						String[] parts = content.split(":", 2);
						forms.put(parts[0].strip().toLowerCase(Locale.ROOT), Set.of(parts[1].strip().split("\\s+")));
					}
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return new Lexicon(lang, forms);
		}

		Optional<String> problem(String word, String category) {
			String lower = word.toLowerCase(Locale.ROOT);
			Set<String> agrees = this.forms.get(lower);
			if (this.lang == Lang.KK) {
				boolean plural = KAZAKH_PLURAL.matcher(lower).matches();
				return (plural && (agrees == null)) ? Optional.of("a plural noun after a numeral") : Optional.empty();
			}
			if (agrees == null) {
				return Optional.of("not in number-words-" + this.lang.code() + ".txt");
			}
			return (agrees.contains(category) || agrees.contains("any")) ? Optional.empty()
					: Optional.of("agrees with " + agrees + ", not " + category);
		}

	}

}
