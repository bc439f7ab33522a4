/**
 * People and their roles: onboarding (/start), /profile, /lang, /help, and invites for
 * staff.
 */
package kz.birge.user;
