package kz.birge.catalog;

/** A plan was imported or imported again: what reads the catalogue should forget what it cached. */
public record PlanImported(String organisationId, String campaignId) {
}
