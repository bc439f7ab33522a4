package kz.birge.user;

import java.util.Locale;

import kz.birge.bot.BotContext;
import kz.birge.bot.CommandHandler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** /start (with or without a deep-link payload) and /invite. */
@Configuration(proxyBeanMethods = false)
class StartCommands {

	@Bean
	CommandHandler startCommand(Users users, Onboarding onboarding, Invites invites) {
		return CommandHandler.of("start", 0, (ctx, payload) -> {
			User user = users.get(ctx.userId());
			if (Invites.isInvite(payload)) {
				redeem(ctx, invites, user, payload);
			}
			else if (user.role() == Role.NEWCOMER) {
				onboarding.begin(ctx);
			}
			else {
				ctx.endConversation();
				ctx.say("start.welcome-back", user.displayName(), ctx.t(Profiles.roleKey(user.role())));
				ctx.say(ProfileCommands.helpKey(user.role()));
			}
		});
	}

	private static void redeem(BotContext ctx, Invites invites, User user, String payload) {
		Invites.Outcome outcome = invites.redeem(payload, user);
		User now = invites.users().get(user.id());
		String key = "invite." + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
		ctx.say(key, ctx.t(Profiles.roleKey(now.role())));
		if (outcome == Invites.Outcome.ACCEPTED) {
			ctx.endConversation();
			ctx.say(ProfileCommands.helpKey(now.role()));
		}
		else if (user.role() == Role.NEWCOMER && ctx.conversation().isEmpty()) {
			onboardingHint(ctx);
		}
	}

	private static void onboardingHint(BotContext ctx) {
		ctx.say("invite.start-instead");
	}

}
