package kz.birge.bot;

import java.util.List;

/**
 * What the bot can do in Telegram. Implemented at the edge (telegram/); everything else
 * sees only this. Failures surface as {@link SendException}.
 */
public interface Sender {

	/** Sends a message and returns its message id. */
	int send(long chatId, Reply reply);

	/** Replaces the text and inline keyboard of a message sent before. */
	void edit(long chatId, int messageId, Reply reply);

	/** Stops the spinner on a tapped button, optionally with a short notice. */
	void answerCallback(String queryId, String notice);

	/** Sends a file. */
	void sendDocument(long chatId, String fileName, byte[] content, String caption);

	/** The most photos Telegram puts in one album. */
	int ALBUM = 10;

	/**
	 * Sends photos already in Telegram (by their file ids) as albums of at most
	 * {@link #ALBUM}, the caption under the first; a single photo goes as a photo.
	 * Senders that cannot send photos refuse.
	 */
	default void sendPhotos(long chatId, List<String> fileIds, String caption) {
		throw new UnsupportedOperationException("This sender does not send photos");
	}

	/** Downloads a file a person sent. */
	byte[] download(String fileId);

	/**
	 * Downloads a file a person sent, stopping as soon as more than {@code maxBytes}
	 * arrive: what is read decides, not the size Telegram declared (which may be
	 * missing). This default reads the whole file first; the Telegram sender stops while
	 * reading.
	 * @throws FileTooLargeException past the limit
	 */
	default byte[] download(String fileId, long maxBytes) {
		byte[] content = download(fileId);
		if (content.length > maxBytes) {
			throw new FileTooLargeException("File " + fileId + " has more than " + maxBytes + " bytes");
		}
		return content;
	}

	/** The bot's username, from getMe. */
	String botUsername();

	/**
	 * This sender for messages the bot sends on its own: they leave part of Telegram's
	 * rate to the answers people wait for, and a long 429 pause is not waited out but
	 * surfaces as {@link RetryLater}.
	 */
	default Sender background() {
		return this;
	}

}
