/**
 * Calendar files: an occurrence as an iCalendar (.ics) event that a phone's calendar
 * accepts.
 */
package kz.birge.calendar;
