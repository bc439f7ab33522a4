/**
 * The outbound queue: every message the bot sends on its own (reminders, notices,
 * announcements, report reminders, broadcasts) is kept in MongoDB until Telegram took it,
 * and drained at Telegram's limits; a 429 pauses every sender at once; a person who
 * blocked the bot is unreachable until they write again.
 */
package kz.birge.outbound;
