package kz.birge.bot;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Short leases in MongoDB, for instances that share one database
 * ({@code birge.cluster.enabled}): a chat's lease (in {@value #CHATS}) lets one instance
 * at a time handle the chat's updates, so that they are handled in order even when a load
 * balancer sends them to different instances; a role's lease (in {@value #ROLES}), such
 * as polling Telegram, lets one instance play it.
 * <p>
 * A lease is a document {@code {_id, owner, token, until}}, taken with one atomic
 * find-and-modify that matches when the lease has run out or is this instance's already;
 * a lease that has no document yet is made by an insert, which the unique {@code _id}
 * lets only one instance make. No transactions and no pipeline updates, so the same works
 * on the embedded server and on MongoDB. The holder renews it while it has work and lets
 * it go ({@code until} in the past) when done; an instance that dies holding one holds it
 * for {@code birge.cluster.lease-time} at most. Times are wall-clock time, the same on
 * every instance.
 * <p>
 * Caches: a chat's lease document keeps its last owner when let go, and
 * {@code stale: true} when a change was made to the chat's person from elsewhere
 * ({@link #changed}). An instance that takes a chat's lease from another owner, or finds
 * it stale, drops the chat's cached entries ({@link ChatCaches}); while it holds the
 * lease nobody else handles the chat, so its cache stays right. A chat that keeps to one
 * instance keeps its cache.
 */
@Component
@EnableConfigurationProperties(ClusterProperties.class)
public class ChatLeases {

	static final String CHATS = "chat_leases";

	static final String ROLES = "leases";

	private static final Logger log = LoggerFactory.getLogger(ChatLeases.class);

	private final MongoTemplate mongo;

	private final ClusterProperties cluster;

	private final ObjectProvider<ChatCaches> caches;

	private final Clock clock = Clock.systemUTC();

	private final String owner;

	private final AtomicLong takings = new AtomicLong();

	private volatile List<ChatCaches> cachesFound;

	ChatLeases(MongoTemplate mongo, ClusterProperties cluster, ObjectProvider<ChatCaches> caches) {
		this.mongo = mongo;
		this.cluster = cluster;
		this.caches = caches;
		this.owner = host() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Whether instances coordinate through leases at all. */
	public boolean enabled() {
		return this.cluster.enabled();
	}

	/** This instance's name in the leases it holds. */
	public String owner() {
		return this.owner;
	}

	/** How long a lease lasts unrenewed. */
	public Duration leaseTime() {
		return this.cluster.leaseTime();
	}

	/**
	 * Takes a chat's lease, or empty when another instance holds it. When the chat comes
	 * from another instance, or was changed from elsewhere, its cached entries are
	 * dropped first.
	 */
	public Optional<Lease> takeChat(long chatId) {
		String token = token();
		Optional<Document> before = take(CHATS, chatId, token);
		if (before == null) {
			return Optional.empty();
		}
		boolean same = before.isPresent() && this.owner.equals(before.get().getString("owner"))
				&& !Boolean.TRUE.equals(before.get().getBoolean("stale"));
		if (!same) {
			for (ChatCaches cache : caches()) {
				cache.drop(chatId);
			}
		}
		return Optional.of(new Lease(chatId, token, System.nanoTime()));
	}

	/** Takes a role's lease (one instance plays it), or empty when another holds it. */
	public Optional<Lease> takeRole(String name) {
		String token = token();
		Optional<Document> before = take(ROLES, name, token);
		return (before != null) ? Optional.of(new Lease(name, token, System.nanoTime())) : Optional.empty();
	}

	/**
	 * Renews these chats' leases held by this instance; returns how many are still this
	 * instance's.
	 */
	public long renewChats(Collection<Long> chatIds) {
		if (chatIds.isEmpty()) {
			return 0;
		}
		// a lease let go meanwhile (until in the past) stays let go
		Date now = Date.from(this.clock.instant());
		return collection(CHATS)
			.updateMany(
					Filters.and(Filters.in("_id", chatIds), Filters.eq("owner", this.owner), Filters.gt("until", now)),
					Updates.set("until", until()))
			.getMatchedCount();
	}

	/** Renews a role's lease; false when it is no longer this instance's. */
	public boolean renewRole(Lease lease) {
		return collection(ROLES)
			.updateOne(Filters.and(Filters.eq("_id", lease.id()), Filters.eq("token", lease.token())),
					Updates.set("until", until()))
			.getMatchedCount() == 1;
	}

	/** Lets a chat's lease go, unless a newer taking of it holds it. */
	public void releaseChat(Lease lease) {
		release(CHATS, lease);
	}

	/** Lets a role's lease go. */
	public void releaseRole(Lease lease) {
		release(ROLES, lease);
	}

	/**
	 * A chat's person was changed from elsewhere (another person's chat, a scheduled
	 * job): the instance that takes the chat's lease next drops its cached entries. Only
	 * with leases enabled.
	 */
	public void changed(long chatId) {
		if (enabled()) {
			collection(CHATS).updateOne(Filters.eq("_id", chatId), Updates.set("stale", true));
		}
	}

	/** A chat's person is forgotten: their lease's document goes too. */
	public void forget(long chatId) {
		if (enabled()) {
			collection(CHATS).deleteOne(Filters.eq("_id", chatId));
		}
	}

	/**
	 * The lease's document before it was taken (empty when it was made now), or null when
	 * another instance holds it.
	 */
	private Optional<Document> take(String collection, Object id, String token) {
		Instant now = this.clock.instant();
		Bson free = Filters.or(Filters.lte("until", Date.from(now)), Filters.eq("owner", this.owner));
		Date until = until();
		Bson set = Updates.combine(Updates.set("owner", this.owner), Updates.set("token", token),
				Updates.set("until", until), Updates.set("stale", false));
		MongoCollection<Document> leases = collection(collection);
		Document before = leases.findOneAndUpdate(Filters.and(Filters.eq("_id", id), free), set,
				new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
		if (before != null) {
			return Optional.of(before);
		}
		if (leases.find(Filters.eq("_id", id)).first() != null) {
			// held by another instance: looked at, so that no failed insert is logged
			return null;
		}
		try {
			leases.insertOne(new Document("_id", id).append("owner", this.owner)
				.append("token", token)
				.append("until", until)
				.append("stale", false));
			return Optional.empty();
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				// another instance made it first
				return null;
			}
			throw ex;
		}
	}

	private void release(String collection, Lease lease) {
		try {
			collection(collection).updateOne(
					Filters.and(Filters.eq("_id", lease.id()), Filters.eq("token", lease.token())),
					Updates.set("until", new Date(0)));
		}
		catch (RuntimeException ex) {
			// it runs out by itself
			log.warn("Could not let the lease of {} go: {}", lease.id(), ex.getMessage());
		}
	}

	private String token() {
		return this.owner + "#" + this.takings.incrementAndGet();
	}

	private Date until() {
		return Date.from(this.clock.instant().plus(this.cluster.leaseTime()));
	}

	private List<ChatCaches> caches() {
		List<ChatCaches> found = this.cachesFound;
		if (found == null) {
			found = this.caches.orderedStream().toList();
			this.cachesFound = found;
		}
		return found;
	}

	private MongoCollection<Document> collection(String name) {
		return this.mongo.getCollection(name);
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "birge";
		}
	}

}
