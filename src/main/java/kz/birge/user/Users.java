package kz.birge.user;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import kz.birge.bot.Access;
import kz.birge.bot.Caller;
import kz.birge.bot.ChatCaches;
import kz.birge.bot.ChatLeases;
import kz.birge.bot.Person;
import kz.birge.bot.PersonDirectory;
import kz.birge.bot.StaffJoined;
import kz.birge.i18n.Lang;
import kz.birge.system.BirgeProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The people who use Birge: registered at first contact, in the language their Telegram
 * speaks, and changed only through here. Coordinators from BIRGE_ADMIN_IDS are
 * coordinators of every organisation from the start, whatever their profile says; what
 * they were before is kept ({@link AdminStanding}) and given back when the list no longer
 * names them.
 * <p>
 * Records are cached. With several instances on one database
 * ({@code birge.cluster.enabled}) the cache is kept right by the chats' leases
 * ({@link ChatLeases}): a person's record is read and changed by their own chat's
 * handling, which one instance at a time does, and an instance that takes the chat over
 * from another drops the person's entry first ({@link #drop}). Every change to a record
 * marks its person's chat, since it may be made from elsewhere (a coordinator drops a
 * teacher, the admin list at start): whichever instance handles the chat next reads the
 * record afresh; a person forgotten loses their lease altogether. This costs one write
 * per change and nothing per read, where a version check would cost a read per update.
 * Reads outside any chat's handling (reminders, a coordinator's view of others) may see
 * an entry from before such a change; in cluster mode entries live a minute at most,
 * which bounds that.
 */
@Service
public class Users implements PersonDirectory, ChatCaches {

	private final MongoTemplate mongo;

	private final BirgeProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Cache<Long, User> cache;

	private final ChatLeases leases;

