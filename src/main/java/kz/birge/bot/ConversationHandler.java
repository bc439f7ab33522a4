package kz.birge.bot;

/**
 * Takes what a person types or sends while they are in a conversation of this flow. Every step
 * answers unexpected input with a hint; /cancel always leaves.
 */
public interface ConversationHandler {

	String flow();

	void onInput(BotContext ctx, Conversation conversation);

}
