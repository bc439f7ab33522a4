package kz.birge.user;

import java.util.Locale;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.DeepLinks;
import kz.birge.bot.Routes;

/**
 * /start, with or without a deep-link payload. A link that needs a profile (an activity's
 * card) waits until a newcomer has finished onboarding; an invite opens at once.
 */
@ChatHandlers
class StartCommands {

	private final Users users;

	private final Onboarding onboarding;

	private final DeepLinks links;

	private final Invites invites;

	StartCommands(Users users, Onboarding onboarding, DeepLinks links, Invites invites) {
		this.users = users;
		this.onboarding = onboarding;
		this.links = links;
		this.invites = invites;
	}

	@ChatHandlers.Command(value = "start", menu = 0)
	void start(BotContext ctx, String payload) {
		User user = this.users.get(ctx.userId());
		Optional<Routes.LinkRoute> link = payload.isEmpty() ? Optional.empty() : this.links.find(payload);
		if (link.isPresent() && (!link.get().afterOnboarding() || user.role() != Role.NEWCOMER)) {
			link.get().open(ctx, payload);
		}
		else if (user.role() == Role.NEWCOMER) {
			this.onboarding.begin(ctx, link.map((found) -> payload));
		}
		else {
			ctx.endConversation();
			ctx.say("start.welcome-back", user.displayName(), ctx.t(Profiles.roleKey(user.role())));
			ctx.say(ProfileCommands.helpKey(user.role()));
		}
	}

	@ChatHandlers.DeepLink(prefix = Invites.PAYLOAD_PREFIX, afterOnboarding = false)
	void redeem(BotContext ctx, String payload) {
		User user = this.users.get(ctx.userId());
		Invites.Outcome outcome = this.invites.redeem(payload, user);
		User now = this.users.get(user.id());
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
