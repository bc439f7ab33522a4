package kz.birge.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;

import org.springframework.stereotype.Service;

/**
 * Counts a campaign again from the raw records and says where the kept counters disagree.
 */
@Service
public class Recount {

	/** What a difference is about. */
	public enum Kind {

		PARTICIPANTS, UNIQUE, CLASSES, SCHOOLS, METRIC

	}

	/**
	 * A kept count that disagrees with the raw records.
	 *
	 * @param kind what is counted
	 * @param metricKey the indicator's key for {@link Kind#METRIC}, otherwise empty
	 * @param occurrenceId the occurrence (or, for unique participants, classes and
	 * schools, the activity), or empty for the campaign's total
	 * @param kept what the counters hold
	 * @param counted what the raw records give
	 */
	public record Difference(Kind kind, Optional<String> metricKey, Optional<String> occurrenceId, BigDecimal kept,
			BigDecimal counted) {

		static Difference of(Kind kind, Optional<String> occurrenceId, long kept, long counted) {
			return new Difference(kind, Optional.empty(), occurrenceId, BigDecimal.valueOf(kept),
					BigDecimal.valueOf(counted));
		}

		static Difference metric(String key, Optional<String> occurrenceId, BigDecimal kept, BigDecimal counted) {
			return new Difference(Kind.METRIC, Optional.of(key), occurrenceId, kept, counted);
		}

	}

	private final AttendanceRecords attendances;

	private final IndicatorValues values;

	private final Counters counters;

	Recount(AttendanceRecords attendances, IndicatorValues values, Counters counters) {
		this.attendances = attendances;
		this.values = values;
		this.counters = counters;
	}

	/** What the raw records of a campaign add up to. */
	private static final class Tally {

		long participants;

		long unique;

		final Set<String> people = new HashSet<>();

		final Set<String> classes = new HashSet<>();

		final Set<String> schools = new HashSet<>();

		final Map<String, Long> perOccurrence = new HashMap<>();

		final Map<String, BigDecimal> metrics = new HashMap<>();

		final Map<String, Map<String, BigDecimal>> occurrenceMetrics = new HashMap<>();

		/** Per activity: its people, classes and schools, and its unique participants. */
		final Map<String, Set<String>> activityPeople = new HashMap<>();

		final Map<String, Long> activityUnique = new HashMap<>();

		final Map<String, Set<String>> activityClasses = new HashMap<>();

		final Map<String, Set<String>> activitySchools = new HashMap<>();

		void add(AttendanceRecords.Present present) {
			String activity = present.activityId();
			if (this.activityPeople.computeIfAbsent(activity, (id) -> new HashSet<>()).add(present.personKey())) {
				this.activityUnique.merge(activity, present.headcount(), Long::sum);
			}
			present.classKey()
				.ifPresent((key) -> this.activityClasses.computeIfAbsent(activity, (id) -> new HashSet<>()).add(key));
			present.schoolKey()
				.ifPresent((key) -> this.activitySchools.computeIfAbsent(activity, (id) -> new HashSet<>()).add(key));
			this.participants += present.headcount();
			this.perOccurrence.merge(present.occurrenceId(), present.headcount(), Long::sum);
			if (this.people.add(present.personKey())) {
				this.unique += present.headcount();
			}
			present.classKey().ifPresent(this.classes::add);
			present.schoolKey().ifPresent(this.schools::add);
		}

		void add(Document value) {
			BigDecimal amount = amountOf(value);
			this.metrics.merge(value.getString("key"), amount, BigDecimal::add);
			this.occurrenceMetrics.computeIfAbsent(value.getString("occurrenceId"), (id) -> new HashMap<>())
				.merge(value.getString("key"), amount, BigDecimal::add);
		}

	}

