package kz.birge.bot;

import java.util.Locale;

/** What a person sent: the part of an update a handler looks at. */
public sealed interface Incoming {

	/** A text message; commands included. */
	record Text(String text) implements Incoming {

		/**
		 * "/start abc" gives "start", "/help@birge_bot" gives "help"; plain text gives
		 * "".
		 */
		public String command() {
			if (!this.text.startsWith("/")) {
				return "";
			}
			String head = this.text.substring(1).split("\\s+", 2)[0];
			int at = head.indexOf('@');
			return ((at < 0) ? head : head.substring(0, at)).toLowerCase(Locale.ROOT);
		}

		/** What follows the command: "/start abc" gives "abc". */
		public String arguments() {
			String[] parts = this.text.trim().split("\\s+", 2);
			return (parts.length < 2) ? "" : parts[1].trim();
		}

	}

	/** A tap on an inline button. */
	record Callback(String queryId, int messageId, String data) implements Incoming {
	}

	/**
	 * A contact shared with the contact button; {@code ownerId} is 0 when the contact has
	 * no Telegram account.
	 */
	record Contact(String phone, long ownerId) implements Incoming {

		/** Never prints the phone, should a contact reach a log. */
		@Override
		public String toString() {
			return "Contact[phone=(hidden), ownerId=" + this.ownerId + "]";
		}

	}

	/** A file sent as a document. */
	record Document(String fileId, String fileName, String mimeType, long size) implements Incoming {
	}

	/** A photo; {@code fileId} is its largest size. */
	record Photo(String fileId) implements Incoming {
	}

	/** Anything else a person can send in a private chat: a sticker, a voice message. */
	record Other(String kind) implements Incoming {
	}

}
