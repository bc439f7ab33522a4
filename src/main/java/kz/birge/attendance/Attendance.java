package kz.birge.attendance;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Whether someone came to an occurrence: a person with an account ("occurrence:user"), or
 * a walk-in, by name or as a group's headcount ("park staff: 14").
 *
 * @param id occurrence id, "_" and user id, or occurrence id, "_w_" and a short id for a
 * walk-in
 * @param occurrenceId the occurrence
 * @param activityId its activity
 * @param campaignId its campaign
 * @param organisationId its organisation
 * @param userId the person, or null for a walk-in
 * @param name how the roster shows them
 * @param headcount 1 for a person, the group's size for a group
 * @param mark present, absent, or checked in and waiting for the teacher
 * @param classKey the student's class within their school, or null
 * @param schoolKey the student's school, or null
 * @param markedBy who marked it last (0 for a self check-in)
 * @param at when
 */
@CompoundIndex(name = "occurrence", def = "{occurrenceId: 1, at: 1}")
@CompoundIndex(name = "campaign_mark", def = "{campaignId: 1, mark: 1}")
@CompoundIndex(name = "user_mark", def = "{userId: 1, mark: 1}")
@Document("attendance")
public record Attendance(@Id String id, String occurrenceId, String activityId, String campaignId,
		String organisationId, Long userId, String name, long headcount, Mark mark, String classKey, String schoolKey,
		long markedBy, Instant at) {

	/** Where a person stands on the roster. */
	public enum Mark {

		PRESENT, ABSENT, CHECKED_IN

	}

	public boolean present() {
		return this.mark == Mark.PRESENT;
	}

	public boolean walkIn() {
		return this.userId == null;
	}

	/**
	 * What stands between the occurrence and the anonymous key in the id of a forgotten
	 * person's attendance (never in a walk-in's id, whose random part is base64url).
	 */
	static final String ANONYMOUS = "_a.";

	/**
	 * Who this is to the counters: the user, a forgotten person's anonymous key, or the
	 * walk-in record itself.
	 */
	String personKey() {
		if (this.userId != null) {
			return "user:" + this.userId;
		}
		int anonymous = this.id.indexOf(ANONYMOUS);
		return (anonymous >= 0) ? "anon:" + this.id.substring(anonymous + ANONYMOUS.length()) : "walkin:" + this.id;
	}

	Optional<String> classKeyOf() {
		return Optional.ofNullable(this.classKey);
	}

	Optional<String> schoolKeyOf() {
		return Optional.ofNullable(this.schoolKey);
	}

}
