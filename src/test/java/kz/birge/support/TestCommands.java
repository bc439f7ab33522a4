package kz.birge.support;

import kz.birge.bot.BotContext;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Reply;

import org.springframework.boot.test.context.TestConfiguration;

/**
 * Commands that exist only in tests: /boom fails inside its handler (a bug of ours),
 * /slow takes a second between two messages (an update in flight at shutdown). Test
 * classes lie under Birge's package, so these handlers are found by component scanning in
 * every test instance.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestCommands {

	public static final String SLOW_STARTED = "slow: started";

	public static final String SLOW_FINISHED = "slow: finished";

	@ChatHandlers
	static class Handlers {

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
