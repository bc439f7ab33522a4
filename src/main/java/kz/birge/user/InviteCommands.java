package kz.birge.user;

import java.util.List;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.CallbackHandler;
import kz.birge.bot.CommandHandler;
import kz.birge.bot.Reply;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /invite: a coordinator picks the role (teacher or coordinator) and, when they manage every
 * organisation, which one; the answer is a single-use, expiring deep link.
 */
@Configuration(proxyBeanMethods = false)
class InviteCommands {

	@CallbackData.Prefix("iv")
	record InviteRole(Role role) implements CallbackData {
	}

	@CallbackData.Prefix("io")
	record InviteFor(Role role, String organisationId) implements CallbackData {
	}

	@Bean
	CommandHandler inviteCommand(Users users) {
		return CommandHandler.of("invite", 45, CommandHandler.MenuAudience.COORDINATORS, (ctx, args) -> {
			if (users.get(ctx.userId()).role() != Role.COORDINATOR) {
				ctx.say("invite.not-allowed");
				return;
			}
			ctx.reply(new Reply(ctx.t("invite.ask-role"),
					BotContext.inline(List.of(ctx.buttonOf("role.teacher", new InviteRole(Role.TEACHER)),
							ctx.buttonOf("role.coordinator", new InviteRole(Role.COORDINATOR))), 2)));
		});
	}

	@Bean
	CallbackHandler<InviteRole> inviteRoleButton(Users users, Invites invites, Organisations organisations) {
		return CallbackHandler.of(InviteRole.class, (ctx, data) -> {
			User user = users.get(ctx.userId());
			if (user.role() != Role.COORDINATOR || !staff(data.role())) {
				ctx.notice("invite.not-allowed");
				return;
			}
			List<Organisation> all = organisations.all();
			if (user.organisation().isEmpty() && all.size() > 1) {
				List<Button> buttons = all.stream()
					.map((organisation) -> ctx.button(organisation.name(), new InviteFor(data.role(), organisation.id())))
					.toList();
				ctx.show(new Reply(ctx.t("invite.ask-organisation"), BotContext.inline(buttons, 1)));
				return;
			}
			Optional<String> organisation = user.organisation().or(() -> all.stream().findFirst().map(Organisation::id));
			created(ctx, invites, user, data.role(), organisation, organisations);
		});
	}

	@Bean
	CallbackHandler<InviteFor> inviteForButton(Users users, Invites invites, Organisations organisations) {
		return CallbackHandler.of(InviteFor.class, (ctx, data) -> {
			User user = users.get(ctx.userId());
			boolean allowed = user.role() == Role.COORDINATOR && staff(data.role())
					&& user.organisation().map(data.organisationId()::equals).orElse(true)
					&& organisations.find(data.organisationId()).isPresent();
			if (!allowed) {
				ctx.notice("invite.not-allowed");
				return;
			}
			created(ctx, invites, user, data.role(), Optional.of(data.organisationId()), organisations);
		});
	}

	private static void created(BotContext ctx, Invites invites, User user, Role role, Optional<String> organisationId,
			Organisations organisations) {
		String payload = invites.create(user, role, organisationId);
		String link = "https://t.me/" + ctx.sender().botUsername() + "?start=" + payload;
		String organisation = organisationId.flatMap(organisations::find).map(Organisation::name).orElse("—");
		ctx.show(Reply.text(ctx.t("invite.created", ctx.t(Profiles.roleKey(role)), organisation,
				link, invites.validityHours())));
	}

	private static boolean staff(Role role) {
		return role == Role.TEACHER || role == Role.COORDINATOR;
	}

}
