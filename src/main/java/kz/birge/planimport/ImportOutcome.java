package kz.birge.planimport;

/**
 * What an import did.
 *
 * @param campaignId the campaign created or updated
 * @param organisationId its organisation
 * @param created activities new in this import
 * @param updated activities the plan changed
 * @param unchanged activities as they were, with their sign-ups
 * @param removed activities no longer in the plan
 * @param occurrences occurrences of the plan's activities
 */
public record ImportOutcome(String campaignId, String organisationId, int created, int updated, int unchanged,
		int removed, int occurrences) {
}
