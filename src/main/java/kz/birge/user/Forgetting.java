package kz.birge.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.birge.bot.Caller;
import kz.birge.bot.PersonForgotten;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Erases a person: asks every module to forget its part of them ({@link PersonForgotten},
 * with a random key that stands for them in the attendance reports count), then forgets
 * the invites they redeemed and who made the ones they made, and deletes the person. Also
 * purges the accounts of those who never finished onboarding, 30 days after they first
 * wrote.
 */
@Service
public class Forgetting {

	/** How long an account that never finished onboarding is kept. */
	public static final Duration UNFINISHED_KEPT = Duration.ofDays(30);

	/** At most this many people answer a coordinator's search. */
	static final int MAX_FOUND = 10;

	private static final Logger log = LoggerFactory.getLogger(Forgetting.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final Users users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Affiliations affiliations;

	Forgetting(MongoTemplate mongo, Users users, ApplicationEventPublisher events, Clock clock,
			Affiliations affiliations) {
		this.mongo = mongo;
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.affiliations = affiliations;
	}

	/**
	 * Erases a person and everything kept of them; their attendance stays, under an
	 * anonymous key, so that every report counts the same.
	 * @param userId the person
	 * @return false when Birge knew no such person
	 */
	public boolean forget(long userId) {
		Optional<User> found = this.users.find(userId);
		if (found.isEmpty()) {
			return false;
		}
		String key = anonymousKey();
		this.events.publishEvent(new PersonForgotten(userId, found.get().chatId(), key));
		this.mongo.remove(Query.query(Criteria.where("usedBy").is(userId)), Invite.class);
		this.mongo.updateMulti(Query.query(Criteria.where("createdBy").is(userId)), new Update().set("createdBy", 0L),
				Invite.class);
		this.users.remove(userId);
		log.info("A person was erased; their attendance is kept as {}", key);
		return true;
	}

	/** {@link #purgeUnfinished()} on a schedule, on one instance at a time. */
	@Scheduled(fixedDelayString = "${birge.privacy.purge-every:PT6H}",
			initialDelayString = "${birge.privacy.purge-every:PT6H}")
	@SchedulerLock(name = "purge-unfinished", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
	void purgeUnfinishedOnSchedule() {
		purgeUnfinished();
	}

	/**
	 * Erases those who wrote to Birge more than {@link #UNFINISHED_KEPT} ago and never
	 * finished onboarding (on one instance at a time when scheduled: a locked method
	 * cannot return a number).
	 * @return how many were erased
	 */
	public int purgeUnfinished() {
		Instant before = this.clock.instant().minus(UNFINISHED_KEPT);
		List<User> stale = this.mongo
			.find(Query.query(Criteria.where("role").is(Role.NEWCOMER).and("joinedAt").lt(before)), User.class);
		int erased = 0;
		for (User user : stale) {
			if (forget(user.id())) {
				erased++;
			}
		}
		if (erased > 0) {
			log.info("Erased {} accounts that never finished onboarding", erased);
		}
		return erased;
	}

	/**
	 * Whether a coordinator may erase this person: a student or newcomer of the
	 * coordinator's organisation, or a volunteer who signed up for its activities (never
	 * staff); a coordinator of every organisation may erase any of them.
	 */
	boolean mayErase(Caller coordinator, User person) {
		if (person.role() == Role.TEACHER || person.role() == Role.COORDINATOR) {
			return false;
		}
		return coordinator.organisationId()
			.map((own) -> own.equals(person.organisationId())
					|| (person.role() == Role.VOLUNTEER && this.affiliations.signedUpWith(own).contains(person.id())))
			.orElse(true);
	}

	/**
	 * The people a coordinator may erase whose name (given or Telegram's) contains
	 * {@code text}, ignoring case; at most {@link #MAX_FOUND}, by name. The text is
	 * compared here, never put in a query.
	 */
	List<User> search(Caller coordinator, String text) {
		String needle = text.strip().toLowerCase(Locale.ROOT);
		if (needle.isEmpty()) {
			return List.of();
		}
		Criteria criteria = Criteria.where("role").in(Role.STUDENT, Role.VOLUNTEER, Role.NEWCOMER);
		coordinator.organisationId()
			.ifPresent((own) -> criteria.orOperator(Criteria.where("organisationId").is(own),
					Criteria.where("role").is(Role.VOLUNTEER).and("_id").in(this.affiliations.signedUpWith(own))));
		return this.mongo.find(Query.query(criteria), User.class)
			.stream()
			.filter((user) -> contains(user.name(), needle) || contains(user.telegramName(), needle))
			.sorted(Comparator.comparing(User::displayName))
			.limit(MAX_FOUND)
			.toList();
	}

	private static boolean contains(String name, String needle) {
		return name != null && name.toLowerCase(Locale.ROOT).contains(needle);
	}

	private static String anonymousKey() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
