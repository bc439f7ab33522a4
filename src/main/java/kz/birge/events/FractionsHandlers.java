package kz.birge.events;

import kz.birge.bot.BotContext;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.user.User;
import kz.birge.user.Users;

/**
 * /fractions: the school parliament's fractions with their projects; a student joins and
 * leaves them.
 */
@ChatHandlers
class FractionsHandlers {

	@CallbackData.Prefix("fj")
	record Toggle(String fractionId) implements CallbackData {
	}

	private final Users users;

	private final FractionsPage page;

	FractionsHandlers(Users users, FractionsPage page) {
		this.users = users;
		this.page = page;
	}

	@ChatHandlers.Command(value = "fractions", menu = 7)
	void fractions(BotContext ctx) {
		this.page.show(ctx, this.users.get(ctx.userId()), false);
	}

	@ChatHandlers.Button
	void toggle(BotContext ctx, Toggle data) {
		User user = this.users.get(ctx.userId());
		if (!this.page.mayJoin(user, data.fractionId())) {
			ctx.notice("fractions.not-yours");
			return;
		}
		ctx.notice(this.page.toggle(user, data.fractionId()) ? "fractions.joined" : "fractions.left");
		this.page.show(ctx, user, true);
	}

}
