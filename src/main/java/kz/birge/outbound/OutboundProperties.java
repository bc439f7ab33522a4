package kz.birge.outbound;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How fast the bot sends, within Telegram's limits.
 *
 * @param perSecond messages a second to all chats together (BIRGE_OUTBOUND_PER_SECOND;
 * Telegram allows about 30)
 * @param perChat the least time between two queued messages to one chat
 * (BIRGE_OUTBOUND_PER_CHAT; Telegram allows about one a second)
 * @param replyShare the part of {@code perSecond} kept for answers to people's own
 * messages, which the queue does not use (a twentieth, at least one a second: of 30, two,
 * which leaves the queue 28 in every 1.1 s window of {@link SendLimits}, 25 a second)
 * @param workers threads that drain the queue
 * @param lease how long a claimed message is held before another worker may retry it
 * @param longestWait the longest an answer waits out a 429 before giving up; the queue
 * never waits, it puts the message back for when the pause ends
 * @param attempts how many times a message that fails is tried before it is given up
 * @param overdue how late the oldest due message may be before health reports DOWN
 * @param keep how long sent messages are kept (for counts of a broadcast) before they are
 * deleted
 */
@ConfigurationProperties("birge.outbound")
public record OutboundProperties(@DefaultValue("30") int perSecond, @DefaultValue("1s") Duration perChat,
		@DefaultValue("0.05") double replyShare, @DefaultValue("4") int workers, @DefaultValue("2m") Duration lease,
		@DefaultValue("30s") Duration longestWait, @DefaultValue("5") int attempts,
		@DefaultValue("10m") Duration overdue, @DefaultValue("7d") Duration keep) {

	public OutboundProperties {
		if (perSecond < 1 || workers < 1 || attempts < 1) {
			throw new IllegalArgumentException("birge.outbound: per-second, workers and attempts must be at least 1");
		}
		if (replyShare < 0 || replyShare >= 1) {
			throw new IllegalArgumentException("birge.outbound.reply-share is a fraction below 1: " + replyShare);
		}
	}

	/** The messages a second the queue may use, leaving the rest to answers. */
	int queuePerSecond() {
		int reserve = Math.max(1, (int) Math.ceil(this.perSecond * this.replyShare));
		return Math.max(1, this.perSecond - reserve);
	}

}
