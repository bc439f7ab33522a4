package kz.birge.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Copies of the embedded store in BIRGE_DATA_DIR/backups: one a day, once the day has
 * reached {@code hour} in birge.timezone, the newest {@code keep} kept.
 *
 * @param enabled whether the daily copy is made (BIRGE_BACKUP)
 * @param hour the hour of the day from which the day's copy is made (BIRGE_BACKUP_HOUR)
 * @param keep how many copies are kept, the oldest deleted first (BIRGE_BACKUP_KEEP)
 */
@ConfigurationProperties("birge.backup")
public record BackupProperties(@DefaultValue("true") boolean enabled, @DefaultValue("3") int hour,
		@DefaultValue("7") int keep) {

	public BackupProperties {
		if (hour < 0 || hour > 23) {
			throw new IllegalArgumentException("birge.backup.hour must be 0 to 23, not " + hour);
		}
		if (keep < 1) {
			throw new IllegalArgumentException("birge.backup.keep must be at least 1, not " + keep);
		}
	}

}
