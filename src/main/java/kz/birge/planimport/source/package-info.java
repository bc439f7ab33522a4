/**
 * Plan files to blocks of text and table rows, one reader per format.
 */
package kz.birge.planimport.source;
