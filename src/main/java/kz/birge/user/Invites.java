package kz.birge.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import kz.birge.system.BirgeProperties;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Invitations of teachers by coordinators. Redeeming is one atomic find-and-modify, so of
 * two people opening the same link at once exactly one gets it.
 */
@Service
public class Invites {

	static final String PAYLOAD_PREFIX = "inv_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final Users users;

	private final BirgeProperties properties;

	private final Clock clock;

	Invites(MongoTemplate mongo, Users users, BirgeProperties properties, Clock clock) {
		this.mongo = mongo;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	/** What happened when someone opened an invite link. */
	enum Outcome {

		ACCEPTED, ALREADY_USED, EXPIRED, UNKNOWN, ALREADY_STAFF

	}

	/** Creates an invite and returns the /start payload that redeems it. */
	String create(long coordinatorId, Role role, Optional<String> organisationId) {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.mongo.insert(new Invite(code, role, organisationId.orElse(null), coordinatorId, now,
				now.plus(this.properties.inviteValidity()), null, null));
		return PAYLOAD_PREFIX + code;
	}

	Outcome redeem(String payload, User user) {
		String code = payload.substring(PAYLOAD_PREFIX.length());
		if (user.role() == Role.TEACHER || user.role() == Role.COORDINATOR) {
			return Outcome.ALREADY_STAFF;
		}
		Instant now = this.clock.instant();
		Query open = Query.query(Criteria.where("_id").is(code).and("usedBy").is(null).and("expiresAt").gt(now));
		Invite taken = this.mongo.findAndModify(open, new Update().set("usedBy", user.id()).set("usedAt", now),
				FindAndModifyOptions.options().returnNew(true), Invite.class);
		if (taken == null) {
			return whyRefused(code, now);
		}
		this.users.becomeStaff(user.id(), taken.role(), Optional.ofNullable(taken.organisationId()));
		return Outcome.ACCEPTED;
	}

	private Outcome whyRefused(String code, Instant now) {
		Invite invite = this.mongo.findById(code, Invite.class);
		if (invite == null) {
			return Outcome.UNKNOWN;
		}
		return (invite.usedBy() != null) ? Outcome.ALREADY_USED : Outcome.EXPIRED;
	}

	long validityHours() {
		return this.properties.inviteValidity().toHours();
	}

	static boolean isInvite(String payload) {
		return payload.startsWith(PAYLOAD_PREFIX) && payload.length() > PAYLOAD_PREFIX.length();
	}

}
