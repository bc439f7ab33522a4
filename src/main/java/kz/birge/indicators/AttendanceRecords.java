package kz.birge.indicators;

import java.util.List;
import java.util.Optional;

/**
 * The raw attendance records a recount reads, as the indicators see them. Implemented
 * where attendance is kept, so that the indicators need not know how.
 */
public interface AttendanceRecords {

	/** Every attendance marked present in a campaign. */
	List<Present> presentIn(String campaignId);

	/**
	 * One attendance marked present.
	 *
	 * @param occurrenceId the occurrence
	 * @param activityId its activity
	 * @param personKey who this is to the counters, as {@link Counters#person} was given
	 * it
	 * @param headcount 1 for a person, the group's size for a group of walk-ins
	 * @param classKey the student's class within their school, if any
	 * @param schoolKey the student's school, if any
	 */
	record Present(String occurrenceId, String activityId, String personKey, long headcount, Optional<String> classKey,
			Optional<String> schoolKey) {
	}

}
