package kz.birge.catalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

	/** The grades as people write them: "7", "5–9", "5–7, 9". */
	public String gradesText() {
		return this.grades.stream().map(GradeRange::label).collect(Collectors.joining(", "));
	}

	/**
	 * "one" when the audience is a single grade, else "other": the choice a message makes
	 * with {@code {n,select,one{7-сынып} other{5–9 сынып}}}, since a single grade and a
	 * range read differently in every language.
	 */
	public String gradesCount() {
		return gradesCount(this.grades);
	}

	public static String gradesCount(List<GradeRange> grades) {
		return (grades.size() == 1 && grades.get(0).single()) ? "one" : "other";
	}

}
