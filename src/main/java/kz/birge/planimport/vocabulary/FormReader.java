package kz.birge.planimport.vocabulary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the form of an activity from its title: "«Мен ерекше баламын» байқауы" is a
 * contest, "«Асар» челлендж" a challenge. Plans write the form after the activity's name,
 * so the form word nearest the end of the title wins, and names in quotes are left out
 * ("«Өз ағашыңды отырғыз» акциясы" is a campaign, not a tree planting). Forms are keys in
 * lower snake case ({@link #keys()}), for the bot to name in the reader's language.
 */
public final class FormReader {

	/**
	 * Each form's stems (see {@link Phrase}); the longer phrase wins where two end on the
	 * same word.
	 */
	private static final Map<String, List<Phrase>> FORMS = forms();

	/** A name in quotes, innermost first. */
	private static final Pattern QUOTED = Pattern.compile("«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"");

	/** Kazakh names the topic before "туралы"/"жайлы" (about). */
	private static final Pattern TOPIC_BEFORE = Pattern.compile("^.*(?<!\\p{L})(?:туралы|жайлы)(?!\\p{L})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	/** Russian names it after "о", "об" (about). */
	private static final Pattern TOPIC_AFTER = Pattern.compile("(?<!\\p{L})(?:о|об)\\s.*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	private FormReader() {
	}

	/**
	 * The form's key ("contest", "clean_up"), or empty when the title names no form this
	 * reader knows.
	 */
	public static Optional<String> formOf(String title) {
		if (title == null) {
			return Optional.empty();
		}
		return formIn(Folding.words(withoutTopic(withoutNames(title))))
			.or(() -> formIn(Folding.words(withoutTopic(title))));
	}

	/**
	 * The form among the words, the one nearest the end; the second reading of
	 * {@link #formOf} lets a name in quotes say the form when nothing else does: "Клуб
	 * «Дебаты»".
	 */
	private static Optional<String> formIn(List<String> words) {
		String form = null;
		int formEnd = -1;
		int formSize = 0;
		for (Map.Entry<String, List<Phrase>> entry : FORMS.entrySet()) {
			for (Phrase phrase : entry.getValue()) {
				int end = phrase.lastEnd(words);
				if (end > formEnd || (end == formEnd && end >= 0 && phrase.size() > formSize)) {
					form = entry.getKey();
					formEnd = end;
					formSize = phrase.size();
				}
			}
		}
		return Optional.ofNullable(form);
	}

	/** Every key {@link #formOf} may return. */
	public static Set<String> keys() {
		return FORMS.keySet();
	}

	/**
	 * The title without what it is about: "Акция барысы туралы ақпарат беру" informs
	 * about the campaign and "Информация о ходе акции" is no campaign either.
	 */
	private static String withoutTopic(String title) {
		return TOPIC_AFTER.matcher(TOPIC_BEFORE.matcher(title).replaceFirst(" ")).replaceFirst(" ");
	}

	private static String withoutNames(String title) {
		String previous;
		String text = title;
		do {
			previous = text;
			text = QUOTED.matcher(text).replaceAll(" ");
		}
		while (!text.equals(previous));
		return text;
	}

	private static Map<String, List<Phrase>> forms() {
		Map<String, List<Phrase>> forms = new LinkedHashMap<>();
		forms.put("contest", Phrase.all("байқау", "сайыс", "конкурс", "contest"));
		forms.put("video_contest", Phrase.all("видеоролик сайыс", "видеоролик байқау", "видео байқау",
				"бейнеролик сайыс", "бейнеролик байқау", "конкурс видеоролик", "видеоконкурс", "video contest"));
		forms.put("debate", Phrase.all("дебат", "пікірталас", "дебат сайыс", "дебат турнир", "debate"));
		forms.put("talk_show", Phrase.all("ток-шоу", "токшоу", "talk show"));
		forms.put("round_table", Phrase.all("дөңгелек үстел", "круглый стол", "круглого стола", "round table"));
		forms.put("action", Phrase.all("акция", "campaign"));
		forms.put("meeting", Phrase.all("кездесу", "жиналыс", "встреч", "собрани", "заседани", "meeting"));
		forms.put("clean_up", Phrase.all("тазала", "тазарт", "сенбілі", "субботник", "уборк", "очистк", "очищени",
				"clean-up", "cleanup"));
		forms.put("tree_planting", Phrase.all("отырғыз", "көгалдандыр", "посадк", "посаж", "tree planting",
				"planting trees", "plant trees"));
		forms.put("lesson", Phrase.all("сабақ", "сабағ", "эко-сағат", "экосағат", "сынып сағат", "классн час",
				"классн часы", "урок", "lesson"));
		forms.put("exhibition", Phrase.all("көрме", "выставк", "exhibition"));
		forms.put("challenge", Phrase.all("челлендж", "челендж", "экочеллендж", "эко-челлендж", "challenge"));
		forms.put("flash_mob", Phrase.all("флеш-моб", "флешмоб", "flash mob", "flashmob"));
		forms.put("raid", Phrase.all("рейд", "raid"));
		forms.put("quiz", Phrase.all("викторин", "викторина сайыс", "quiz"));
		forms.put("competition",
				Phrase.all("жарыс", "соревнован", "турнир", "спартакиад", "кросс$", "competition", "tournament"));
		forms.put("evening", Phrase.all("кеш$", "кеші$", "кешін$", "вечер$", "вечера$", "evening"));
		forms.put("marathon", Phrase.all("марафон", "marathon"));
		return Collections.unmodifiableMap(forms);
	}

}
