package kz.birge.user;

import java.util.List;
import java.util.Set;

import kz.birge.system.BirgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes BIRGE_ADMIN_IDS the truth at every start, before the first update is read: each
 * id listed is a coordinator of every organisation (what they were before is kept); each
 * id no longer listed becomes what it was before, or a plain user; and a teacher or
 * coordinator of no organisation who is not listed (made by an invite that named none) is
 * a plain user from now on, so nobody but an admin manages every organisation.
 */
@Component
class AdminList implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AdminList.class);

	/** Before the long polling (default phase), so no update meets a stale standing. */
	private static final int PHASE = 0;

	private final MongoTemplate mongo;

	private final Users users;

	private final Set<Long> admins;

	private volatile boolean running;

	AdminList(MongoTemplate mongo, Users users, BirgeProperties properties) {
		this.mongo = mongo;
		this.users = users;
		this.admins = properties.adminIds();
	}

	@Override
	public void start() {
		apply();
		this.running = true;
	}

	/** Brings the stored standings in line with the list. */
	void apply() {
		for (AdminStanding standing : this.mongo.findAll(AdminStanding.class)) {
			if (!this.admins.contains(standing.id())) {
				User restored = this.users.restore(standing);
				if (restored != null) {
					log.info("User {} is no longer in BIRGE_ADMIN_IDS: now {}", standing.id(), restored.role());
				}
			}
		}
		for (long id : this.admins) {
			this.users.find(id).ifPresent((user) -> {
				if (this.mongo.findById(id, AdminStanding.class) == null) {
					this.users.promoteAdmin(user);
					log.info("User {} of BIRGE_ADMIN_IDS is a coordinator of every organisation", id);
				}
			});
		}
		List<User> unscoped = this.users.staffOfNoOrganisation();
		for (User user : unscoped) {
			User dropped = this.users.dropStaff(user.id());
			log.info("User {} was {} of no organisation and is not in BIRGE_ADMIN_IDS: now {}", user.id(), user.role(),
					dropped.role());
		}
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
