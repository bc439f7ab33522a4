package kz.birge.user;

import kz.birge.i18n.Lang;

/**
 * Someone became a teacher or a coordinator: their chat's command menu should show their commands.
 *
 * @param chatId their private chat
 * @param role their new role
 * @param lang the language they read
 */
public record StaffJoined(long chatId, Role role, Lang lang) {
}
