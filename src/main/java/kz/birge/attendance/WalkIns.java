package kz.birge.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walk-ins as a teacher types them, one a line: a person's name ("Асқар Жанұзақов") or a
 * group and its headcount ("парк қызметкерлері: 14"). Anything else, such as a question
 * to the bot or a number without a group, is refused rather than added as a participant.
 */
final class WalkIns {

	static final int MIN_LENGTH = 2;

	static final int MAX_LENGTH = 80;

	/** The most words a person's name has: given names, surname, patronymic. */
	static final int MAX_NAME_WORDS = 4;

	static final int MAX_HEADCOUNT = 10_000;

	private static final Pattern GROUP = Pattern.compile("^(.{2,80}?)\\s*[:\\-–—]\\s*(\\d{1,5})$");

	/**
	 * Letters, with spaces, hyphens, apostrophes and the dots of initials between them.
	 */
	private static final Pattern NAME = Pattern.compile("^\\p{L}[\\p{L}\\p{M} .'’ʼ\\-]*$");

	/**
	 * A group's name: letters and digits with plain punctuation, never a question or a
	 * command.
	 */
	private static final Pattern GROUP_NAME = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} .,'’ʼ\"«»()№\\-]*$");

	private WalkIns() {
	}

	/** A person (headcount 1) or a group. */
	record Entry(String name, int headcount) {
	}

	/** What the lines were: the entries understood, and the lines refused. */
	record Reading(List<Entry> entries, List<String> refused) {

		boolean accepted() {
			return !this.entries.isEmpty() && this.refused.isEmpty();
		}

	}

	static Reading read(String text) {
		List<Entry> entries = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String entry = line.strip().replaceAll("\\s+", " ");
			if (!entry.isEmpty()) {
				entry(entry).ifPresentOrElse(entries::add, () -> refused.add(entry));
			}
		}
		return new Reading(entries, refused);
	}

	private static Optional<Entry> entry(String text) {
		Matcher group = GROUP.matcher(text);
		if (group.matches()) {
			String name = group.group(1).strip();
			int headcount = Integer.parseInt(group.group(2));
			boolean valid = GROUP_NAME.matcher(name).matches() && name.codePoints().anyMatch(Character::isLetter)
					&& headcount >= 1 && headcount <= MAX_HEADCOUNT;
			return valid ? Optional.of(new Entry(name, headcount)) : Optional.empty();
		}
		boolean name = text.length() >= MIN_LENGTH && text.length() <= MAX_LENGTH && NAME.matcher(text).matches()
				&& text.split(" ").length <= MAX_NAME_WORDS;
		return name ? Optional.of(new Entry(text, 1)) : Optional.empty();
	}

}
