package kz.birge.events;

import kz.birge.bot.BotContext;
import kz.birge.bot.ChatHandlers;

/**
 * /my: my coming sign-ups, each with its card and a cancel button, and what I took part
 * in.
 */
@ChatHandlers
class MySignUps {

	private final MyPage page;

	MySignUps(MyPage page) {
		this.page = page;
	}

	@ChatHandlers.Command(value = "my", menu = 6)
	void my(BotContext ctx) {
		ctx.reply(this.page.render(ctx, ctx.userId()));
	}

}
