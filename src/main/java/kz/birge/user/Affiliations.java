package kz.birge.user;

import java.util.Set;

/**
 * The people an organisation has to do with beyond those whose profile names it: the
 * volunteers (who name no organisation) who signed up for its activities. Answered by the
 * sign-ups, so that the people's module need not read them.
 */
public interface Affiliations {

	/**
	 * The people who ever signed up for an activity of this organisation.
	 * @param organisationId the organisation
	 * @return their user ids
	 */
	Set<Long> signedUpWith(String organisationId);

}
