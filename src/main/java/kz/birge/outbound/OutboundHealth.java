package kz.birge.outbound;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "outbound" health: how many messages wait, and DOWN when the oldest one due has
 * waited longer than {@code birge.outbound.overdue} (Telegram unreachable, or the workers
 * stuck).
 */
@Component("outboundHealthIndicator")
class OutboundHealth implements HealthIndicator {

	private final OutboundQueue queue;

	private final OutboundProperties properties;

	OutboundHealth(OutboundQueue queue, OutboundProperties properties) {
		this.queue = queue;
		this.properties = properties;
	}

	@Override
	public Health health() {
		Duration overdue = this.queue.oldestOverdue();
		Health.Builder health = (overdue.compareTo(this.properties.overdue()) > 0) ? Health.down() : Health.up();
		return health.withDetail("depth", this.queue.depth())
			.withDetail("oldestOverdueSeconds", overdue.toSeconds())
			.build();
	}

}
