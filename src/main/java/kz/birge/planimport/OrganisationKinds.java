package kz.birge.planimport;

import kz.birge.catalog.Organisation;

/**
 * Decides what an organisation is when its first plan is imported: its name says it
 * ("мектебі", "ЖОББМ", "лицей", "ұлттық паркі", "СОШ"), or else the plan does: a plan
 * with a school parliament's fractions is a school's.
 */
final class OrganisationKinds {

	private OrganisationKinds() {
	}

	static Organisation.Kind of(String name, PlanDraft plan) {
		Organisation.Kind byName = Organisation.Kind.ofName(name);
		if (byName == Organisation.Kind.OTHER && !plan.fractions().isEmpty()) {
			return Organisation.Kind.SCHOOL;
		}
		return byName;
	}

}
