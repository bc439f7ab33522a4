package kz.birge.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.birge.catalog.Audience;
import kz.birge.catalog.GradeRange;
import kz.birge.planimport.CorpusPlan.ExpectedActivity;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.dates.Schedule;
import kz.birge.planimport.dates.TimeOfDay;

/**
 * How many fields of a plan's expected reading a reading got right, and which it got
 * wrong. Activities are paired by their number where the reading numbers each activity
 * once, else by their place; an activity the plan has and the reading lacks has all its
 * fields wrong, and an activity the reading has beyond the plan's counts as one wrong
 * field.
 */
final class CorpusScore {

	private int right;

	private int total;

	private final List<String> misses = new ArrayList<>();

	private CorpusScore() {
	}

	int right() {
		return this.right;
	}

	int total() {
		return this.total;
	}

	/** What was read wrong: "field: expected ≠ read". */
	List<String> misses() {
		return this.misses;
	}

	static CorpusScore of(CorpusPlan.Expected expected, ReadPlan read) {
		CorpusScore score = new CorpusScore();
		PlanDraft plan = read.plan();
		expected.plan().forEach((field, value) -> score.text("plan " + field, value, switch (field) {
			case "organisation" -> plan.organisation().orElse("");
			case "title" -> plan.title();
			case "period" -> plan.period().start() + ".." + plan.period().end();
			default -> throw new IllegalArgumentException("No plan field " + field);
		}, !field.equals("period")));
		List<ActivityDraft> activities = plan.activities();
		boolean byNumber = activities.stream().allMatch((a) -> a.number() > 0)
				&& activities.stream().map(ActivityDraft::number).distinct().count() == activities.size();
		List<ExpectedActivity> wanted = expected.activities();
		for (int index = 0; index < wanted.size(); index++) {
			ExpectedActivity activity = wanted.get(index);
			int place = index;
			ActivityDraft found = byNumber
					? activities.stream().filter((a) -> a.number() == activity.number()).findFirst().orElse(null)
					: (place < activities.size()) ? activities.get(place) : null;
			score.activity(activity, found);
		}
		int extra = activities.size() - wanted.size();
		for (int i = 0; i < extra; i++) {
			score.count(false, "activity not in the plan: " + activities.get(wanted.size() + i).title());
		}
		return score;
	}

	private void activity(ExpectedActivity expected, ActivityDraft read) {
		String prefix = expected.number() + " ";
		if (read == null) {
			expected.fields().keySet().forEach((field) -> count(false, prefix + field + ": activity not read"));
			return;
		}
		expected.fields().forEach((field, value) -> {
			switch (field) {
				case "title" -> text(prefix + field, value, read.title(), true);
				case "place" -> text(prefix + field, value, String.join(" ", read.places()), true);
				case "responsible" -> text(prefix + field, value, read.responsible(), true);
				case "form" -> text(prefix + field, value, read.form().orElse(""), false);
				case "dates" -> set(prefix + field, value, dates(read), Set::of);
				case "time" -> text(prefix + field, value, read.time().map(CorpusScore::time).orElse(""), false);
				case "grades" -> set(prefix + field, value, grades(read.audience()), CorpusScore::gradesOf);
				case "who" -> set(prefix + field, value, who(read.audience()), Set::of);
				default -> throw new IllegalArgumentException("No activity field " + field);
			}
		});
	}

	private void text(String field, String expected, String read, boolean words) {
		String actual = words ? words(read) : read.strip();
		boolean ok = Arrays.stream(expected.split("\\|\\|"))
			.map(String::strip)
			.map((alternative) -> alternative.equals("-") ? "" : alternative)
			.map((alternative) -> words ? words(alternative) : alternative)
			.anyMatch(actual::equals);
		count(ok, field + ": " + expected + " ≠ " + (read.isBlank() ? "-" : read));
	}

	private void set(String field, String expected, Set<String> read, Function<String, Set<String>> expand) {
		boolean ok = Arrays.stream(expected.split("\\|\\|"))
			.map(String::strip)
			.anyMatch((alternative) -> members(alternative, expand).equals(read));
		count(ok, field + ": " + expected + " ≠ " + (read.isEmpty() ? "-" : String.join(", ", read)));
	}

	private static Set<String> members(String written, Function<String, Set<String>> expand) {
		Set<String> members = new TreeSet<>();
		if (!written.equals("-")) {
			Arrays.stream(written.split(",")).map(String::strip).map(expand).forEach(members::addAll);
		}
		return members;
	}

	private void count(boolean ok, String miss) {
		this.total++;
		if (ok) {
			this.right++;
		}
		else {
			this.misses.add(miss);
		}
	}

	/** Text compared by its words: case, punctuation, quotes and spaces do not matter. */
	static String words(String text) {
		return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static Set<String> dates(ActivityDraft activity) {
		Set<String> tokens = new TreeSet<>();
		for (Schedule schedule : activity.schedules()) {
			if (schedule instanceof Schedule.OnDays days) {
				days.days().stream().map(LocalDate::toString).forEach(tokens::add);
			}
			else if (schedule instanceof Schedule.Between between) {
				tokens.add(between.from() + ".." + between.to());
			}
			else if (schedule instanceof Schedule.By by) {
				tokens.add("by " + by.deadline());
			}
			else if (schedule instanceof Schedule.From from) {
				tokens.add("from " + from.start());
			}
			else if (schedule instanceof Schedule.Every every) {
				String unit = every.frequency().name().toLowerCase(Locale.ROOT);
				tokens.add(unit + every.day().map((day) -> " on " + day).orElse("")
						+ ((every.times() > 1) ? " x" + every.times() : ""));
			}
			else {
				tokens.add("whole");
			}
		}
		return tokens;
	}

	private static String time(TimeOfDay time) {
		return time.start() + time.end().map((end) -> "-" + end).orElse("");
	}

	private static Set<String> grades(Audience audience) {
		Set<String> grades = new TreeSet<>();
		for (GradeRange range : audience.grades()) {
			for (int grade = range.from(); grade <= range.to(); grade++) {
				grades.add(String.format("%02d", grade));
			}
		}
		return grades;
	}

	/** "5-8" as the grades 05, 06, 07, 08, so that "5-6, 7-8" reads the same. */
	private static Set<String> gradesOf(String token) {
		String[] ends = token.split("-");
		int from = Integer.parseInt(ends[0].strip());
		int to = Integer.parseInt(ends[ends.length - 1].strip());
		Set<String> grades = new TreeSet<>();
		for (int grade = from; grade <= to; grade++) {
			grades.add(String.format("%02d", grade));
		}
		return grades;
	}

	private static Set<String> who(Audience audience) {
		return audience.categories().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
	}

	static String share(int right, int total) {
		return String.format(Locale.ROOT, "%.1f%%", (total == 0) ? 100.0 : 100.0 * right / total);
	}

	static Map.Entry<Integer, Integer> sum(List<CorpusScore> scores) {
		return Map.entry(scores.stream().mapToInt(CorpusScore::right).sum(),
				scores.stream().mapToInt(CorpusScore::total).sum());
	}

}
