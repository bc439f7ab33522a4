package kz.birge.broadcast;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.birge.bot.Notifier;
import kz.birge.bot.Reply;
import kz.birge.bot.SendException;
import kz.birge.bot.Sender;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.events.FractionMembers;
import kz.birge.i18n.Lang;
import kz.birge.i18n.Messages;
import kz.birge.outbound.OutboundQueue;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.user.Audiences;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import kz.birge.user.User;
import kz.birge.user.Users;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Broadcasts, one at a time: a confirmed one waits in {@code broadcasts} until the one
 * before it is done, then its messages are queued (tag {@code broadcast:ID}) and its
 * progress (sent, failed, left) is edited in place in the coordinator's chat until none
 * is left.
 */
@Component
class Broadcasts {

	static final String COLLECTION = "broadcasts";

	/** The longest text a coordinator may write: room is left for the heading. */
	static final int MAX_TEXT = 3900;

	private static final Logger log = LoggerFactory.getLogger(Broadcasts.class);

	private static final String WAITING = "WAITING";

	private static final String SENDING = "SENDING";

	private static final String DONE = "DONE";

	private final MongoTemplate mongo;

	private final Audiences audiences;

	private final Users users;

	private final FractionMembers fractions;

	private final Registrations registrations;

	private final Catalogue catalogue;

	private final Organisations organisations;

	private final Notifier notifier;

	private final OutboundQueue queue;

	private final Sender sender;

	private final Messages messages;

	private final Clock clock;

	/**
	 * False once a round found nothing waiting or being sent, until the next broadcast is
	 * submitted: the round then costs no query.
	 */
	private volatile boolean maybeBusy = true;

	Broadcasts(MongoTemplate mongo, Audiences audiences, Users users, FractionMembers fractions,
			Registrations registrations, Catalogue catalogue, Organisations organisations, Notifier notifier,
			OutboundQueue queue, Sender sender, Messages messages, Clock clock) {
		this.mongo = mongo;
		this.audiences = audiences;
		this.users = users;
		this.fractions = fractions;
		this.registrations = registrations;
		this.catalogue = catalogue;
		this.organisations = organisations;
		this.notifier = notifier;
		this.queue = queue;
		this.sender = sender;
		this.messages = messages;
		this.clock = clock;
	}

	/** Those a broadcast would reach now: each person once, none who blocked the bot. */
	List<User> recipients(String organisationId, AudienceKind kind, String target) {
		List<User> people = switch (kind) {
			case CLASS -> SchoolClass.parse(target)
				.map((schoolClass) -> this.audiences.schoolClass(organisationId, schoolClass))
				.orElse(List.of());
			case GRADE -> this.audiences.grade(organisationId, Integer.parseInt(target));
			case FRACTION -> this.users.findAll(this.fractions.memberIds(target));
			case ACTIVITY -> this.users.findAll(signedUp(Set.of(target)));
			case VOLUNTEERS ->
				this.users
					.findAll(signedUp(this.catalogue.coming(organisationId)
						.stream()
						.map(Listing::activityId)
						.collect(Collectors.toSet())))
					.stream()
					.filter((user) -> user.role() == Role.VOLUNTEER)
					.toList();
			case EVERYONE -> this.audiences.organisation(organisationId);
		};
		Map<Long, User> once = new LinkedHashMap<>();
		people.stream().filter((user) -> this.queue.reachable(user.id())).forEach((user) -> once.put(user.id(), user));
		return List.copyOf(once.values());
	}

	private Set<Long> signedUp(Set<String> activityIds) {
		return activityIds.stream()
			.flatMap((activityId) -> this.registrations.activeOf(activityId).stream())
			.map(Registration::userId)
			.collect(Collectors.toSet());
	}

	/**
	 * Takes a confirmed broadcast; it goes when those before it are done. Returns how
	 * many are before it.
	 */
	synchronized long submit(long chatId, long userId, Lang lang, String organisationId, AudienceKind kind,
			String target, String label, String text) {
		long ahead = this.mongo.count(Query.query(Criteria.where("state").in(WAITING, SENDING)), COLLECTION);
		this.mongo.insert(new Document("chatId", chatId).append("userId", userId)
			.append("lang", lang.code())
			.append("organisationId", organisationId)
			.append("kind", kind.name())
			.append("target", target)
			.append("label", label)
			.append("text", text)
			.append("state", WAITING)
			.append("createdAt", this.clock.instant()), COLLECTION);
		this.maybeBusy = true;
		return ahead;
	}

