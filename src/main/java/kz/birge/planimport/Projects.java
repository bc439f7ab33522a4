package kz.birge.planimport;

import java.util.List;

import kz.birge.planimport.vocabulary.Column;

/**
 * A project's cell spans several rows in Word, and its text lands in one of them, not
 * always the first. Each row belongs to the nearest project at or above it; rows above
 * the table's first project belong to that first project.
 */
final class Projects {

	private Projects() {
	}

	static void spread(List<RawRow> rows) {
		String first = null;
		for (RawRow row : rows) {
			String name = clean(row.get(Column.PROJECT));
			if (!name.isEmpty()) {
				first = name;
				break;
			}
		}
		String current = first;
		for (RawRow row : rows) {
			String name = clean(row.get(Column.PROJECT));
			if (!name.isEmpty()) {
				current = name;
			}
			row.project = current;
		}
	}

	/** «ҚҰҚЫҚТЫ Қ МӘДЕНИЕТ » ЖОБАСЫ keeps its words, without stray spaces. */
	static String clean(String project) {
		return project.replaceAll("\\s+", " ").replaceAll("«\\s+", "«").replaceAll("\\s+»", "»").trim();
	}

}
