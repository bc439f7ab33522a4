package kz.birge.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message whose placeholder holds grades reads right for a single grade and for a
 * range: «7-сынып», «5–9 сынып оқушылары», «7 класс», «ученики 5–9 классов», "grade 7",
 * "grades 5–9". Such a message chooses its words with a select on
 * {@code Audience#gradesCount()}; a placeholder set straight before the grade word is
 * allowed only where it always holds one grade.
 */
class GradeWordingTests {

	/** Keys whose grade placeholder always holds one grade, and why. */
	static final Map<String, String> ONE_GRADE_ONLY = Map.of("broadcast.to.GRADE.named",
			"a broadcast goes to one parallel", "onboarding.ask-letter", "a student picks one grade, then the letter");

	private static final Pattern GRADE_WORD = Pattern.compile("сынып|класс|[Gg]rade");

	private static final Pattern PLACEHOLDER_BEFORE_GRADE = Pattern.compile("\\}[ -]?(сынып|класс)");

	private static final Pattern GRADE_BEFORE_PLACEHOLDER = Pattern.compile("(сынып\\p{L}*|класс\\p{L}*|grades?) \\{");

	/** What must not be read for one grade ("7") and for a range ("5–9"), by language. */
	private static final Map<Lang, List<Pattern>> WRONG_FOR_ONE = Map.of(Lang.KK,
			List.of(Pattern.compile("7 сынып"), Pattern.compile("7-сыныптар")), Lang.RU,
			List.of(Pattern.compile("7 класс(ы|ов|ам|ах)\\b")), Lang.EN, List.of(Pattern.compile("grades 7\\b")));

	private static final Map<Lang, List<Pattern>> WRONG_FOR_RANGE = Map.of(Lang.KK,
			List.of(Pattern.compile("5–9-сынып"), Pattern.compile("5–9 сыныптар")), Lang.RU,
			List.of(Pattern.compile("5–9 класс(а|е|у|ом)?\\b")), Lang.EN, List.of(Pattern.compile("grade 5–9")));

	@ParameterizedTest
	@EnumSource(Lang.class)
	void aGradePlaceholderReadsRightForOneGradeAndForARange(Lang lang) {
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (BundleMessage message : BundleMessage.all(lang).values()) {
			boolean chooses = message.arguments().stream().anyMatch(BundleMessage.Argument::select)
					&& GRADE_WORD.matcher(message.pattern()).find();
			if (!chooses) {
				continue;
			}
			checked++;
			String one = message.format(message.values(-1, 0, "one", "7"));
			String range = message.format(message.values(-1, 0, "other", "5–9"));
			WRONG_FOR_ONE.get(lang)
				.stream()
				.filter((pattern) -> pattern.matcher(one).find())
				.forEach((pattern) -> wrong.add(message.key() + ": «" + one + "»"));
			WRONG_FOR_RANGE.get(lang)
				.stream()
				.filter((pattern) -> pattern.matcher(range).find())
				.forEach((pattern) -> wrong.add(message.key() + ": «" + range + "»"));
		}
		assertThat(wrong).as("grades in %s", lang).isEmpty();
		assertThat(checked).as("messages that choose their words for one grade or a range").isPositive();
	}

	@ParameterizedTest
	@EnumSource(Lang.class)
	void aGradePlaceholderWithoutAChoiceAlwaysHoldsOneGrade(Lang lang) {
		List<String> unchosen = new ArrayList<>();
		for (BundleMessage message : BundleMessage.all(lang).values()) {
			boolean chooses = message.arguments().stream().anyMatch(BundleMessage.Argument::select);
			boolean gradeNextToPlaceholder = PLACEHOLDER_BEFORE_GRADE.matcher(message.pattern()).find()
					|| GRADE_BEFORE_PLACEHOLDER.matcher(message.pattern()).find();
			if (gradeNextToPlaceholder && !chooses && !ONE_GRADE_ONLY.containsKey(message.key())) {
				unchosen.add(message.key() + ": " + message.pattern());
			}
		}
		assertThat(unchosen).as("grade placeholders in %s that may hold a range", lang).isEmpty();
		assertThat(Set.copyOf(BundleMessage.all(lang).keySet())).containsAll(ONE_GRADE_ONLY.keySet());
	}

}
