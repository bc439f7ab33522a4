package kz.birge.planimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityStatus;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.catalog.PlanImported;
import kz.birge.catalog.PlanStore;
import kz.birge.catalog.PlanStore.ActivityChanges;
import kz.birge.catalog.PlanStore.OccurrenceChanges;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.PlanDraft.FractionDraft;
import kz.birge.planimport.dates.DateSpan;
import kz.birge.planimport.dates.Occurrences;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;
import kz.birge.planimport.dates.TimeOfDay;
import kz.birge.system.BirgeProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Stores a read plan. Importing the same plan again updates its campaign in place: an
 * activity the plan did not change keeps its id, occurrences and so its sign-ups; a
 * changed one keeps the occurrences whose days did not move; one no longer in the plan is
 * marked removed. All the writes for the plan's activities are bulk writes, not one per
 * row.
 */
@Service
public class PlanImporter {

	private final PlanStore store;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final ZoneId zone;

	private final Clock clock;

	PlanImporter(PlanStore store, Organisations organisations, ApplicationEventPublisher events,
			BirgeProperties properties, Clock clock) {
		this.store = store;
		this.organisations = organisations;
		this.events = events;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	/**
	 * Stores the plan for an organisation: {@code organisationId} when the importing
	 * coordinator manages one, else the organisation the plan names (created when new).
	 */
	public ImportOutcome save(PlanDraft plan, String sourceFile, Optional<String> organisationId) {
		Organisation organisation = organisationId.flatMap(this.organisations::find)
			.orElseGet(() -> organisationFor(plan));
		Campaign campaign = campaign(plan, organisation, sourceFile);
		Map<String, String> fractionIds = fractions(plan.fractions(), organisation);
		Map<String, Activity> existing = this.store.activities(campaign.id())
			.stream()
			.collect(Collectors.toMap(Activity::sourceKey, (activity) -> activity, (a, b) -> a));
		Counts counts = new Counts();
		Set<String> seen = new HashSet<>();
		List<Activity> saved = new ArrayList<>();
		List<Occurrence> newOccurrences = new ArrayList<>();
		List<String> createdIds = new ArrayList<>();
		for (ActivityDraft draft : plan.activities()) {
			String sourceKey = uniqueKey(draft, seen);
			String fractionId = draft.fraction().map(fractionIds::get).orElse(null);
			String fingerprint = fingerprint(draft, fractionId);
			Activity before = existing.remove(sourceKey);
			if (before != null && before.fingerprint().equals(fingerprint)
					&& before.status() != ActivityStatus.REMOVED) {
				counts.unchanged++;
				continue;
			}
			String id = (before != null) ? before.id() : UUID.randomUUID().toString();
			Activity activity = activity(id, draft, organisation.id(), campaign.id(), fractionId, sourceKey,
					fingerprint, before);
			saved.add(activity);
			List<Occurrence> occurrences = occurrences(activity, draft.schedules(), draft.time(), plan.period());
			if (before == null) {
				counts.created++;
				createdIds.add(id);
				newOccurrences.addAll(occurrences);
			}
			else {
				counts.updated++;
				newOccurrences.addAll(this.store.keepUnmoved(id, occurrences));
			}
		}
		List<String> removedIds = new ArrayList<>();
		for (Activity gone : existing.values()) {
			if (gone.status() != ActivityStatus.REMOVED) {
				counts.removed++;
				removedIds.add(gone.id());
			}
		}
		this.store.saveActivities(new ActivityChanges(saved, removedIds));
		counts.occurrences = (int) this.store
			.syncOccurrences(new OccurrenceChanges(campaign.id(), removedIds, newOccurrences));
		this.events.publishEvent(new PlanImported(organisation.id(), campaign.id(), createdIds));
		return new ImportOutcome(campaign.id(), organisation.id(), counts.created, counts.updated, counts.unchanged,
				counts.removed, counts.occurrences);
	}

	private static final class Counts {

		int created;

		int updated;

		int unchanged;

		int removed;

		int occurrences;

	}

	// ------------------------------------------------------------------ organisation,
	// campaign, fractions

	private Organisation organisationFor(PlanDraft plan) {
		String name = plan.organisation().orElse(plan.title());
		String key = PlanInterpreter.key(name);
		return this.organisations.all()
			.stream()
			.filter((organisation) -> PlanInterpreter.key(organisation.name()).equals(key))
			.findFirst()
			.orElseGet(() -> this.organisations.save(
					new Organisation(UUID.randomUUID().toString(), name, List.of(), OrganisationKinds.of(name, plan))));
	}

	private Campaign campaign(PlanDraft plan, Organisation organisation, String sourceFile) {
		String key = PlanInterpreter.key(plan.title()) + "@" + plan.period().start().getYear();
		Campaign campaign = this.store.saveCampaign(new Campaign(UUID.randomUUID().toString(), organisation.id(),
				plan.title(), key, plan.period().start(), plan.period().end(), plan.reportDeadlines(),
				plan.weeklyReportDay().orElse(null), sourceFile, this.clock.instant()));
		List<String> branches = plan.activities()
			.stream()
			.flatMap((activity) -> activity.branches().stream())
			.distinct()
			.toList();
		if (!branches.isEmpty() && !organisation.branches().containsAll(branches)) {
			List<String> all = new ArrayList<>(organisation.branches());
			branches.stream().filter((branch) -> !all.contains(branch)).forEach(all::add);
			this.organisations.save(organisation.withBranches(all));
		}
		return campaign;
	}

	private Map<String, String> fractions(List<FractionDraft> drafts, Organisation organisation) {
		List<Fraction> known = this.store.fractions(organisation.id());
		List<Fraction> fractions = new ArrayList<>();
		Map<String, String> ids = new HashMap<>();
		int position = 0;
		for (FractionDraft draft : drafts) {
			position++;
			String key = PlanInterpreter.key(draft.name());
			Optional<Fraction> same = known.stream()
				.filter((fraction) -> PlanInterpreter.key(fraction.name()).equals(key))
				.findFirst();
			String id = same.map(Fraction::id).orElseGet(() -> UUID.randomUUID().toString());
			List<String> projects = new ArrayList<>(same.map(Fraction::projects).orElse(List.of()));
			draft.projects().stream().filter((project) -> !projects.contains(project)).forEach(projects::add);
			fractions.add(new Fraction(id, organisation.id(), draft.name(), position, projects));
			ids.put(draft.name(), id);
		}
		this.store.saveFractions(fractions);
		return ids;
	}

	// ------------------------------------------------------------------ activities and
	// occurrences

	private Activity activity(String id, ActivityDraft draft, String organisationId, String campaignId,
			String fractionId, String sourceKey, String fingerprint, Activity before) {
		boolean openToAll = before != null && before.openToAll();
		Integer capacity = (before != null) ? before.capacity() : null;
		return new Activity(id, organisationId, campaignId, fractionId, draft.project().orElse(null), draft.number(),
				draft.title(), draft.form().orElse(null), draft.places(), draft.branches(), draft.responsible(),
				draft.partners(), draft.audience(), draft.indicators(), draft.evidence(), draft.scheduleText(),
				openToAll, capacity, ActivityStatus.ACTIVE, sourceKey, fingerprint, this.clock.instant(),
				draft.description(), draft.formText());
	}

	List<Occurrence> occurrences(Activity activity, List<Schedule> schedules, Optional<TimeOfDay> time,
			PlanPeriod period) {
		List<Occurrence> occurrences = new ArrayList<>();
		for (Schedule schedule : schedules) {
			Occurrence.Kind kind = kindOf(schedule);
			Optional<TimeOfDay> at = time.filter((given) -> TimeOfDay.fits(schedule));
			for (DateSpan span : Occurrences.expand(schedule, period)) {
				LocalDate first = span.isDeadline() ? earlier(period.start(), span.end()) : span.start();
				Instant start = at.map((given) -> given.startOf(span, this.zone)).orElseGet(() -> startOf(first));
				Instant end = at.map((given) -> given.endOf(span, this.zone))
					.orElseGet(() -> startOf(span.end().plusDays(1)));
				occurrences.add(new Occurrence(UUID.randomUUID().toString(), activity.id(), activity.campaignId(),
						activity.organisationId(), activity.fractionId(), start, end, at.isEmpty(),
						span.isDeadline() ? Occurrence.Kind.DEADLINE : kind, false));
			}
		}
		return occurrences;
	}

	private static Occurrence.Kind kindOf(Schedule schedule) {
		if (schedule instanceof Schedule.Every) {
			return Occurrence.Kind.REPEAT;
		}
		if (schedule instanceof Schedule.WholePeriod || schedule instanceof Schedule.From) {
			return Occurrence.Kind.WHOLE_PERIOD;
		}
		return Occurrence.Kind.DAYS;
	}

	private Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static String uniqueKey(ActivityDraft draft, Set<String> seen) {
		String base = PlanInterpreter.key(draft.fraction().orElse("") + draft.title());
		String key = (base.length() > 120) ? base.substring(0, 120) : base;
		int n = 1;
		String candidate = key;
		while (!seen.add(candidate)) {
			candidate = key + "#" + (++n);
		}
		return candidate;
	}

	private static String fingerprint(ActivityDraft draft, String fractionId) {
		String content = String.join("\u0001", String.valueOf(fractionId), draft.project().orElse(""), draft.title(),
				draft.description(), draft.places().toString(), draft.branches().toString(), draft.responsible(),
				draft.partners(), draft.audience().toString(), draft.indicators().toString(), draft.evidence(),
				draft.scheduleText(), draft.schedules().toString(), String.valueOf(draft.number()))
				// a time of day and a form column, where the plan gives them
				+ draft.time().map((time) -> "\u0001" + time).orElse("")
				+ (draft.formText().isEmpty() ? "" : "\u0001" + draft.formText());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
