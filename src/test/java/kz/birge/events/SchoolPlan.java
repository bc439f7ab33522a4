package kz.birge.events;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityStatus;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.catalog.PlanImported;
import kz.birge.catalog.PlanStore;
import kz.birge.support.OwnBirge;
import kz.birge.support.TestChat;
import kz.birge.user.SchoolClass;
import kz.birge.user.Users;

/**
 * A school of its own with a plan for grades 5–9, stored as an import stores it (through
 * the catalogue's {@link PlanStore}): repeats, spans, days, deadlines and timed one-offs,
 * in Almaty time. Store a school's activities before anyone reads its list.
 */
final class SchoolPlan {

	static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	private static final Audience GRADES_5_TO_9 = new Audience(List.of(new GradeRange(5, 9)),
			Set.of(Category.STUDENTS));

	private final OwnBirge own;

	private final String school;

	private final Campaign campaign;

	SchoolPlan(OwnBirge own, String school, LocalDate from, LocalDate to) {
		this.own = own;
		this.school = school;
		own.birge().bean(Organisations.class).save(new Organisation(school, "Көкшетау №2 мектеп-лицей " + school));
		this.campaign = own.birge()
			.bean(PlanStore.class)
			.saveCampaign(new Campaign(UUID.randomUUID().toString(), school, "Мектеп парламентінің жоспары",
					"plan-" + school, from, to, List.of(), null, "plan.txt", own.birge().bean(Clock.class).instant()));
	}

	/** Every given weekday of the plan's period, a whole day each: a repeat. */
	Activity weekly(String title, DayOfWeek day) {
		List<Span> spans = new ArrayList<>();
		for (LocalDate d = this.campaign.start().with(TemporalAdjusters.nextOrSame(day)); !d
			.isAfter(this.campaign.end()); d = d.plusWeeks(1)) {
			spans.add(Span.days(d, d));
		}
		return store(title, null, Occurrence.Kind.REPEAT, spans);
	}

	/** Every calendar month of the plan's period, the whole month each: a repeat. */
	Activity monthly(String title) {
		List<Span> spans = new ArrayList<>();
		for (LocalDate first = this.campaign.start().withDayOfMonth(1); !first
			.isAfter(this.campaign.end()); first = first.plusMonths(1)) {
			spans.add(Span.days(first, first.with(TemporalAdjusters.lastDayOfMonth())));
		}
		return store(title, null, Occurrence.Kind.REPEAT, spans);
	}

	/** Whole days from one to another, both included: a span, or one day. */
	Activity days(String title, LocalDate first, LocalDate last) {
		return store(title, null, Occurrence.Kind.DAYS, List.of(Span.days(first, last)));
	}

	/** To be done by a day ("1 сәуірге дейін"): stored from the plan's start. */
	Activity deadline(String title, LocalDate by) {
		return store(title, null, Occurrence.Kind.DEADLINE,
				List.of(new Span(dayStart(this.campaign.start()), dayStart(by.plusDays(1)), true)));
	}

	/** At a time, for two hours, with this many seats (null: no limit). */
	Activity at(String title, LocalDateTime start, Integer seats) {
		Instant from = start.atZone(ALMATY).toInstant();
		return store(title, seats, Occurrence.Kind.DAYS,
				List.of(new Span(from, from.plus(Duration.ofHours(2)), false)));
	}

	List<Occurrence> occurrences(Activity activity) {
		return this.own.birge().bean(Activities.class).occurrences(activity.id());
	}

	Occurrence occurrenceOn(Activity activity, LocalDate day) {
		return occurrences(activity).stream()
			.filter((o) -> LocalDate.ofInstant(o.start(), ALMATY).equals(day))
			.findFirst()
			.orElseThrow();
	}

	String campaignId() {
		return this.campaign.id();
	}

	/**
	 * A student of this school in grade 7, registered without going through onboarding.
	 */
	TestChat student(String name, String language) {
		TestChat chat = this.own.newChat(name, language);
		chat.send("/help");
		chat.expect("help.newcomer");
		this.own.birge().bean(Users.class).becomeStudent(chat.id(), new SchoolClass(7, "А"), Optional.of(this.school));
		return chat;
	}

	private Activity store(String title, Integer seats, Occurrence.Kind kind, List<Span> spans) {
		String id = UUID.randomUUID().toString();
		Activity activity = new Activity(id, this.school, this.campaign.id(), null, null, 1, title, null,
				List.of("Мектеп ауласы"), List.of(), "Сынып жетекшілері", "", GRADES_5_TO_9, List.of(), "", "", false,
				seats, ActivityStatus.ACTIVE, "key-" + id, "", this.campaign.importedAt());
		PlanStore plans = this.own.birge().bean(PlanStore.class);
		plans.saveActivities(new PlanStore.ActivityChanges(List.of(activity), List.of()));
		plans.syncOccurrences(new PlanStore.OccurrenceChanges(this.campaign.id(), List.of(),
				spans.stream()
					.map((span) -> new Occurrence(UUID.randomUUID().toString(), id, this.campaign.id(), this.school,
							null, span.start(), span.end(), span.allDay(), kind, false))
					.toList()));
		announce(List.of(id));
		return activity;
	}

	/**
	 * Tells the bot the plan changed, as the importer does after it stores one, so that
	 * what the catalogue cached of the school goes.
	 */
	void announce(List<String> createdActivityIds) {
		this.own.birge().context().publishEvent(new PlanImported(this.school, this.campaign.id(), createdActivityIds));
	}

	private static Instant dayStart(LocalDate day) {
		return day.atStartOfDay(ALMATY).toInstant();
	}

	private record Span(Instant start, Instant end, boolean allDay) {

		static Span days(LocalDate first, LocalDate last) {
			return new Span(dayStart(first), dayStart(last.plusDays(1)), true);
		}

	}

}
