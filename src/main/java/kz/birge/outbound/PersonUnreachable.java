package kz.birge.outbound;

/**
 * A person blocked the bot: nothing more goes to them, and what they hold (seats) should
 * pass to others.
 *
 * @param userId who
 * @param chatId their private chat
 */
public record PersonUnreachable(long userId, long chatId) {
}
