package kz.birge.user;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a person was before BIRGE_ADMIN_IDS made them a coordinator of every organisation:
 * kept while they are an admin, given back (and removed) at the first start whose list no
 * longer names them.
 *
 * @param id the person
 * @param role their role before
 * @param organisationId their organisation before, or null
 * @param since when they became an admin
 */
@Document("admin_standings")
record AdminStanding(@Id long id, Role role, String organisationId, Instant since) {
}
