package kz.birge.planimport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.birge.planimport.PlanDraft.ActivityDraft;

/**
 * Branches named in the places: "Сарқан, Алакөл, Лепсі филиалдары". A place that names no
 * "филиал" still involves the branches whose names it mentions ("№7 Лепсі орман
 * тұқымбағы").
 */
final class Branches {

	private static final Pattern NAMED = Pattern.compile("((?:\\p{Lu}[\\p{Ll}-]+\\s*,?\\s*)+)филиал",
			Pattern.UNICODE_CASE);

	private Branches() {
	}

	static List<ActivityDraft> fill(List<ActivityDraft> activities) {
		Set<String> known = new LinkedHashSet<>();
		for (ActivityDraft activity : activities) {
			activity.places().forEach((place) -> known.addAll(named(place)));
		}
		if (known.isEmpty()) {
			return activities;
		}
		List<ActivityDraft> filled = new ArrayList<>();
		for (ActivityDraft activity : activities) {
			String places = String.join(" ", activity.places());
			List<String> branches = known.stream().filter(places::contains).toList();
			filled.add(activity.withBranches(branches));
		}
		return filled;
	}

	static List<String> named(String place) {
		List<String> names = new ArrayList<>();
		Matcher matcher = NAMED.matcher(place);
		while (matcher.find()) {
			for (String name : matcher.group(1).split("[,\\s]+")) {
				if (name.length() > 2) {
					names.add(name);
				}
			}
		}
		return names;
	}

}
