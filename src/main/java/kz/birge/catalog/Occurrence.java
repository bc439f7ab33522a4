package kz.birge.catalog;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When an activity happens: from {@code start} (inclusive) to {@code end} (exclusive), in
 * UTC. A whole-day occurrence starts at midnight in the organisation's zone. Attendance
 * and indicators attach to occurrences.
 *
 * @param id identifier
 * @param activityId its activity
 * @param campaignId its activity's plan
 * @param organisationId its activity's organisation
 * @param fractionId its activity's fraction, or null
 * @param start when it starts
 * @param end when it ends
 * @param allDay true when the plan gave days, not times
 * @param kind how the plan wrote it
 * @param cancelled true when this one occurrence was called off
 */
@CompoundIndex(name = "activity", def = "{activityId: 1, cancelled: 1, start: 1}")
@CompoundIndex(name = "campaign", def = "{campaignId: 1, cancelled: 1, activityId: 1}")
@CompoundIndex(name = "organisation_coming", def = "{organisationId: 1, cancelled: 1, end: 1}")
@CompoundIndex(name = "organisation_start", def = "{organisationId: 1, cancelled: 1, start: 1}")
@CompoundIndex(name = "organisation_kind", def = "{organisationId: 1, cancelled: 1, kind: 1}")
@CompoundIndex(name = "coming", def = "{cancelled: 1, end: 1, start: 1}")
@CompoundIndex(name = "kind", def = "{cancelled: 1, kind: 1}")
@Document("occurrences")
public record Occurrence(@Id String id, String activityId, String campaignId, String organisationId, String fractionId,
		Instant start, Instant end, boolean allDay, Kind kind, boolean cancelled) {

	/** How the plan wrote an occurrence. */
	public enum Kind {

		/** A day or a range of days. */
		DAYS,
		/** Due by a day ("10 сәуірге дейін"). */
		DEADLINE,
		/** One of a repetition: a week, a month, a quarter, every Thursday. */
		REPEAT,
		/** The whole campaign. */
		WHOLE_PERIOD,
		/** A date and time a coordinator set. */
		SCHEDULED

	}

}
