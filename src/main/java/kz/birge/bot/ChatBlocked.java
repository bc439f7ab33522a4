package kz.birge.bot;

/** Telegram refused a message because the person blocked the bot (403). */
public class ChatBlocked extends SendException {

	private final long chatId;

	public ChatBlocked(long chatId, String message, Throwable cause) {
		super(message, cause);
		this.chatId = chatId;
	}

	public long chatId() {
		return this.chatId;
	}

}
