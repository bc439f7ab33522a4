package kz.birge.planimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A plan of the corpus in src/test/resources/corpus: its text ({@code NN_name.txt}) and
 * what a careful person reads from it ({@code NN_name.expected}).
 * <p>
 * The expected reading is lines of {@code key: value}: first the plan's
 * {@code organisation}, {@code title} and {@code period}
 * ({@code 2026-09-01..2027-05-31}), then one paragraph per activity, opened by
 * {@code N. title} (N its number in the plan, or its place for a plan without numbers)
 * and followed by the fields the plan gives: {@code dates}, {@code time}, {@code grades},
 * {@code who}, {@code form}, {@code place}, {@code responsible}. Only the fields written
 * are compared; {@code -} means the plan gives none. A text value may list readings that
 * are equally right, separated by {@code ||}. Lines starting with {@code #} are comments.
 * <ul>
 * <li>{@code dates}: comma-separated: a day {@code 2026-10-05}, a span
 * {@code 2026-10-05..2026-10-10}, {@code by 2026-10-10}, {@code from 2026-09-01},
 * {@code weekly}, {@code weekly on THURSDAY}, {@code monthly}, {@code quarterly} (with
 * {@code x2} for twice in each), {@code whole} (the whole plan's period)</li>
 * <li>{@code time}: {@code 15:00} or {@code 10:00-12:00}</li>
 * <li>{@code grades}: grades and ranges, {@code 5-8, 10-11} (compared as the set of
 * grades)</li>
 * <li>{@code who}: the kinds of people besides grades, {@code VOLUNTEERS, STAFF}</li>
 * <li>{@code form}: the form's key ({@code contest}, {@code clean_up}...)</li>
 * </ul>
 */
record CorpusPlan(String name, Path text, Expected expected) {

	static final Path FOLDER = Path.of("src/test/resources/corpus");

	private static final Pattern ACTIVITY = Pattern.compile("^(\\d{1,3})\\.\\s+(.+)$");

	private static final Pattern FIELD = Pattern.compile("^(\\p{L}+):\\s*(.*)$");

	/** Every plan of the corpus, by name. */
	static List<CorpusPlan> all() {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.filter((path) -> path.getFileName().toString().endsWith(".txt"))
				.sorted()
				.map(CorpusPlan::of)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static CorpusPlan of(Path text) {
		String file = text.getFileName().toString();
		String name = file.substring(0, file.length() - ".txt".length());
		Path expected = text.resolveSibling(name + ".expected");
		try {
			return new CorpusPlan(name, text, parse(Files.readString(expected, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No expected reading beside " + text, ex);
		}
	}

	byte[] bytes() {
		try {
			return Files.readAllBytes(this.text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Expected parse(String content) {
		Map<String, String> plan = new LinkedHashMap<>();
		List<ExpectedActivity> activities = new ArrayList<>();
		Map<String, String> current = plan;
		for (String raw : content.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher activity = ACTIVITY.matcher(line);
			if (activity.matches()) {
				current = new LinkedHashMap<>();
				current.put("title", activity.group(2).strip());
				activities.add(new ExpectedActivity(Integer.parseInt(activity.group(1)), current));
				continue;
			}
			Matcher field = FIELD.matcher(line);
			if (!field.matches()) {
				throw new IllegalArgumentException("Not a field of an expected reading: " + line);
			}
			if (current.put(field.group(1), field.group(2).strip()) != null) {
				throw new IllegalArgumentException("Field given twice: " + line);
			}
		}
		return new Expected(plan, activities);
	}

	/** The plan's expected fields, and its activities'. */
	record Expected(Map<String, String> plan, List<ExpectedActivity> activities) {
	}

	/** One activity's expected fields, the title among them. */
	record ExpectedActivity(int number, Map<String, String> fields) {
	}

}
