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
 */
@ConfigurationProperties("birge.cluster")
public record ClusterProperties(boolean enabled, @DefaultValue("10s") Duration leaseTime) {

	public ClusterProperties {
		if (leaseTime.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalStateException("BIRGE_CLUSTER_LEASE_TIME must be at least 1s");
		}
	}

}
