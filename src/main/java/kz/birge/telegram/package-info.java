/**
 * The edge to Telegram: long polling, the per-chat ordered executor and the sender. The
 * only package that touches the TelegramBots library.
 */
package kz.birge.telegram;
