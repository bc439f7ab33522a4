/**
 * Birge: a Telegram bot that holds school and volunteer activity plans. Each sub-package
 * is a module of its own (see {@code ModularityTests}); {@code bot}, {@code i18n} and
 * {@code system} are shared by all.
 */
package kz.birge;
