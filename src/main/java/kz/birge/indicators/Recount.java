package kz.birge.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.birge.attendance.Attendance;
import kz.birge.attendance.Attendances;
import org.bson.Document;

import org.springframework.stereotype.Service;

/** Counts a campaign again from the raw records and says where the kept counters disagree. */
@Service
public class Recount {

	private final Attendances attendances;

	private final IndicatorValues values;

	private final Counters counters;

	Recount(Attendances attendances, IndicatorValues values, Counters counters) {
		this.attendances = attendances;
		this.values = values;
		this.counters = counters;
	}

	/** Differences between the kept counters and the raw records; empty when they agree. */
	public List<String> check(String campaignId) {
		long participants = 0;
		Set<String> people = new HashSet<>();
		long unique = 0;
		Set<String> classes = new HashSet<>();
		Set<String> schools = new HashSet<>();
		Map<String, Long> perOccurrence = new HashMap<>();
		for (Attendance attendance : this.attendances.presentIn(campaignId)) {
			participants += attendance.headcount();
			perOccurrence.merge(attendance.occurrenceId(), attendance.headcount(), Long::sum);
			String person = (attendance.userId() != null) ? "user:" + attendance.userId() : "walkin:" + attendance.id();
			if (people.add(person)) {
				unique += attendance.headcount();
			}
			if (attendance.classKey() != null) {
				classes.add(attendance.classKey());
			}
			if (attendance.schoolKey() != null) {
				schools.add(attendance.schoolKey());
			}
		}
		Map<String, BigDecimal> metrics = new HashMap<>();
		Map<String, BigDecimal> occurrenceMetrics = new HashMap<>();
		for (Document value : this.values.campaignValues(campaignId)) {
			BigDecimal amount = Counters.fromThousandths(((Number) value.get("value")).longValue());
			metrics.merge(value.getString("key"), amount, BigDecimal::add);
			occurrenceMetrics.merge(value.getString("occurrenceId") + "/" + value.getString("key"), amount, BigDecimal::add);
		}
		Counters.Counted kept = this.counters.campaign(campaignId);
		List<String> differences = new ArrayList<>();
		compare(differences, "participants", kept.participants(), participants);
		compare(differences, "unique", kept.unique(), unique);
		compare(differences, "classes", kept.classes(), classes.size());
		compare(differences, "schools", kept.schools(), schools.size());
		Set<String> keys = new HashSet<>(metrics.keySet());
		keys.addAll(kept.metrics().keySet());
		for (String key : keys) {
			BigDecimal expected = metrics.getOrDefault(key, BigDecimal.ZERO);
			if (kept.metric(key).compareTo(expected) != 0) {
				differences.add(key + ": " + kept.metric(key).toPlainString() + " ≠ " + expected.toPlainString());
			}
		}
		Map<String, Counters.Counted> occurrences = this.counters.occurrencesOf(campaignId);
		Set<String> ids = new HashSet<>(occurrences.keySet());
		ids.addAll(perOccurrence.keySet());
		for (String id : ids) {
			Counters.Counted one = occurrences.getOrDefault(id, Counters.Counted.NONE);
			compare(differences, "participants of " + id, one.participants(), perOccurrence.getOrDefault(id, 0L));
			for (Map.Entry<String, BigDecimal> metric : one.metrics().entrySet()) {
				BigDecimal expected = occurrenceMetrics.getOrDefault(id + "/" + metric.getKey(), BigDecimal.ZERO);
				if (metric.getValue().compareTo(expected) != 0) {
					differences.add(metric.getKey() + " of " + id + ": " + metric.getValue().toPlainString() + " ≠ " + expected.toPlainString());
				}
			}
		}
		return differences;
	}

	/** Writes a campaign's counters anew from the raw records; a repair when {@link #check} found differences. */
	public void rebuild(String campaignId) {
		List<Attendance> present = this.attendances.presentIn(campaignId);
		List<Document> recorded = this.values.campaignValues(campaignId);
		Set<String> activityIds = new HashSet<>();
		present.forEach((attendance) -> activityIds.add(attendance.activityId()));
		recorded.forEach((value) -> activityIds.add(value.getString("activityId")));
		this.counters.reset(campaignId, List.copyOf(activityIds));
		for (Attendance attendance : present) {
			Counters.Scope scope = new Counters.Scope(attendance.occurrenceId(), attendance.activityId(), campaignId);
			this.counters.participants(scope, attendance.headcount());
			String person = (attendance.userId() != null) ? "user:" + attendance.userId() : "walkin:" + attendance.id();
			this.counters.person(campaignId, person, 1, attendance.headcount(), java.util.Optional.ofNullable(attendance.classKey()),
					java.util.Optional.ofNullable(attendance.schoolKey()));
		}
		for (Document value : recorded) {
			Counters.Scope scope = new Counters.Scope(value.getString("occurrenceId"), value.getString("activityId"), campaignId);
			this.counters.metric(scope, value.getString("key"), Counters.fromThousandths(((Number) value.get("value")).longValue()));
		}
	}

	private static void compare(List<String> differences, String what, long kept, long counted) {
		if (kept != counted) {
			differences.add(what + ": " + kept + " ≠ " + counted);
		}
	}

}
