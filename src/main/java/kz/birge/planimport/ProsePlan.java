package kz.birge.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.birge.catalog.Audience;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;
import kz.birge.planimport.vocabulary.AudienceReader;
import kz.birge.planimport.vocabulary.FormReader;

/**
 * A plan written as a letter: its directions are a numbered list "1) «Title» - what it
 * is;". The directions are the longest run 1, 2, 3... whose items carry a «quoted» title;
 * a list repeated later in the letter counts once. Each direction spans the plan's
 * period.
 */
final class ProsePlan {

	private static final Pattern ITEM = Pattern.compile("^\\s*(\\d{1,2})\\)\\s+(.+)$", Pattern.DOTALL);

	private static final Pattern QUOTED = Pattern.compile("«([^»]+)»");

	private ProsePlan() {
	}

	static List<ActivityDraft> activities(List<String> paragraphs, PlanPeriod period) {
		List<List<Item>> runs = new ArrayList<>();
		List<Item> run = new ArrayList<>();
		for (int i = 0; i < paragraphs.size(); i++) {
			Matcher item = ITEM.matcher(FrontMatter.clean(paragraphs.get(i)));
			if (!item.matches()) {
				continue;
			}
			int number = Integer.parseInt(item.group(1));
			if (number == 1 || run.isEmpty() || number != run.get(run.size() - 1).number + 1) {
				run = new ArrayList<>();
				runs.add(run);
			}
			run.add(new Item(i + 1, number, item.group(2).trim()));
		}
		Optional<List<Item>> directions = runs.stream()
			.filter((candidate) -> candidate.stream().filter((item) -> QUOTED.matcher(item.text).find()).count()
					* 2 > candidate.size())
			.max((a, b) -> Integer.compare(a.size(), b.size()));
		if (directions.isEmpty()) {
			return List.of();
		}
		Map<String, ActivityDraft> unique = new LinkedHashMap<>();
		for (Item item : directions.get()) {
			ActivityDraft draft = draft(item);
			unique.putIfAbsent(PlanInterpreter.key(draft.title()), draft);
		}
		return List.copyOf(unique.values());
	}

	private static ActivityDraft draft(Item item) {
		Matcher quoted = QUOTED.matcher(item.text);
		String title = quoted.find() ? "«" + quoted.group(1).trim() + "»" : item.text;
		String description = item.text.replaceAll(";\\s*$", "");
		Audience audience = AudienceReader.read(description);
		return new ActivityDraft(item.line, item.number, Optional.empty(), Optional.empty(), title, description,
				FormReader.formOf(description), List.of(), List.of(), "", "", audience,
				List.of(new IndicatorSpec(Metric.PARTICIPANTS, "")), "", "", List.of(new Schedule.WholePeriod()));
	}

	private record Item(int line, int number, String text) {
	}

}
