package kz.birge.bot;

/**
 * A file a person sent held more bytes than the reader would take: the download stopped
 * there, whatever size Telegram declared for it.
 */
public class FileTooLargeException extends SendException {

	private static final long serialVersionUID = 1L;

	public FileTooLargeException(String message) {
		super(message, null);
	}

}
