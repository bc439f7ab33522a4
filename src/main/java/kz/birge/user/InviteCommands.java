package kz.birge.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Reply;
import kz.birge.bot.Subject;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;

/**
 * /invite: a coordinator picks the role (teacher or coordinator); a coordinator of one
 * organisation invites to it, one of every organisation chooses which (or names a new
 * one, and must when there is none yet). The answer is a single-use, expiring deep link
 * that always names one organisation.
 */
@ChatHandlers
class InviteCommands {

	@CallbackData.Prefix("iv")
	record InviteRole(Role role) implements CallbackData {
	}

	@CallbackData.Prefix("io")
	record InviteFor(Role role, String organisationId) implements CallbackData, Subject.OfOrganisation {
	}

	/** A coordinator of every organisation invites to one that does not exist yet. */
	@CallbackData.Prefix("iN")
	record InviteForNew(Role role) implements CallbackData {
	}

	private final Organisations organisations;

	private final InviteLinks links;

	private final NewOrganisationFlow newOrganisation;

	InviteCommands(Organisations organisations, InviteLinks links, NewOrganisationFlow newOrganisation) {
		this.organisations = organisations;
		this.links = links;
		this.newOrganisation = newOrganisation;
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
		Optional<String> own = ctx.caller().organisationId();
		if (own.isPresent()) {
			this.links.send(ctx, data.role(), own.get());
			return;
		}
		List<Organisation> all = this.organisations.all();
		if (all.isEmpty()) {
			this.newOrganisation.begin(ctx, data.role());
			return;
		}
		List<Button> buttons = new ArrayList<>(all.stream()
			.map((organisation) -> ctx.button(organisation.name(), new InviteFor(data.role(), organisation.id())))
			.toList());
		buttons.add(ctx.buttonOf("staff.new-organisation", new InviteForNew(data.role())));
		ctx.show(new Reply(ctx.t("invite.ask-organisation"), BotContext.inline(buttons, 1)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void chooseOrganisation(BotContext ctx, InviteFor data) {
		if (!staff(data.role()) || this.organisations.find(data.organisationId()).isEmpty()) {
			ctx.outdated();
			return;
		}
		this.links.send(ctx, data.role(), data.organisationId());
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void chooseNewOrganisation(BotContext ctx, InviteForNew data) {
		if (!staff(data.role()) || ctx.caller().organisationId().isPresent()) {
			ctx.outdated();
			return;
		}
		this.newOrganisation.begin(ctx, data.role());
	}

	private static boolean staff(Role role) {
		return role == Role.TEACHER || role == Role.COORDINATOR;
	}

}