	/**
	 * Differences between the kept counters and the raw records; empty when they agree.
	 */
	public List<Difference> check(String campaignId) {
		Tally tally = new Tally();
		this.attendances.presentIn(campaignId).forEach(tally::add);
		this.values.campaignValues(campaignId).forEach(tally::add);
		Counters.Counted kept = this.counters.campaign(campaignId);
		List<Difference> differences = new ArrayList<>();
		Optional<String> total = Optional.empty();
		compare(differences, Kind.PARTICIPANTS, total, kept.participants(), tally.participants);
		compare(differences, Kind.UNIQUE, total, kept.unique(), tally.unique);
		compare(differences, Kind.CLASSES, total, kept.classes(), tally.classes.size());
		compare(differences, Kind.SCHOOLS, total, kept.schools(), tally.schools.size());
		compareMetrics(differences, total, kept.metrics(), tally.metrics);
		this.counters.activitiesOf(campaignId, tally.activityPeople.keySet())
			.ifPresent((activities) -> tally.activityPeople.keySet().forEach((id) -> {
				Counters.Counted one = activities.getOrDefault(id, Counters.Counted.NONE);
				Optional<String> activity = Optional.of(id);
				compare(differences, Kind.UNIQUE, activity, one.unique(), tally.activityUnique.getOrDefault(id, 0L));
				compare(differences, Kind.CLASSES, activity, one.classes(),
						tally.activityClasses.getOrDefault(id, Set.of()).size());
				compare(differences, Kind.SCHOOLS, activity, one.schools(),
						tally.activitySchools.getOrDefault(id, Set.of()).size());
			}));
		Map<String, Counters.Counted> occurrences = this.counters.occurrencesOf(campaignId);
		Set<String> ids = new HashSet<>(occurrences.keySet());
		ids.addAll(tally.perOccurrence.keySet());
		for (String id : ids) {
			Counters.Counted one = occurrences.getOrDefault(id, Counters.Counted.NONE);
			compare(differences, Kind.PARTICIPANTS, Optional.of(id), one.participants(),
					tally.perOccurrence.getOrDefault(id, 0L));
			compareMetrics(differences, Optional.of(id), one.metrics(),
					tally.occurrenceMetrics.getOrDefault(id, Map.of()));
		}
		return differences;
	}

	/**
	 * Writes a campaign's counters anew from the raw records; a repair when
	 * {@link #check} found differences.
	 */
	public void rebuild(String campaignId) {
		List<AttendanceRecords.Present> present = this.attendances.presentIn(campaignId);
		List<Document> recorded = this.values.campaignValues(campaignId);
		Set<String> activityIds = new HashSet<>();
		present.forEach((attendance) -> activityIds.add(attendance.activityId()));
		recorded.forEach((value) -> activityIds.add(value.getString("activityId")));
		this.counters.reset(campaignId, List.copyOf(activityIds));
		for (AttendanceRecords.Present attendance : present) {
			Counters.Scope scope = new Counters.Scope(attendance.occurrenceId(), attendance.activityId(), campaignId);
			this.counters.participants(scope, attendance.headcount());
			this.counters.person(scope, attendance.personKey(), 1, attendance.headcount(), attendance.classKey(),
					attendance.schoolKey());
		}
		for (Document value : recorded) {
			Counters.Scope scope = new Counters.Scope(value.getString("occurrenceId"), value.getString("activityId"),
					campaignId);
			this.counters.metric(scope, value.getString("key"), amountOf(value));
		}
	}

	private static BigDecimal amountOf(Document value) {
		return Counters.fromThousandths(((Number) value.get("value")).longValue());
	}

	private static void compare(List<Difference> differences, Kind kind, Optional<String> occurrenceId, long kept,
			long counted) {
		if (kept != counted) {
			differences.add(Difference.of(kind, occurrenceId, kept, counted));
		}
	}

	/** Every indicator kept or recorded, compared. */
	private static void compareMetrics(List<Difference> differences, Optional<String> occurrenceId,
			Map<String, BigDecimal> kept, Map<String, BigDecimal> counted) {
		Set<String> keys = new HashSet<>(kept.keySet());
		keys.addAll(counted.keySet());
		for (String key : keys) {
			BigDecimal have = kept.getOrDefault(key, BigDecimal.ZERO);
			BigDecimal expected = counted.getOrDefault(key, BigDecimal.ZERO);
			if (have.compareTo(expected) != 0) {
				differences.add(Difference.metric(key, occurrenceId, have, expected));
			}
		}
	}

}
