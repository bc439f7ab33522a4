/**
 * The catalogue: organisations, campaigns (imported plans), fractions, activities and
 * their occurrences, and what they count. It owns their collections; other modules read
 * and change them through its services ({@link kz.birge.catalog.Activities},
 * {@link kz.birge.catalog.Campaigns}, {@link kz.birge.catalog.PlanStore},
 * {@link kz.birge.catalog.Catalogue}).
 */
package kz.birge.catalog;
