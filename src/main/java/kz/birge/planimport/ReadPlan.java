package kz.birge.planimport;

import java.util.List;

/** A plan read from a file, and what the reading could not place. */
public record ReadPlan(PlanDraft plan, List<ImportWarning> warnings) {

	public ReadPlan {
		warnings = List.copyOf(warnings);
	}

}
