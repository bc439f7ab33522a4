package kz.birge.bot;

import kz.birge.i18n.Lang;

/**
 * Someone became a teacher or a coordinator: their chat's command menu should show their
 * commands.
 *
 * @param chatId their private chat
 * @param standing what they may now do
 * @param lang the language they read
 */
public record StaffJoined(long chatId, Access standing, Lang lang) {
}
