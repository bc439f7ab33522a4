/**
 * Test support for end-to-end bot tests: {@link kz.birge.support.FakeBotApi}, a fake
 * Telegram Bot API server the real TelegramBots client talks to over loopback HTTP, and
 * {@link kz.birge.support.Updates}, which builds the updates a test feeds it.
 */
package kz.birge.support;
