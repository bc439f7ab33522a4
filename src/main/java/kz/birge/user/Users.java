package kz.birge.user;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import kz.birge.bot.Access;
import kz.birge.bot.Caller;
import kz.birge.bot.Person;
import kz.birge.bot.PersonDirectory;
import kz.birge.bot.StaffJoined;
import kz.birge.i18n.Lang;
import kz.birge.system.BirgeProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The people who use Birge: registered at first contact, in the language their Telegram
 * speaks, and changed only through here. Coordinators from BIRGE_ADMIN_IDS are
 * coordinators from the start.
 */
@Service
public class Users implements PersonDirectory {

	private final MongoTemplate mongo;

	private final BirgeProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Cache<Long, User> cache = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	Users(MongoTemplate mongo, BirgeProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public Caller arrive(Person person, long chatId) {
		User user = find(person.id()).orElseGet(() -> register(person, chatId));
		boolean admin = this.properties.isAdmin(person.id());
		if (user.chatId() != chatId || !user.telegramName().equals(person.fullName())
				|| (admin && user.role() != Role.COORDINATOR)) {
			Update update = new Update().set("chatId", chatId).set("telegramName", person.fullName());
			boolean promoted = admin && user.role() != Role.COORDINATOR;
			if (admin) {
				update.set("role", Role.COORDINATOR);
			}
			user = change(person.id(), update);
			if (promoted) {
				this.events.publishEvent(new StaffJoined(chatId, Access.COORDINATOR, user.lang()));
			}
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
			.orOperator(Criteria.where("organisationId").is(organisationId),
					Criteria.where("organisationId").is(null))),
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
	}

	private User change(long id, Update update) {
		User changed = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id)), update,
				FindAndModifyOptions.options().returnNew(true), User.class);
		if (changed == null) {
			throw new IllegalStateException("No user " + id);
		}
		this.cache.put(id, changed);
		return changed;
	}

}
