package kz.birge.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kz.birge.bot.Notifier;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.system.BirgeProperties;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Invitations of teachers and coordinators by coordinators, each for one organisation.
 * Redeeming is one atomic find-and-modify, so of two people opening the same link at once
 * exactly one gets it; the coordinator who made it is told. Open invites are listed and
 * can be revoked.
 */
@Service
public class Invites {

	static final String PAYLOAD_PREFIX = "inv_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final Users users;

	private final BirgeProperties properties;

	private final Clock clock;

	private final Organisations organisations;

	private final Notifier notifier;

	Invites(MongoTemplate mongo, Users users, BirgeProperties properties, Clock clock, Organisations organisations,
			Notifier notifier) {
		this.mongo = mongo;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
		this.organisations = organisations;
		this.notifier = notifier;
	}

	/** What happened when someone opened an invite link. */
	enum Outcome {

		ACCEPTED, ALREADY_USED, EXPIRED, UNKNOWN, ALREADY_STAFF, REVOKED

	}

	/**
	 * Creates an invite for one organisation and returns the /start payload that redeems
	 * it.
	 */
	String create(long coordinatorId, Role role, String organisationId) {
		if (role != Role.TEACHER && role != Role.COORDINATOR) {
			throw new IllegalArgumentException("Not a staff role: " + role);
		}
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.mongo.insert(new Invite(code, role, Objects.requireNonNull(organisationId), coordinatorId, now,
				now.plus(this.properties.inviteValidity()), null, null, null, null));
		return PAYLOAD_PREFIX + code;
	}

	/** An organisation's invites that can still be used, oldest first. */
	List<Invite> open(String organisationId) {
		return this.mongo.find(openOnes(this.clock.instant(), organisationId).with(Sort.by("createdAt")), Invite.class);
	}

	/**
	 * Revokes an open invite of this organisation; false when it is not one (used,
	 * expired, revoked, or another organisation's).
	 */
	boolean revoke(String code, String organisationId, long coordinatorId) {
		Instant now = this.clock.instant();
		Query query = openOnes(now, organisationId).addCriteria(Criteria.where("_id").is(code));
		return this.mongo.findAndModify(query, new Update().set("revokedBy", coordinatorId).set("revokedAt", now),
				Invite.class) != null;
	}

	/** The invite each of these people joined the staff by, the latest if several. */
	Map<Long, Invite> redeemedBy(Collection<Long> userIds) {
		Map<Long, Invite> latest = new HashMap<>();
		this.mongo.find(Query.query(Criteria.where("usedBy").in(userIds)).with(Sort.by("usedAt")), Invite.class)
			.forEach((invite) -> latest.put(invite.usedBy(), invite));
		return latest;
	}

	/**
	 * Invites still usable now: not used, not revoked, not expired, naming {@code
	 * organisationId} (any organisation when null; never none).
	 */
	private static Query openOnes(Instant now, String organisationId) {
		Criteria organisation = Criteria.where("organisationId");
		return Query.query(Criteria.where("usedBy")
			.is(null)
			.and("revokedAt")
			.is(null)
			.and("expiresAt")
			.gt(now)
			.andOperator((organisationId != null) ? organisation.is(organisationId) : organisation.ne(null)));
	}

	Outcome redeem(String payload, User user) {
		String code = payload.substring(PAYLOAD_PREFIX.length());
		if (user.role() == Role.TEACHER || user.role() == Role.COORDINATOR) {
			return Outcome.ALREADY_STAFF;
		}
		Instant now = this.clock.instant();
		Query open = openOnes(now, null).addCriteria(Criteria.where("_id").is(code));
		Invite taken = this.mongo.findAndModify(open, new Update().set("usedBy", user.id()).set("usedAt", now),
				FindAndModifyOptions.options().returnNew(true), Invite.class);
		if (taken == null) {
			return whyRefused(code);
		}
		User staff = this.users.becomeStaff(user.id(), taken.role(), Optional.of(taken.organisationId()));
		tellInviter(taken, staff);
		return Outcome.ACCEPTED;
	}

	/** The coordinator who made an invite hears who used it, and as what. */
	private void tellInviter(Invite invite, User staff) {
		this.users.find(invite.createdBy()).ifPresent((inviter) -> {
			String organisation = this.organisations.find(invite.organisationId()).map(Organisation::name).orElse("—");
			this.notifier.tell(inviter.chatId(), inviter.id(), inviter.lang(), (ctx) -> ctx.say("staff.invite-used",
					staff.displayName(), ctx.t(Profiles.roleKey(invite.role())), organisation));
		});
	}

	private Outcome whyRefused(String code) {
		Invite invite = this.mongo.findById(code, Invite.class);
		if (invite == null) {
			return Outcome.UNKNOWN;
		}
		if (invite.usedBy() != null) {
			return Outcome.ALREADY_USED;
		}
		return (invite.revokedAt() != null) ? Outcome.REVOKED : Outcome.EXPIRED;
	}

	long validityHours() {
		return this.properties.inviteValidity().toHours();
	}

	static boolean isInvite(String payload) {
		return payload.startsWith(PAYLOAD_PREFIX) && payload.length() > PAYLOAD_PREFIX.length();
	}

}
