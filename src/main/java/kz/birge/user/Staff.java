package kz.birge.user;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.birge.bot.Notifier;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * An organisation's teachers and coordinators: who they are, who invited them and when,
 * and taking a person's standing away. A removed person becomes a plain user of the same
 * organisation at once (their next tap or command is judged by that), is told in their
 * language, and their chat's menu loses the staff commands. Admins of BIRGE_ADMIN_IDS are
 * not removed here (only the list removes them), and a coordinator does not remove
 * themselves when they are the organisation's last.
 */
@Service
class Staff {

	private static final Logger log = LoggerFactory.getLogger(Staff.class);

	private final Users users;

	private final Invites invites;

	private final Organisations organisations;

	private final Notifier notifier;

	Staff(Users users, Invites invites, Organisations organisations, Notifier notifier) {
		this.users = users;
		this.invites = invites;
		this.organisations = organisations;
		this.notifier = notifier;
	}

	/**
	 * One member of staff as /staff shows them.
	 *
	 * @param user the person
	 * @param admin whether BIRGE_ADMIN_IDS names them
	 * @param invite the invite they joined by, if any
	 * @param inviter who made that invite, if known
	 */
	record Member(User user, boolean admin, Optional<Invite> invite, Optional<User> inviter) {
	}

	/** What came of a removal. */
	enum Removal {

		REMOVED, NOT_STAFF_HERE, ADMIN, LAST_COORDINATOR

	}

	/** The organisation's teachers and coordinators, coordinators first. */
	List<Member> of(String organisationId) {
		List<User> staff = this.users.staffOf(organisationId);
		Map<Long, Invite> invited = staff.isEmpty() ? Map.of()
				: this.invites.redeemedBy(staff.stream().map(User::id).toList());
		List<Long> inviterIds = invited.values().stream().map(Invite::createdBy).distinct().toList();
		Map<Long, User> inviters = inviterIds.isEmpty() ? Map.of()
				: this.users.findAll(inviterIds).stream().collect(Collectors.toMap(User::id, Function.identity()));
		return staff.stream().map((user) -> {
			Optional<Invite> invite = Optional.ofNullable(invited.get(user.id()));
			return new Member(user, this.users.isAdmin(user.id()), invite,
					invite.map((found) -> inviters.get(found.createdBy())));
		}).toList();
	}

	/**
	 * Whether {@code by} may remove this member: not an admin, and not themselves when
	 * they are the organisation's last coordinator.
	 */
	boolean removable(long by, Member member, List<Member> all) {
		return refusal(by, member.user(), all.stream().map(Member::user).toList()).isEmpty();
	}

	/**
	 * Takes a teacher's or coordinator's standing in this organisation away, and tells
	 * them.
	 */
	Removal remove(long by, long userId, String organisationId) {
		Optional<User> found = this.users.find(userId);
		if (found.isEmpty() || !isStaffOf(found.get(), organisationId)) {
			return Removal.NOT_STAFF_HERE;
		}
		Optional<Removal> refused = refusal(by, found.get(), this.users.staffOf(organisationId));
		if (refused.isPresent()) {
			return refused.get();
		}
		User removed = this.users.dropStaff(userId);
		log.info("User {} removed user {} ({}) from the staff of {}", by, userId, found.get().role(), organisationId);
		String organisation = this.organisations.find(organisationId).map(Organisation::name).orElse("—");
		this.notifier.tell(removed.chatId(), removed.id(), removed.lang(),
				(ctx) -> ctx.say("staff.you-were-removed", organisation));
		return Removal.REMOVED;
	}

	private Optional<Removal> refusal(long by, User target, List<User> staff) {
		if (this.users.isAdmin(target.id())) {
			return Optional.of(Removal.ADMIN);
		}
		boolean lastCoordinator = target.role() == Role.COORDINATOR
				&& staff.stream().filter((user) -> user.role() == Role.COORDINATOR).count() <= 1;
		if (target.id() == by && lastCoordinator) {
			return Optional.of(Removal.LAST_COORDINATOR);
		}
		return Optional.empty();
	}

	private static boolean isStaffOf(User user, String organisationId) {
		return (user.role() == Role.TEACHER || user.role() == Role.COORDINATOR)
				&& organisationId.equals(user.organisationId());
	}

}
