package kz.birge.indicators;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import kz.birge.catalog.Campaigns;
import kz.birge.catalog.Occurrence;
import kz.birge.system.BirgeProperties;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Until when what was recorded of an occurrence (who came, the indicators) may be
 * corrected: up to the end of the campaign's first report deadline on or after the
 * occurrence's day; with no such deadline, {@link #WITHOUT_DEADLINE} after the occurrence
 * ends. After it a coordinator's confirmation opens the occurrence again for
 * {@link #REOPENED} days.
 */
@Service
public class Corrections {

	static final String COLLECTION = "corrections_reopened";

	/** How long a coordinator's confirmation keeps an occurrence open. */
	static final Duration REOPENED = Duration.ofDays(2);

	/** How long corrections stay open when no report deadline follows the occurrence. */
	public static final Duration WITHOUT_DEADLINE = Duration.ofDays(30);

	private final MongoTemplate mongo;

	private final Campaigns campaigns;

	private final ZoneId zone;

	private final Clock clock;

	Corrections(MongoTemplate mongo, Campaigns campaigns, BirgeProperties properties, Clock clock) {
		this.mongo = mongo;
		this.campaigns = campaigns;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	/**
	 * The report deadline that closes an occurrence's corrections.
	 * @param occurrence the occurrence
	 * @return the first report deadline on or after its day, or empty when there is none
	 */
	public Optional<LocalDate> deadline(Occurrence occurrence) {
		LocalDate day = LocalDate.ofInstant(occurrence.start(), this.zone);
		return this.campaigns.find(occurrence.campaignId())
			.flatMap((campaign) -> campaign.reportDeadlines()
				.stream()
				.filter((deadline) -> !deadline.isBefore(day))
				.min(Comparator.naturalOrder()));
	}

	/**
	 * Whether a correction now needs a coordinator's confirmation first.
	 * @param occurrence the occurrence
	 * @return true after its report deadline, unless a coordinator reopened it
	 */
	public boolean locked(Occurrence occurrence) {
		Instant now = this.clock.instant();
		return !now.isBefore(closesAt(occurrence)) && !reopened(occurrence.id(), now);
	}

	/**
	 * When corrections close without a coordinator's confirmation.
	 * @param occurrence the occurrence
	 * @return the end of its report deadline's day, or {@link #WITHOUT_DEADLINE} after it
	 * ends when no deadline follows it
	 */
	public Instant closesAt(Occurrence occurrence) {
		return deadline(occurrence).map((deadline) -> deadline.plusDays(1).atStartOfDay(this.zone).toInstant())
			.orElseGet(() -> occurrence.end().plus(WITHOUT_DEADLINE));
	}

	/**
	 * A coordinator's confirmation: the occurrence may be corrected for a while.
	 * @param occurrence the occurrence
	 * @param coordinator who confirmed
	 */
	public void reopen(Occurrence occurrence, long coordinator) {
		Instant now = this.clock.instant();
		this.mongo.getCollection(COLLECTION)
			.replaceOne(Filters.eq("_id", occurrence.id()),
					new Document("_id", occurrence.id()).append("by", coordinator)
						.append("at", now)
						.append("until", now.plus(REOPENED)),
					new ReplaceOptions().upsert(true));
	}

	private boolean reopened(String occurrenceId, Instant now) {
		Document doc = this.mongo.getCollection(COLLECTION).find(Filters.eq("_id", occurrenceId)).first();
		return doc != null && doc.getDate("until").toInstant().isAfter(now);
	}

}