	Users(MongoTemplate mongo, BirgeProperties properties, Clock clock, ApplicationEventPublisher events,
			ChatLeases leases) {
		Caffeine<Object, Object> cache = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(Duration.ofHours(1));
		if (leases.enabled()) {
			cache.expireAfterWrite(Duration.ofMinutes(1));
		}
		this.cache = cache.build();
		this.leases = leases;
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public Caller arrive(Person person, long chatId) {
		User user = find(person.id()).orElseGet(() -> register(person, chatId));
		boolean admin = this.properties.isAdmin(person.id());
		// a private chat's id is its person's: any other chat is never stored as theirs
		long privateChat = (chatId == person.id()) ? chatId : user.chatId();
		if (user.chatId() != privateChat || !user.telegramName().equals(person.fullName())) {
			user = change(person.id(), new Update().set("chatId", privateChat).set("telegramName", person.fullName()));
		}
		if (admin && user.role() != Role.COORDINATOR) {
			user = promoteAdmin(user);
		}
		return callerOf(user, admin);
	}

	/**
	 * Who a user is to routing: their language, standing and organisation. An admin of
	 * BIRGE_ADMIN_IDS is a coordinator of every organisation, whatever school their
	 * profile names.
	 */
	static Caller callerOf(User user, boolean admin) {
		if (admin) {
			return new Caller(user.lang(), Access.COORDINATOR, Optional.empty());
		}
		return callerOf(user);
	}

	/** Who a user is to routing: their language, standing and organisation. */
	static Caller callerOf(User user) {
		Access standing = switch (user.role()) {
			case COORDINATOR -> Access.COORDINATOR;
			case TEACHER -> Access.STAFF;
			case NEWCOMER, STUDENT, VOLUNTEER -> Access.ANYONE;
		};
		return new Caller(user.lang(), standing, user.organisation());
	}

	/** Whether this person is an admin of BIRGE_ADMIN_IDS. */
	public boolean isAdmin(long id) {
		return this.properties.isAdmin(id);
	}

	/**
	 * Makes an admin of BIRGE_ADMIN_IDS a coordinator, first keeping what they were, so
	 * that they become it again when the list no longer names them.
	 */
	User promoteAdmin(User user) {
		this.mongo.save(new AdminStanding(user.id(), before(user), user.organisationId(), this.clock.instant()));
		User promoted = change(user.id(), new Update().set("role", Role.COORDINATOR));
		this.events.publishEvent(new StaffJoined(promoted.chatId(), Access.COORDINATOR, promoted.lang()));
		return promoted;
	}

	/**
	 * What a person was before BIRGE_ADMIN_IDS made them a coordinator. One who is staff
	 * already keeps the standing their last invite gave, if it named an organisation;
	 * otherwise (an admin promoted before standings were kept) they were a plain user.
	 */
	private Role before(User user) {
		if (user.role() != Role.TEACHER && user.role() != Role.COORDINATOR) {
			return user.role();
		}
		Query invited = Query.query(Criteria.where("usedBy").is(user.id()))
			.with(Sort.by(Sort.Direction.DESC, "usedAt"))
			.limit(1);
		Invite last = this.mongo.findOne(invited, Invite.class);
		boolean keeps = last != null && last.organisationId() != null
				&& last.organisationId().equals(user.organisationId());
		return keeps ? last.role() : plainRole(user);
	}

	/**
	 * Ends an admin's standing: they become what they were before, or a plain user when
	 * that was staff of no organisation.
	 */
	User restore(AdminStanding standing) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(standing.id())), AdminStanding.class);
		Optional<User> user = find(standing.id());
		if (user.isEmpty()) {
			return null;
		}
		boolean staff = standing.role() == Role.TEACHER || standing.role() == Role.COORDINATOR;
		Update update = new Update();
		if (staff && standing.organisationId() == null) {
			update.set("role", plainRole(user.get()));
		}
		else {
			update.set("role", standing.role());
			if (standing.organisationId() != null) {
				update.set("organisationId", standing.organisationId());
			}
		}
		User restored = change(standing.id(), update);
		this.events.publishEvent(new StaffJoined(restored.chatId(), callerOf(restored).standing(), restored.lang()));
		return restored;
	}

	/**
	 * What a person is once they are no longer staff, by what their profile holds: a
	 * student with a class, a volunteer with a name, otherwise a newcomer, who registers
	 * again with /start.
	 */
	static Role plainRole(User user) {
		if (user.grade() != null && user.parallel() != null) {
			return Role.STUDENT;
		}
		return (user.name() != null && !user.name().isBlank()) ? Role.VOLUNTEER : Role.NEWCOMER;
	}

	/**
	 * Takes a teacher's or coordinator's standing away: they become a plain user of the
	 * same organisation, and their chat's menu loses the staff commands.
	 */
	User dropStaff(long id) {
		User user = get(id);
		User dropped = change(id, new Update().set("role", plainRole(user)));
		this.events.publishEvent(new StaffJoined(dropped.chatId(), Access.ANYONE, dropped.lang()));
		return dropped;
	}

	/** Staff of no organisation who are not admins: made by invites that named none. */
	List<User> staffOfNoOrganisation() {
		return this.mongo.find(Query.query(Criteria.where("role")
			.in(Role.TEACHER, Role.COORDINATOR)
			.and("organisationId")
			.is(null)
			.and("_id")
			.nin(this.properties.adminIds())), User.class);
	}

	/** An organisation's teachers and coordinators, coordinators first, by name. */
	List<User> staffOf(String organisationId) {
		return this.mongo
			.find(Query.query(
					Criteria.where("role").in(Role.TEACHER, Role.COORDINATOR).and("organisationId").is(organisationId)),
					User.class)
			.stream()
			.sorted(Comparator.comparing((User user) -> user.role() != Role.COORDINATOR)
				.thenComparing(User::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private User register(Person person, long chatId) {
		Role role = this.properties.isAdmin(person.id()) ? Role.COORDINATOR : Role.NEWCOMER;
		User user = new User(person.id(), chatId, role, Lang.fromTelegram(person.languageCode()), person.fullName(),
				null, null, null, null, null, this.clock.instant());
		try {
			this.mongo.insert(user);
		}
		catch (DuplicateKeyException ex) {
			return this.mongo.findById(person.id(), User.class);
		}
		this.cache.put(user.id(), user);
		if (role == Role.COORDINATOR) {
			this.mongo.save(new AdminStanding(user.id(), Role.NEWCOMER, null, user.joinedAt()));
			this.events.publishEvent(new StaffJoined(chatId, Access.COORDINATOR, user.lang()));
		}
		return user;
	}

	public Optional<User> find(long id) {
		User cached = this.cache.getIfPresent(id);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<User> loaded = Optional.ofNullable(this.mongo.findById(id, User.class));
		loaded.ifPresent((user) -> this.cache.put(id, user));
		return loaded;
	}

	/**
	 * The coordinators of an organisation, and those of every organisation: who hears of
	 * its reports.
	 */
	public List<User> coordinatorsOf(String organisationId) {
		return this.mongo.find(Query.query(Criteria.where("role")
			.is(Role.COORDINATOR)
			.orOperator(Criteria.where("organisationId").is(organisationId), Criteria.where("organisationId").is(null),
					Criteria.where("_id").in(this.properties.adminIds()))),
				User.class);
	}

	/** These users, in one query. */
	public List<User> findAll(Collection<Long> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), User.class);
	}

	/**
	 * The user behind an update: they were registered by {@link #arrive} before any
	 * handler runs.
	 */
	public User get(long id) {
		return find(id).orElseThrow(() -> new IllegalStateException("No user " + id));
	}

	public User setLang(long id, Lang lang) {
		return change(id, new Update().set("lang", lang));
	}

	/** Makes them a student of this class (and organisation, when there is a choice). */
	public User becomeStudent(long id, SchoolClass schoolClass, Optional<String> organisationId) {
		Update update = new Update().set("role", Role.STUDENT)
			.set("grade", schoolClass.grade())
			.set("parallel", schoolClass.letter());
		organisationId.ifPresent((organisation) -> update.set("organisationId", organisation));
		return change(id, update);
	}

	public User becomeVolunteer(long id, String name, Optional<String> phone) {
		Update update = new Update().set("role", Role.VOLUNTEER).set("name", name);
		phone.ifPresent((number) -> update.set("phone", number));
		return change(id, update);
	}

	public User setClass(long id, SchoolClass schoolClass) {
		return change(id, new Update().set("grade", schoolClass.grade()).set("parallel", schoolClass.letter()));
	}

	public User setName(long id, String name) {
		return change(id, new Update().set("name", name));
	}

	public User setPhone(long id, String phone) {
		return change(id, new Update().set("phone", phone));
	}

	public User setOrganisation(long id, String organisationId) {
		return change(id, new Update().set("organisationId", organisationId));
	}

	/** A teacher or a coordinator, by an invite of a coordinator. */
	public User becomeStaff(long id, Role role, Optional<String> organisationId) {
		if (role != Role.TEACHER && role != Role.COORDINATOR) {
			throw new IllegalArgumentException("Not a staff role: " + role);
		}
		Update update = new Update().set("role", role);
		organisationId.ifPresent((organisation) -> update.set("organisationId", organisation));
		User staff = change(id, update);
		this.events.publishEvent(new StaffJoined(staff.chatId(), callerOf(staff).standing(), staff.lang()));
		return staff;
	}

	/**
	 * Deletes a person's record, once every module has forgotten its part of them (see
	 * {@link Forgetting}): the next message from them is a stranger's.
	 */
	void remove(long id) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(id)), User.class);
		this.cache.invalidate(id);
		this.leases.forget(id);
	}

	/** Forgets the cached record of a chat's person (a private chat's id is theirs). */
	@Override
	public void drop(long chatId) {
		this.cache.invalidate(chatId);
	}

	private User change(long id, Update update) {
		User changed = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id)), update,
				FindAndModifyOptions.options().returnNew(true), User.class);
		if (changed == null) {
			throw new IllegalStateException("No user " + id);
		}
		this.cache.put(id, changed);
		this.leases.changed(changed.chatId());
		return changed;
	}

}
