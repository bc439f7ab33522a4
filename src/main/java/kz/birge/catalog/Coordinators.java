package kz.birge.catalog;

import java.util.Optional;

import kz.birge.user.Role;
import kz.birge.user.User;
import kz.birge.user.Users;

import org.springframework.stereotype.Component;

/**
 * Who may manage what: a coordinator invited for one organisation manages that one; a coordinator
 * from BIRGE_ADMIN_IDS (who has none) manages every organisation.
 */
@Component
public class Coordinators {

	private final Users users;

	Coordinators(Users users) {
		this.users = users;
	}

	/** The coordinator behind this user id, if they are one. */
	public Optional<User> coordinator(long userId) {
		return this.users.find(userId).filter((user) -> user.role() == Role.COORDINATOR);
	}

	/** A teacher or coordinator of this organisation (a coordinator of every organisation included). */
	public boolean staffOf(long userId, String organisationId) {
		return this.users.find(userId)
			.filter((user) -> user.role() == Role.TEACHER || user.role() == Role.COORDINATOR)
			.map((user) -> user.organisation().map(organisationId::equals).orElse(user.role() == Role.COORDINATOR))
			.orElse(false);
	}

	/** The staff member behind this user id, if they are one. */
	public Optional<User> staff(long userId) {
		return this.users.find(userId).filter((user) -> user.role() == Role.TEACHER || user.role() == Role.COORDINATOR);
	}

	public boolean manages(long userId, String organisationId) {
		return coordinator(userId).map((user) -> user.organisation().map(organisationId::equals).orElse(true)).orElse(false);
	}

}
