/**
 * The bot's own machinery, free of the Telegram library: updates, the dispatcher and the
 * declared handlers it routes to ({@link kz.birge.bot.ChatHandlers}), who may use them
 * ({@link kz.birge.bot.Access}), conversations as typed flows
 * ({@link kz.birge.bot.Flow}), callback data and keyboards.
 */
package kz.birge.bot;
