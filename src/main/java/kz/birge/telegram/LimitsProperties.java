package kz.birge.telegram;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one person may send before Birge slows them down, and how many of a chat's
 * updates may wait to be handled.
 *
 * @param burst messages a person may send at once (BIRGE_FLOOD_BURST)
 * @param refill how often one more message is allowed after the burst is spent: the
 * sustained rate (BIRGE_FLOOD_REFILL)
 * @param chatQueue updates of one chat that may wait to be handled; more are dropped
 * (BIRGE_CHAT_QUEUE)
 */
@ConfigurationProperties("birge.limits")
public record LimitsProperties(@DefaultValue("20") int burst, @DefaultValue("1s") Duration refill,
		@DefaultValue("50") int chatQueue) {

	public LimitsProperties {
		if (burst < 1 || chatQueue < 1 || refill.isNegative() || refill.isZero()) {
			throw new IllegalStateException(
					"birge.limits: burst and chat-queue must be at least 1 and refill longer than zero");
		}
	}

}
