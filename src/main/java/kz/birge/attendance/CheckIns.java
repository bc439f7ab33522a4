package kz.birge.attendance;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.CallbackData;
import kz.birge.bot.CallbackHandler;
import kz.birge.bot.DeepLinkHandler;
import kz.birge.bot.DeepLinks;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Occurrence;
import kz.birge.user.Role;
import kz.birge.user.Users;
import org.bson.Document;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Self check-in: a teacher shows a link and its QR code for an occurrence, valid from shortly
 * before its start to shortly after its end; students who open it are marked as checked in, which
 * counts nothing until the teacher confirms them on the roster.
 */
@Configuration(proxyBeanMethods = false)
class CheckIns {

	static final String PREFIX = "ci_";

	static final String COLLECTION = "checkin_codes";

	static final Duration MARGIN = Duration.ofMinutes(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	@CallbackData.Prefix("rc")
	record Show(String occurrenceId) implements CallbackData {
	}

	private final MongoTemplate mongo;

	private final Activities activities;

	private final Attendances attendances;

	private final Users users;

	private final Clock clock;

	CheckIns(MongoTemplate mongo, Activities activities, Attendances attendances, Users users, Clock clock) {
		this.mongo = mongo;
		this.activities = activities;
		this.attendances = attendances;
		this.users = users;
		this.clock = clock;
	}

	@Bean
	CallbackHandler<Show> checkInShowButton(Rosters rosters) {
		return CallbackHandler.of(Show.class, (ctx, data) -> rosters.occurrence(ctx, data.occurrenceId()).ifPresent((occurrence) -> {
			String code = code(occurrence);
			String link = DeepLinks.link(ctx.sender(), PREFIX + code);
			ctx.say("checkin.link", link);
			ctx.sender().sendDocument(ctx.chatId(), "check-in.png", QrCodes.png(link), ctx.t("checkin.qr-caption"));
		}));
	}

	/** The occurrence's code, made once and kept. */
	private String code(Occurrence occurrence) {
		Document existing = this.mongo.findOne(org.springframework.data.mongodb.core.query.Query
			.query(org.springframework.data.mongodb.core.query.Criteria.where("occurrenceId").is(occurrence.id())), Document.class,
				COLLECTION);
		if (existing != null) {
			return existing.getString("_id");
		}
		byte[] random = new byte[9];
		RANDOM.nextBytes(random);
		String code = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.mongo.insert(new Document("_id", code).append("occurrenceId", occurrence.id()), COLLECTION);
		return code;
	}

	@Bean
	DeepLinkHandler checkInLink() {
		return new DeepLinkHandler() {

			@Override
			public String prefix() {
				return PREFIX;
			}

			@Override
			public void open(BotContext ctx, String payload) {
				checkIn(ctx, payload.substring(PREFIX.length()));
			}

		};
	}

	private void checkIn(BotContext ctx, String code) {
		Document found = this.mongo.findById(code, Document.class, COLLECTION);
		Optional<Occurrence> occurrence = Optional.ofNullable(found)
			.flatMap((doc) -> this.activities.occurrence(doc.getString("occurrenceId")));
		if (occurrence.isEmpty() || occurrence.get().cancelled()) {
			ctx.say("checkin.unknown");
			return;
		}
		Instant now = this.clock.instant();
		if (now.isBefore(occurrence.get().start().minus(MARGIN)) || now.isAfter(occurrence.get().end().plus(MARGIN))) {
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

}
