package kz.birge.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.DeepLinks;
import kz.birge.bot.Subject;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Category;
import kz.birge.catalog.Occurrence;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.user.Role;
import kz.birge.user.User;
import kz.birge.user.Users;

/**
 * Self check-in: a teacher shows a link and its QR code for an occurrence, valid from
 * shortly before its start to shortly after its end; students who open it are marked as
 * checked in, which counts nothing until the teacher confirms them on the roster. Only
 * those the occurrence is for are admitted: its audience, by the rule of sign-up, or
 * those signed up for it; anyone else is told why.
 */
@ChatHandlers
class CheckIns {

	static final String PREFIX = "ci_";

	static final Duration MARGIN = Duration.ofMinutes(30);

	private static final String NOT_YOUR_GRADE = "checkin.not-your-grade";

	@CallbackData.Prefix("rc")
	record Show(String occurrenceId) implements CallbackData, Subject.OfOccurrence {
	}

	private final CheckInCodes codes;

	private final Activities activities;

	private final Attendances attendances;

	private final Users users;

	private final Clock clock;

	private final Registrations registrations;

	CheckIns(CheckInCodes codes, Activities activities, Attendances attendances, Users users, Clock clock,
			Registrations registrations) {
		this.registrations = registrations;
		this.codes = codes;
		this.activities = activities;
		this.attendances = attendances;
		this.users = users;
		this.clock = clock;
	}

	@ChatHandlers.Button(access = Access.STAFF)
	void show(BotContext ctx, Show data) {
		Optional<Occurrence> occurrence = this.activities.occurrence(data.occurrenceId());
		if (occurrence.isEmpty()) {
			ctx.outdated();
			return;
		}
		String link = DeepLinks.link(ctx.sender(), PREFIX + this.codes.codeOf(occurrence.get()));
		ctx.say("checkin.link", link);
		ctx.sender().sendDocument(ctx.chatId(), "check-in.png", QrCodes.png(link), ctx.t("checkin.qr-caption"));
	}

	@ChatHandlers.DeepLink(prefix = PREFIX)
	void checkIn(BotContext ctx, String payload) {
		Optional<Occurrence> occurrence = this.codes.occurrenceOf(payload.substring(PREFIX.length()))
			.flatMap(this.activities::occurrence);
		if (occurrence.isEmpty() || occurrence.get().cancelled()) {
			ctx.say("checkin.unknown");
			return;
		}
		if (!open(occurrence.get())) {
			ctx.say("checkin.closed");
			return;
		}
		User user = this.users.get(ctx.userId());
		if (user.role() != Role.STUDENT && user.role() != Role.VOLUNTEER) {
			ctx.say("checkin.students-only");
			return;
		}
		Optional<Activity> activity = this.activities.find(occurrence.get().activityId());
		if (activity.isEmpty()) {
			ctx.say("checkin.unknown");
			return;
		}
		Optional<String> refusal = refusal(user, occurrence.get(), activity.get());
		if (refusal.isPresent()) {
			Audience audience = activity.get().audience();
			// the grades alone, read one way for a single grade and another for a range
			ctx.say(refusal.get(),
					NOT_YOUR_GRADE.equals(refusal.get())
							? new Object[] { audience.gradesText(), audience.gradesCount() }
							: new Object[] { ActivityText.audience(ctx, activity.get()) });
			return;
		}
		ctx.say(this.attendances.checkIn(occurrence.get(), ctx.userId()) ? "checkin.done" : "checkin.already");
	}

	/**
	 * Why a person may not check in, as a message key; empty when they may. Those signed
	 * up (with a seat or on the waitlist) may; otherwise the rule of sign-up holds: a
	 * student of the organisation when the activity is for their grade (or for students,
	 * or opened to everyone), a student of another organisation when it is open to all
	 * students, a volunteer when it is open to volunteers or to everyone.
	 */
	private Optional<String> refusal(User user, Occurrence occurrence, Activity activity) {
		Registration signedUp = this.registrations.mine(user.id(), List.of(occurrence.id())).get(occurrence.id());
		if (signedUp != null && signedUp.active()) {
			return Optional.empty();
		}
		Audience audience = activity.audience();
		boolean forStudents = audience.grades().isEmpty() && audience.categories().contains(Category.STUDENTS);
		if (user.role() == Role.VOLUNTEER) {
			boolean open = activity.openToAll() || audience.categories().contains(Category.VOLUNTEERS);
			return open ? Optional.empty() : Optional.of("checkin.not-for-volunteers");
		}
		boolean own = user.organisation().map(occurrence.organisationId()::equals).orElse(true);
		if (!own) {
			return forStudents ? Optional.empty() : Optional.of("checkin.other-organisation");
		}
		boolean grade = user.schoolClass().map((c) -> audience.includesGrade(c.grade())).orElse(false);
		if (activity.openToAll() || forStudents || grade) {
			return Optional.empty();
		}
		return Optional.of(audience.grades().isEmpty() ? "checkin.not-for-students" : NOT_YOUR_GRADE);
	}

	/** True from shortly before the occurrence starts to shortly after it ends. */
	private boolean open(Occurrence occurrence) {
		Instant now = this.clock.instant();
		return !now.isBefore(occurrence.start().minus(MARGIN)) && !now.isAfter(occurrence.end().plus(MARGIN));
	}

}
