/**
 * Reading activity plans (.docx, .xlsx, .csv, .tsv, .txt) into drafts, and importing them
 * in chat with a preview; the catalogue stores what is imported.
 */
package kz.birge.planimport;
