/**
 * Configuration every module reads, the database (embedded or MongoDB) and the clock.
 */
package kz.birge.system;
