package kz.birge.planimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
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
import kz.birge.catalog.OccurrencesChanged;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.catalog.PlanImported;
import kz.birge.catalog.PlanStore;
import kz.birge.catalog.PlanStore.ActivityChanges;
import kz.birge.catalog.PlanStore.OccurrenceChanges;
import kz.birge.catalog.SignedUp;
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
 * changed one keeps the occurrences whose days did not move, moves the others (each keeps
 * its id, so its sign-ups follow it) and drops those left over; one no longer in the plan
 * is marked removed and its occurrences dropped. Before the import, {@link #touched} says
 * whom the moves and drops reach. All the writes for the plan's activities are bulk
 * writes, not one per row.
 */
@Service
public class PlanImporter {

	private final PlanStore store;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final SignedUp signedUp;

	private final ZoneId zone;

	private final Clock clock;

	PlanImporter(PlanStore store, Organisations organisations, ApplicationEventPublisher events, SignedUp signedUp,
			BirgeProperties properties, Clock clock) {
		this.store = store;
		this.organisations = organisations;
		this.events = events;
		this.signedUp = signedUp;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	/**
	 * Stores the plan for an organisation: {@code organisationId} when the importing
	 * coordinator manages one, else the organisation the plan names (created when new).
	 * The occurrences it moves or drops are announced with {@link OccurrencesChanged}, so
	 * that those signed up follow them or lose their sign-up, and are told.
	 */
	public ImportOutcome save(PlanDraft plan, String sourceFile, Optional<String> organisationId) {
		Organisation organisation = organisationId.flatMap(this.organisations::find)
			.orElseGet(() -> organisationFor(plan));
		Campaign campaign = campaign(plan, organisation, sourceFile);
		Map<String, String> fractionIds = fractions(plan.fractions(), organisation);
		Changes changes = changes(plan, campaign.id(), fractionIds, organisation.id());
		this.store.saveActivities(new ActivityChanges(changes.saved, changes.removedIds));
		this.store.savePlanOrder(changes.order);
		long occurrences = this.store.syncOccurrences(changes.occurrences(campaign.id()));
		this.events.publishEvent(new PlanImported(organisation.id(), campaign.id(), changes.createdIds));
		OccurrencesChanged changed = new OccurrencesChanged(organisation.id(),
				changes.moved.stream().map(OccurrencesChanged.Moved::of).toList(), changes.droppedIds);
		if (!changed.isEmpty()) {
			this.events.publishEvent(changed);
		}
		return new ImportOutcome(campaign.id(), organisation.id(), changes.created, changes.updated, changes.unchanged,
				changes.removedIds.size(), (int) occurrences);
	}

	/**
	 * What importing the plan would do to people already signed up, before it is
	 * imported: the activities whose days it drops or moves, and how many people hold a
	 * sign-up for those days. Nothing is written; a plan not imported before touches
	 * nobody.
	 */
	public Touched touched(PlanDraft plan, Optional<String> organisationId) {
		Optional<Organisation> organisation = organisationId.flatMap(this.organisations::find)
			.or(() -> knownOrganisationFor(plan));
		Optional<Campaign> campaign = organisation
			.flatMap((found) -> this.store.findCampaign(found.id(), campaignKey(plan)));
		if (campaign.isEmpty()) {
			return Touched.NOBODY;
		}
		Map<String, String> known = this.store.fractions(organisation.get().id())
			.stream()
			.collect(Collectors.toMap((fraction) -> PlanInterpreter.key(fraction.name()), Fraction::id, (a, b) -> a));
		Map<String, String> fractionIds = new HashMap<>();
		// a fraction not stored yet has no id: its activities differ from any stored one
		plan.fractions()
			.forEach((fraction) -> fractionIds.put(fraction.name(),
					known.getOrDefault(PlanInterpreter.key(fraction.name()), "new:" + fraction.name())));
		Changes changes = changes(plan, campaign.get().id(), fractionIds, organisation.get().id());
		List<String> movedIds = changes.moved.stream().map(Occurrence::id).toList();
		return new Touched(changes.droppedActivities(), this.signedUp.people(changes.droppedIds),
				changes.movedActivities(), this.signedUp.people(movedIds));
	}

	/**
	 * Whom an import touches: the activities whose days it cancels and the people signed
	 * up for those days, the activities whose days it moves and the people signed up for
	 * those.
	 *
	 * @param droppedActivities activities with days no longer in the plan
	 * @param droppedPeople people signed up for those days, each counted once
	 * @param movedActivities activities with days the plan moves
	 * @param movedPeople people signed up for those days, each counted once
	 */
	public record Touched(int droppedActivities, int droppedPeople, int movedActivities, int movedPeople) {

		static final Touched NOBODY = new Touched(0, 0, 0, 0);

	}

	/**
	 * What a plan changes of a stored campaign, computed from what is stored now and
	 * written by {@link #save} alone.
	 */
	private Changes changes(PlanDraft plan, String campaignId, Map<String, String> fractionIds, String organisationId) {
		Map<String, Activity> existing = this.store.activities(campaignId)
			.stream()
			.collect(Collectors.toMap(Activity::sourceKey, (activity) -> activity, (a, b) -> a));
		Map<String, List<Occurrence>> stored = this.store.occurrences(campaignId)
			.stream()
			.collect(Collectors.groupingBy(Occurrence::activityId));
		Changes changes = new Changes();
		Set<String> seen = new HashSet<>();
		for (ActivityDraft draft : plan.activities()) {
			String sourceKey = uniqueKey(draft, seen);
			String fractionId = draft.fraction().map(fractionIds::get).orElse(null);
			String fingerprint = fingerprint(draft, fractionId);
			Activity before = existing.remove(sourceKey);
			if (before != null && before.fingerprint().equals(fingerprint)
					&& before.status() != ActivityStatus.REMOVED) {
				changes.unchanged++;
				changes.order.add(before.id());
				continue;
			}
			String id = (before != null) ? before.id() : UUID.randomUUID().toString();
			changes.order.add(id);
			Activity activity = activity(id, draft, organisationId, campaignId, fractionId, sourceKey, fingerprint,
					before);
			changes.saved.add(activity);
			List<Occurrence> occurrences = occurrences(activity, draft.schedules(), draft.time(), plan.period());
			if (before == null) {
				changes.created++;
				changes.createdIds.add(id);
				changes.added.addAll(occurrences);
			}
			else {
				changes.updated++;
				changes.match(stored.getOrDefault(id, List.of()), occurrences);
			}
		}
		for (Activity gone : existing.values()) {
			if (gone.status() != ActivityStatus.REMOVED) {
				changes.removedIds.add(gone.id());
				stored.getOrDefault(gone.id(), List.of())
					.stream()
					.filter((occurrence) -> !occurrence.cancelled())
					.forEach(changes::drop);
			}
		}
		return changes;
	}

	/** What a plan changes, gathered before anything is written. */
	private static final class Changes {

		int created;

		int updated;

		int unchanged;

		final List<Activity> saved = new ArrayList<>();

		final List<String> createdIds = new ArrayList<>();

		final List<String> removedIds = new ArrayList<>();

		/** Every activity of the plan, in the plan's order. */
		final List<String> order = new ArrayList<>();

		final List<String> keptIds = new ArrayList<>();

		/** Stored occurrences with the time they take now. */
		final List<Occurrence> moved = new ArrayList<>();

		final List<String> droppedIds = new ArrayList<>();

		final Set<String> droppedActivityIds = new HashSet<>();

		final List<Occurrence> added = new ArrayList<>();

		/**
		 * Matches a changed activity's stored occurrences with those the plan now gives:
		 * one at the same time is kept; the others are paired in time order, each pair a
		 * move, so that its sign-ups stay; stored ones left over are dropped, and wanted
		 * ones left over added. A stored occurrence already cancelled is kept only when
		 * the plan gives its time again.
		 */
		void match(List<Occurrence> stored, List<Occurrence> wanted) {
			List<Occurrence> free = new ArrayList<>(stored);
			List<Occurrence> unmatched = new ArrayList<>();
			for (Occurrence occurrence : wanted) {
				Optional<Occurrence> same = free.stream()
					.filter((old) -> old.start().equals(occurrence.start()) && old.end().equals(occurrence.end()))
					.findFirst();
				if (same.isPresent()) {
					this.keptIds.add(same.get().id());
					free.remove(same.get());
				}
				else {
					unmatched.add(occurrence);
				}
			}
			List<Occurrence> movable = free.stream()
				.filter((old) -> !old.cancelled())
				.sorted(Comparator.comparing(Occurrence::start))
				.toList();
			unmatched.sort(Comparator.comparing(Occurrence::start));
			int pairs = Math.min(movable.size(), unmatched.size());
			for (int i = 0; i < pairs; i++) {
				Occurrence old = movable.get(i);
				Occurrence now = unmatched.get(i);
				this.moved.add(new Occurrence(old.id(), old.activityId(), old.campaignId(), old.organisationId(),
						now.fractionId(), now.start(), now.end(), now.allDay(), now.kind(), false));
			}
			movable.subList(pairs, movable.size()).forEach(this::drop);
			this.added.addAll(unmatched.subList(pairs, unmatched.size()));
		}

		void drop(Occurrence occurrence) {
			this.droppedIds.add(occurrence.id());
			this.droppedActivityIds.add(occurrence.activityId());
		}

		int droppedActivities() {
			return this.droppedActivityIds.size();
		}

		int movedActivities() {
			return (int) this.moved.stream().map(Occurrence::activityId).distinct().count();
		}

		OccurrenceChanges occurrences(String campaignId) {
			// the occurrences of removed activities are dropped one by one, so that each
			// is
			// announced
			return new OccurrenceChanges(campaignId, List.of(), this.keptIds, this.moved, this.droppedIds, this.added);
		}

	}

	// ------------------------------------------------------------------ organisation,
	// campaign, fractions

	private Organisation organisationFor(PlanDraft plan) {
		return knownOrganisationFor(plan)
			.orElseGet(() -> this.organisations.save(new Organisation(UUID.randomUUID().toString(),
					organisationName(plan), List.of(), OrganisationKinds.of(organisationName(plan), plan))));
	}

	/** The stored organisation the plan names, if any. */
	private Optional<Organisation> knownOrganisationFor(PlanDraft plan) {
		String key = PlanInterpreter.key(organisationName(plan));
		return this.organisations.all()
			.stream()
			.filter((organisation) -> PlanInterpreter.key(organisation.name()).equals(key))
			.findFirst();
	}

	private static String organisationName(PlanDraft plan) {
		return plan.organisation().orElse(plan.title());
	}

	/** The key that finds the campaign of this plan when it is sent again. */
	private static String campaignKey(PlanDraft plan) {
		return PlanInterpreter.key(plan.title()) + "@" + plan.period().start().getYear();
	}

	private Campaign campaign(PlanDraft plan, Organisation organisation, String sourceFile) {
		String key = campaignKey(plan);
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
