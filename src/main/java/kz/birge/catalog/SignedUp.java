package kz.birge.catalog;

import java.util.Collection;

/**
 * How many people hold a sign-up for occurrences: what the catalogue asks before a
 * change, so that a coordinator knows whom it touches. The sign-ups answer it; the
 * catalogue and the plan import never read them.
 */
public interface SignedUp {

	/**
	 * The people with a seat or a place on the waitlist of any of these occurrences that
	 * has not ended yet, each counted once.
	 * @param occurrenceIds the occurrences
	 * @return how many people
	 */
	int people(Collection<String> occurrenceIds);

}
