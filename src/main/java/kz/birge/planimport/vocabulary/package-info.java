/**
 * The words of activity plans: which column a table header names
 * ({@link kz.birge.planimport.vocabulary.HeaderRow}), who an activity is for
 * ({@link kz.birge.planimport.vocabulary.AudienceReader}), what it counts
 * ({@link kz.birge.planimport.vocabulary.IndicatorReader}) and what form it takes
 * ({@link kz.birge.planimport.vocabulary.FormReader}), in Kazakh, Russian and English.
 * <p>
 * All matching happens on folded text (see {@code Folding}): lower case, Kazakh letters
 * written as the Russian letters they are often typed with, punctuation as spaces. Word
 * lists are stems, so case endings need no entries of their own.
 */
@NamedInterface("vocabulary")
package kz.birge.planimport.vocabulary;

import org.springframework.modulith.NamedInterface;
