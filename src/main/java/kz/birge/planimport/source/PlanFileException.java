package kz.birge.planimport.source;

/**
 * A plan file could not be read. The {@link #reason() reason} lets the bot answer in the
 * user's language; the message is for logs.
 */
public class PlanFileException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why a file could not be read. */
	public enum Reason {

		/** The file's extension is not one Birge reads. */
		UNSUPPORTED_TYPE,
		/** The bytes are not a readable file of the type its name claims. */
		CORRUPT,
		/** The file holds nothing: no bytes, or no text. */
		EMPTY,
		/**
		 * Over the limits: more than 5 MB, more than 50,000 rows, a zip bomb, too many
		 * columns, merged regions or parts.
		 */
		TOO_LARGE,
		/** Reading took longer than its time limit. */
		TOO_SLOW,
		/** Every reader is busy with other files. */
		BUSY,
		/** A workbook or document locked with a password. */
		ENCRYPTED

	}

	private final Reason reason;

	public PlanFileException(Reason reason, String message) {
		this(reason, message, null);
	}

	public PlanFileException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
