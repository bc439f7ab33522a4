package kz.birge.support;

import kz.birge.bot.BotContext;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Reply;

/**
 * Commands that exist only in tests: /boom fails inside its handler (a bug of ours),
 * /slow takes a second between two messages (an update in flight at shutdown).
 */
public final class TestCommands {

	public static final String SLOW_STARTED = "slow: started";

	public static final String SLOW_FINISHED = "slow: finished";

	private TestCommands() {
	}

	/** The handlers, as a source of the test instances that need them. */
	@ChatHandlers
	public static class Handlers {

		@ChatHandlers.Command("boom")
		void boom(BotContext ctx) {
			throw new IllegalStateException("A handler failed on purpose");
		}

		@ChatHandlers.Command("slow")
		void slow(BotContext ctx) throws InterruptedException {
			ctx.reply(Reply.text(SLOW_STARTED));
			Thread.sleep(1000);
			ctx.reply(Reply.text(SLOW_FINISHED));
		}

	}

}
