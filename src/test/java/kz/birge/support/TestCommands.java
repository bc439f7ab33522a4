package kz.birge.support;

import kz.birge.bot.CommandHandler;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Commands that exist only in tests: /boom fails inside its handler (a bug of ours), /slow takes a
 * second between two messages (an update in flight at shutdown).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestCommands {

	public static final String SLOW_STARTED = "slow: started";

	public static final String SLOW_FINISHED = "slow: finished";

	@Bean
	CommandHandler boomCommand() {
		return CommandHandler.of("boom", -1, (ctx, args) -> {
			throw new IllegalStateException("A handler failed on purpose");
		});
	}

	@Bean
	CommandHandler slowCommand() {
		return CommandHandler.of("slow", -1, (ctx, args) -> {
			ctx.reply(kz.birge.bot.Reply.text(SLOW_STARTED));
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			ctx.reply(kz.birge.bot.Reply.text(SLOW_FINISHED));
		});
	}

}
