package kz.birge.system;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Scheduled work done once: when several Birge instances share one database, each job
 * marked {@code @SchedulerLock} runs on one of them at a time. The lock of a job is a
 * document in {@value #COLLECTION}, keyed by the job's name ({@code _id}), taken with one
 * atomic find-and-modify and held until {@code lockUntil}. A job that is already running
 * elsewhere is skipped, not waited for; an instance that dies holding a lock holds it no
 * longer than the job's {@code lockAtMostFor}.
 * <p>
 * The lock's times are wall-clock time (ShedLock's clock is one for the whole JVM), the
 * same on every instance; the jobs themselves read the bot's clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfig {

	/** The collection of the jobs' locks. */
	static final String COLLECTION = "shedlock";

	@Bean
	LockProvider lockProvider(MongoTemplate mongo) {
		return new MongoLockProvider(mongo.getDb().getCollection(COLLECTION));
	}

}
