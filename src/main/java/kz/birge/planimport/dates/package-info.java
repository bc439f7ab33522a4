/**
 * The Kazakh and Russian date grammar of activity plans: days, spans, months, repeats and
 * deadlines as schools write them ({@link kz.birge.planimport.dates.DateGrammar}),
 * resolved within a plan's period. Offered to the coordinator's screens, which read typed
 * dates the same way.
 */
@NamedInterface("dates")
package kz.birge.planimport.dates;

import org.springframework.modulith.NamedInterface;
