package kz.birge.bot;

/**
 * Opens a deep link {@code https://t.me/<bot>?start=<payload>} whose payload starts with this
 * handler's prefix: an invite, an activity's card.
 */
public interface DeepLinkHandler {

	/** The payload's prefix, such as "inv_"; letters, digits, '_' and '-' only, as Telegram allows. */
	String prefix();

	void open(BotContext ctx, String payload);

	/** True when a newcomer must finish onboarding before the link opens. */
	default boolean afterOnboarding() {
		return true;
	}

}
