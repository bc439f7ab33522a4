package kz.birge.bot;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers which update ids were handled, so that an update Telegram delivers twice (as
 * it does after a restart) is handled once. Old ids are forgotten after a week; Telegram
 * keeps updates for a day at most.
 */
@Component
class ProcessedUpdates {

	static final String COLLECTION = "processed_updates";

	private static final Duration KEEP = Duration.ofDays(7);

	private final MongoTemplate mongo;

	private final Clock clock;

	ProcessedUpdates(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** True the first time an update id is seen, false ever after. */
	boolean claim(long updateId) {
		try {
			this.mongo.insert(new Document("_id", updateId).append("at", this.clock.instant()), COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT1M")
	@SchedulerLock(name = "processed-updates-forget", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void forgetOld() {
		this.mongo.remove(Query.query(Criteria.where("at").lt(this.clock.instant().minus(KEEP))), COLLECTION);
	}

}
