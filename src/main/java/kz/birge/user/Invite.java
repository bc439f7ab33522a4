package kz.birge.user;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A single-use, expiring invitation that makes whoever opens it first a teacher (or,
 * later, a coordinator) of the inviting coordinator's organisation. {@code usedBy} is
 * null until then.
 */
@Document("invites")
record Invite(@Id String code, Role role, String organisationId, long createdBy, Instant createdAt, Instant expiresAt,
		Long usedBy, Instant usedAt) {
}
