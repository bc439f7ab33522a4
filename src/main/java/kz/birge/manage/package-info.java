/**
 * A coordinator's screens for single activities: /new creates one step by step,
 * /activities renames, moves, cancels and restores one. The activities themselves live in
 * the catalogue.
 */
package kz.birge.manage;
