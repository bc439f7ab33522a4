/**
 * What students and volunteers see: /events with its filters, an activity's card,
 * sign-ups and cancellations, /my with their record, /fractions, reminders and notices of
 * changes.
 */
package kz.birge.events;
