package kz.birge.bot;

/** Takes a file a person sends outside any conversation (a coordinator's plan, for one). */
public interface DocumentHandler {

	void onDocument(BotContext ctx, Incoming.Document document);

}
