/**
 * Attendance: a teacher's roster of an occurrence (present, absent, walk-ins by name or
 * as a group's headcount) and self check-in by a link or a QR code. Marks feed the
 * indicators' counters.
 */
package kz.birge.attendance;
