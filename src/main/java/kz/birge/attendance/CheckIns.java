package kz.birge.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.DeepLinks;
import kz.birge.bot.Subject;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Occurrence;
import kz.birge.user.Role;
import kz.birge.user.Users;

/**
 * Self check-in: a teacher shows a link and its QR code for an occurrence, valid from
 * shortly before its start to shortly after its end; students who open it are marked as
 * checked in, which counts nothing until the teacher confirms them on the roster.
 */
@ChatHandlers
class CheckIns {

	static final String PREFIX = "ci_";

	static final Duration MARGIN = Duration.ofMinutes(30);

	@CallbackData.Prefix("rc")
	record Show(String occurrenceId) implements CallbackData, Subject.OfOccurrence {
	}

	private final CheckInCodes codes;

	private final Activities activities;

	private final Attendances attendances;

	private final Users users;

	private final Clock clock;

	CheckIns(CheckInCodes codes, Activities activities, Attendances attendances, Users users, Clock clock) {
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
		Role role = this.users.get(ctx.userId()).role();
		if (role != Role.STUDENT && role != Role.VOLUNTEER) {
			ctx.say("checkin.students-only");
			return;
		}
		ctx.say(this.attendances.checkIn(occurrence.get(), ctx.userId()) ? "checkin.done" : "checkin.already");
	}

	/** True from shortly before the occurrence starts to shortly after it ends. */
	private boolean open(Occurrence occurrence) {
		Instant now = this.clock.instant();
		return !now.isBefore(occurrence.start().minus(MARGIN)) && !now.isAfter(occurrence.end().plus(MARGIN));
	}

}
