package kz.birge.user;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A single-use, expiring invitation that makes whoever opens it first a teacher or a
 * coordinator of one organisation. {@code usedBy} is null until then; a coordinator may
 * revoke it before.
 *
 * @param code the secret part of the link
 * @param role what it makes its user
 * @param organisationId the organisation it is for (null only in invites made before
 * every invite named one: those are refused)
 * @param createdBy the coordinator who made it
 * @param createdAt when
 * @param expiresAt when it stops working
 * @param usedBy who opened it, or null
 * @param usedAt when, or null
 * @param revokedBy the coordinator who revoked it, or null
 * @param revokedAt when, or null
 */
@Document("invites")
record Invite(@Id String code, Role role, String organisationId, long createdBy, Instant createdAt, Instant expiresAt,
		Long usedBy, Instant usedAt, Long revokedBy, Instant revokedAt) {
}
