package kz.birge.bot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * More than one Birge instance on one database.
 *
 * @param enabled whether instances coordinate through leases in MongoDB
 * (BIRGE_CLUSTER_ENABLED): a chat's updates are handled by one instance at a time, one
 * instance long-polls, and caches are checked against the leases. Off (the default): one
 * instance, no lease costs
 * @param leaseTime how long a lease lasts without being renewed
 * (BIRGE_CLUSTER_LEASE_TIME): how soon a crashed instance's chats and polling pass to
 * another
 * @param catalogueCheck how often an instance looks whether another changed the catalogue
 * (an import, a coordinator's edit) and forgets what it cached of it
 */
@ConfigurationProperties("birge.cluster")
public record ClusterProperties(boolean enabled, @DefaultValue("10s") Duration leaseTime,
		@DefaultValue("1s") Duration catalogueCheck) {

	public ClusterProperties {
		if (leaseTime.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalStateException("BIRGE_CLUSTER_LEASE_TIME must be at least 1s");
		}
		if (catalogueCheck.isNegative() || catalogueCheck.isZero()) {
			throw new IllegalStateException("birge.cluster.catalogue-check must be positive");
		}
	}

}
