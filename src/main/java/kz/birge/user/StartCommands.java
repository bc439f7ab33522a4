package kz.birge.user;

import java.util.Locale;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.CommandHandler;
import kz.birge.bot.DeepLinkHandler;
import kz.birge.bot.DeepLinks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /start, with or without a deep-link payload. A link that needs a profile (an activity's card)
 * waits until a newcomer has finished onboarding; an invite opens at once.
 */
@Configuration(proxyBeanMethods = false)
class StartCommands {

	@Bean
	CommandHandler startCommand(Users users, Onboarding onboarding, DeepLinks links) {
		return CommandHandler.of("start", 0, (ctx, payload) -> {
			User user = users.get(ctx.userId());
			Optional<DeepLinkHandler> link = payload.isEmpty() ? Optional.empty() : links.find(payload);
			if (link.isPresent() && (!link.get().afterOnboarding() || user.role() != Role.NEWCOMER)) {
				link.get().open(ctx, payload);
			}
			else if (user.role() == Role.NEWCOMER) {
				onboarding.begin(ctx, link.map((handler) -> payload));
			}
			else {
				ctx.endConversation();
				ctx.say("start.welcome-back", user.displayName(), ctx.t(Profiles.roleKey(user.role())));
				ctx.say(ProfileCommands.helpKey(user.role()));
			}
		});
	}

	@Bean
	DeepLinkHandler inviteLink(Invites invites, Users users) {
		return new DeepLinkHandler() {

			@Override
			public String prefix() {
				return Invites.PAYLOAD_PREFIX;
			}

			@Override
			public boolean afterOnboarding() {
				return false;
			}

			@Override
			public void open(BotContext ctx, String payload) {
				redeem(ctx, invites, users, payload);
			}

		};
	}

	private static void redeem(BotContext ctx, Invites invites, Users users, String payload) {
		User user = users.get(ctx.userId());
		Invites.Outcome outcome = invites.redeem(payload, user);
		User now = users.get(user.id());
		String key = "invite." + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
		ctx.say(key, ctx.t(Profiles.roleKey(now.role())));
		if (outcome == Invites.Outcome.ACCEPTED) {
			ctx.endConversation();
			ctx.say(ProfileCommands.helpKey(now.role()));
		}
		else if (user.role() == Role.NEWCOMER && ctx.conversation().isEmpty()) {
			ctx.say("invite.start-instead");
		}
	}

}
