package kz.birge.bot;

import org.springframework.stereotype.Component;

/** /cancel: leaves whatever conversation the person is in. */
@Component
class CancelCommand implements CommandHandler {

	@Override
	public String command() {
		return "cancel";
	}

	@Override
	public int menuOrder() {
		return 90;
	}

	@Override
	public void onCommand(BotContext ctx, String arguments) {
		boolean inConversation = ctx.conversation().isPresent();
		ctx.endConversation();
		ctx.reply(new Reply(ctx.t(inConversation ? "bot.cancelled" : "bot.nothing-to-cancel"), Keyboard.REMOVE));
	}

}
