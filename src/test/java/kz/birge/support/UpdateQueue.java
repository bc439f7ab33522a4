package kz.birge.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Telegram's queue of pending updates with getUpdates semantics: an offset confirms
 * (drops) every update below it, a negative offset keeps only the last updates,
 * {@code limit} caps a batch, and a long poll waits for the first update. Not thread-safe
 * by itself: callers hold {@code monitor}, which the queue waits on and which must be
 * notified whenever updates are added.
 */
final class UpdateQueue {

	/** The types Telegram leaves out unless allowed_updates names them. */
	private static final Set<String> OPT_IN_TYPES = Set.of("chat_member", "message_reaction", "message_reaction_count");

	private static final String CONFLICT = "Conflict: terminated by other getUpdates request; "
			+ "make sure that only one bot instance is running";

	private final Object monitor;

	private final List<Pending> pending = new ArrayList<>();

	private long lastId = 1000;

	private Set<String> allowedTypes = Set.of();

	private long polls;

	private boolean closed;

	UpdateQueue(Object monitor) {
		this.monitor = monitor;
	}

	private static final class Pending {

		final ObjectNode update;

		boolean delivered;

		Pending(ObjectNode update) {
			this.update = update;
		}

		long id() {
			return this.update.get("update_id").asLong();
		}

	}

	/** Queues an update under the next id and returns that id. */
	long add(ObjectNode updateWithoutId) {
		ObjectNode update = Json.object().put("update_id", ++this.lastId);
		for (Map.Entry<String, JsonNode> field : updateWithoutId.properties()) {
			if (!field.getKey().equals("update_id")) {
				update.set(field.getKey(), field.getValue().deepCopy());
			}
		}
		this.pending.add(new Pending(update));
		return this.lastId;
	}

	/**
	 * Queues an update with the id it carries, in id order; later assigned ids continue
	 * above it.
	 */
	void addRaw(ObjectNode updateWithId) {
		JsonNode id = updateWithId.get("update_id");
		if (id == null || !id.canConvertToLong()) {
			throw new IllegalArgumentException("The update has no numeric update_id: " + updateWithId);
		}
		this.lastId = Math.max(this.lastId, id.asLong());
		int at = this.pending.size();
		while (at > 0 && this.pending.get(at - 1).id() > id.asLong()) {
			at--;
		}
		this.pending.add(at, new Pending(updateWithId.deepCopy()));
	}

	/**
	 * Answers one getUpdates call: confirms by {@code offset}, then waits up to
	 * {@code waitMillis} for updates. Ends early with a 409 when another getUpdates call
	 * starts meanwhile, as Telegram does.
	 */
	List<ObjectNode> poll(long offset, int limit, List<String> allowedUpdates, long waitMillis)
			throws InterruptedException {
		long poll = ++this.polls;
		this.monitor.notifyAll();
		if (allowedUpdates != null) {
			this.allowedTypes = Set.copyOf(allowedUpdates);
		}
		long deadline = System.currentTimeMillis() + waitMillis;
		while (true) {
			List<ObjectNode> batch = take(offset, limit);
			long left = deadline - System.currentTimeMillis();
			if (!batch.isEmpty() || left <= 0 || this.closed) {
				return batch;
			}
			this.monitor.wait(left);
			if (poll != this.polls) {
				throw new ApiFailure(409, CONFLICT, null);
			}
		}
	}

	private List<ObjectNode> take(long offset, int limit) {
		confirm(offset);
		this.pending.removeIf((update) -> !isAllowed(update.update));
		List<ObjectNode> batch = new ArrayList<>();
		for (Pending update : this.pending.subList(0, Math.min(limit, this.pending.size()))) {
			update.delivered = true;
			batch.add(update.update);
		}
		return batch;
	}

	private void confirm(long offset) {
		if (offset < 0) {
			int keep = (int) Math.min(-offset, this.pending.size());
			this.pending.subList(0, this.pending.size() - keep).clear();
			return;
		}
		this.pending.removeIf((update) -> update.id() < offset);
	}

	private boolean isAllowed(ObjectNode update) {
		for (Map.Entry<String, JsonNode> field : update.properties()) {
			String type = field.getKey();
			if (!type.equals("update_id")) {
				return this.allowedTypes.isEmpty() ? !OPT_IN_TYPES.contains(type) : this.allowedTypes.contains(type);
			}
		}
		return true;
	}

	/** Whether some queued update has not been handed to the bot yet. */
	boolean hasUndelivered() {
		return this.pending.stream().anyMatch((update) -> !update.delivered);
	}

	/** How many queued updates the bot has not fetched yet. */
	long undeliveredCount() {
		return this.pending.stream().filter((update) -> !update.delivered).count();
	}

	/**
	 * Drops all pending updates (deleteWebhook with drop_pending_updates, or a reset
	 * between tests).
	 */
	void clear() {
		this.pending.clear();
	}

	/** Ends waiting polls for good; the server is shutting down. */
	void close() {
		this.closed = true;
		this.monitor.notifyAll();
	}

}
