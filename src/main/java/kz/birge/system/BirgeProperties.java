package kz.birge.system;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every module reads.
 *
 * @param timezone zone in which times are shown and read (BIRGE_TIMEZONE)
 * @param adminIds Telegram user ids who are coordinators from the start (BIRGE_ADMIN_IDS)
 * @param inviteValidity how long an invite link stays usable
 */
@ConfigurationProperties("birge")
public record BirgeProperties(@DefaultValue("Asia/Almaty") ZoneId timezone, @DefaultValue Set<Long> adminIds,
		@DefaultValue("72h") Duration inviteValidity) {

	public boolean isAdmin(long userId) {
		return this.adminIds.contains(userId);
	}

}
