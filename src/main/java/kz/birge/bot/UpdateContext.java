package kz.birge.bot;

/**
 * One update from a private chat, free of the Telegram library's types.
 *
 * @param updateId Telegram's update_id
 * @param chatId the chat to answer in
 * @param from who sent it
 * @param incoming what they sent
 */
public record UpdateContext(long updateId, long chatId, Person from, Incoming incoming) {
}
