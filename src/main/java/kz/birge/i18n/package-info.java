/**
 * Languages (Kazakh first, then Russian and English) and the messages of the bundles in
 * messages/.
 */
package kz.birge.i18n;
