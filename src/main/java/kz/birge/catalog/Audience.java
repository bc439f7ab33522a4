package kz.birge.catalog;

import java.util.List;
import java.util.Set;

/**
 * Who an activity is for: grade ranges and categories. Students of a grade in a range are
 * in the audience; so is everyone of a listed category. Empty means the plan did not say.
 */
public record Audience(List<GradeRange> grades, Set<Category> categories) {

	public static final Audience UNSPECIFIED = new Audience(List.of(), Set.of());

	public Audience {
		grades = List.copyOf(grades);
		categories = Set.copyOf(categories);
	}

	public boolean unspecified() {
		return this.grades.isEmpty() && this.categories.isEmpty();
	}

	public boolean includesGrade(int grade) {
		return this.grades.stream().anyMatch((range) -> range.contains(grade));
	}

}
