package kz.birge.planimport;

import java.util.List;

/**
 * A plan read from a file, what the reading could not place, and where its organisation
 * and title were found.
 */
public record ReadPlan(PlanDraft plan, List<ImportWarning> warnings, FrontMatter.Sources sources) {

	public ReadPlan {
		warnings = List.copyOf(warnings);
	}

	public ReadPlan(PlanDraft plan, List<ImportWarning> warnings) {
		this(plan, warnings, FrontMatter.Sources.NONE);
	}

}
