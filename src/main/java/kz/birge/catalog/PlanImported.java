package kz.birge.catalog;

import java.util.List;

/**
 * A plan was imported or imported again: what reads the catalogue should forget what it
 * cached, and the members of a fraction may hear of its new activities.
 *
 * @param organisationId whose plan
 * @param campaignId the campaign
 * @param createdActivityIds the activities this import added
 */
public record PlanImported(String organisationId, String campaignId, List<String> createdActivityIds) {

	public PlanImported {
		createdActivityIds = List.copyOf(createdActivityIds);
	}

}
