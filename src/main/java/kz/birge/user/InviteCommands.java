package kz.birge.user;

import java.util.List;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.DeepLinks;
import kz.birge.bot.Reply;
import kz.birge.bot.Subject;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;

/**
 * /invite: a coordinator picks the role (teacher or coordinator) and, when they manage
 * every organisation, which one; the answer is a single-use, expiring deep link.
 */
@ChatHandlers
class InviteCommands {

	@CallbackData.Prefix("iv")
	record InviteRole(Role role) implements CallbackData {
	}

	@CallbackData.Prefix("io")
	record InviteFor(Role role, String organisationId) implements CallbackData, Subject.OfOrganisation {
	}

	private final Invites invites;

	private final Organisations organisations;

	InviteCommands(Invites invites, Organisations organisations) {
		this.invites = invites;
		this.organisations = organisations;
	}

	@ChatHandlers.Command(value = "invite", menu = 45, access = Access.COORDINATOR)
	void invite(BotContext ctx) {
		ctx.reply(new Reply(ctx.t("invite.ask-role"),
				BotContext.inline(List.of(ctx.buttonOf("role.teacher", new InviteRole(Role.TEACHER)),
						ctx.buttonOf("role.coordinator", new InviteRole(Role.COORDINATOR))), 2)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void chooseRole(BotContext ctx, InviteRole data) {
		if (!staff(data.role())) {
			ctx.outdated();
			return;
		}
		List<Organisation> all = this.organisations.all();
		if (ctx.caller().organisationId().isEmpty() && all.size() > 1) {
			List<Button> buttons = all.stream()
				.map((organisation) -> ctx.button(organisation.name(), new InviteFor(data.role(), organisation.id())))
				.toList();
			ctx.show(new Reply(ctx.t("invite.ask-organisation"), BotContext.inline(buttons, 1)));
			return;
		}
		Optional<String> organisation = ctx.caller()
			.organisationId()
			.or(() -> all.stream().findFirst().map(Organisation::id));
		created(ctx, data.role(), organisation);
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void chooseOrganisation(BotContext ctx, InviteFor data) {
		if (!staff(data.role())) {
			ctx.outdated();
			return;
		}
		created(ctx, data.role(), Optional.of(data.organisationId()));
	}

	private void created(BotContext ctx, Role role, Optional<String> organisationId) {
		String link = DeepLinks.link(ctx.sender(), this.invites.create(ctx.userId(), role, organisationId));
		String organisation = organisationId.flatMap(this.organisations::find).map(Organisation::name).orElse("—");
		ctx.show(Reply.text(ctx.t("invite.created", ctx.t(Profiles.roleKey(role)), organisation, link,
				this.invites.validityHours())));
	}

	private static boolean staff(Role role) {
		return role == Role.TEACHER || role == Role.COORDINATOR;
	}

}
