package kz.birge.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;

/**
 * Where a person is in a flow, as stored: the flow, its current step, the steps that led
 * there (for "back"), the typed draft as a document, and when it last moved. Only
 * {@link Flow} reads the draft.
 *
 * @param flow the flow's name
 * @param step the current step's name
 * @param trail the steps before it, oldest first
 * @param draft the flow's draft, written by the database's converter
 * @param updatedAt when the person last answered
 */
public record Conversation(String flow, String step, List<String> trail, Document draft, Instant updatedAt) {

	public Conversation {
		trail = List.copyOf(trail);
	}

	/** True when nobody answered for longer than {@code timeout} before {@code now}. */
	boolean expired(Instant now, Duration timeout) {
		return this.updatedAt.plus(timeout).isBefore(now);
	}

}