	/**
	 * Shows the progress of the broadcast being sent, and starts the next when it is
	 * done.
	 */
	@Scheduled(fixedDelayString = "${birge.broadcast.every:PT1S}", initialDelayString = "${birge.broadcast.every:PT1S}")
	@SchedulerLock(name = "broadcasts", lockAtMostFor = "PT5M", lockAtLeastFor = "PT0S")
	synchronized void tick() {
		if (!this.maybeBusy) {
			return;
		}
		Document sending = this.mongo.findOne(Query.query(Criteria.where("state").is(SENDING)), Document.class,
				COLLECTION);
		if (sending != null && !showProgress(sending)) {
			return;
		}
		Document next = this.mongo.findOne(
				Query.query(Criteria.where("state").is(WAITING)).with(Sort.by("createdAt", "_id")), Document.class,
				COLLECTION);
		if (next != null) {
			begin(next);
		}
		else if (sending == null) {
			this.maybeBusy = false;
		}
	}

	/** Queues a broadcast's messages and shows its progress; it is now being sent. */
	private void begin(Document broadcast) {
		String id = broadcast.get("_id").toString();
		String tag = "broadcast:" + id;
		AudienceKind kind = AudienceKind.valueOf(broadcast.getString("kind"));
		String organisationId = broadcast.getString("organisationId");
		String organisation = this.organisations.find(organisationId).map(Organisation::name).orElse("");
		String text = broadcast.getString("text");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(broadcast.get("_id"))),
				Update.update("state", SENDING), COLLECTION);
		for (User user : recipients(organisationId, kind, broadcast.getString("target"))) {
			this.notifier.tell(tag, user.chatId(), user.id(), user.lang(),
					(ctx) -> ctx.reply(Reply.text(ctx.t("broadcast.heading", organisation) + "\n\n" + text)));
		}
		Lang lang = Lang.byCode(broadcast.getString("lang")).orElse(Lang.KK);
		long chatId = ((Number) broadcast.get("chatId")).longValue();
		try {
			int messageId = this.sender.send(chatId, progressReply(lang, broadcast, this.queue.progress(tag)));
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(broadcast.get("_id"))),
					Update.update("progressMessageId", messageId), COLLECTION);
		}
		catch (SendException ex) {
			log.info("The progress of broadcast {} could not be shown: {}", id, ex.getMessage());
		}
	}

	/** Edits the progress in place; true when the broadcast is done. */
	private boolean showProgress(Document broadcast) {
		String tag = "broadcast:" + broadcast.get("_id");
		OutboundQueue.Progress progress = this.queue.progress(tag);
		boolean done = progress.left() == 0;
		String shown = progress.sent() + "/" + progress.failed() + "/" + progress.left();
		Update update = Update.update("shown", shown);
		if (done) {
			update.set("state", DONE).set("doneAt", this.clock.instant());
		}
		if (!shown.equals(broadcast.getString("shown")) || done) {
			Object messageId = broadcast.get("progressMessageId");
			if (messageId instanceof Number number) {
				try {
					this.sender.edit(((Number) broadcast.get("chatId")).longValue(), number.intValue(), progressReply(
							Lang.byCode(broadcast.getString("lang")).orElse(Lang.KK), broadcast, progress));
				}
				catch (SendException ex) {
					log.debug("Progress not shown: {}", ex.getMessage());
				}
			}
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(broadcast.get("_id"))), update, COLLECTION);
		return done;
	}

	private Reply progressReply(Lang lang, Document broadcast, OutboundQueue.Progress progress) {
		String key = (progress.left() == 0) ? "broadcast.done" : "broadcast.progress";
		return Reply.text(this.messages.get(lang, key, broadcast.getString("label"), progress.sent(), progress.failed(),
				progress.left()));
	}

	/** Whether a broadcast is waiting or being sent. */
	Optional<Document> busy() {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("state").in(WAITING, SENDING)),
				Document.class, COLLECTION));
	}

}
