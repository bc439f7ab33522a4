package kz.birge.bot;

import java.util.List;

/**
 * A message the bot sends on its own, written in full before it is queued: the parts go
 * to one chat in order, each as one Telegram message.
 *
 * @param chatId the chat it goes to
 * @param userId the person it is for
 * @param tag what it is, for counting ("notice", "reminder", "broadcast:ID")
 * @param parts what is sent, in order
 */
public record Outgoing(long chatId, long userId, String tag, List<Part> parts) {

	public Outgoing {
		parts = List.copyOf(parts);
	}

	/** One message of an {@link Outgoing}. */
	public sealed interface Part {

	}

	/** A text with its keyboard. */
	public record Text(Reply reply) implements Part {
	}

	/** A file, kept whole so that a retry sends all of it again. */
	public record Document(String fileName, byte[] content, String caption) implements Part {
	}

	/** Photos already in Telegram, by file id, as albums. */
	public record Photos(List<String> fileIds, String caption) implements Part {

		public Photos {
			fileIds = List.copyOf(fileIds);
		}

	}

}
