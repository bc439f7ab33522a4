package kz.birge.bot;

/** Telegram refused or could not be reached. */
public class SendException extends RuntimeException {

	public SendException(String message, Throwable cause) {
		super(message, cause);
	}

}
