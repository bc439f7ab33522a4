package kz.birge.user;

import kz.birge.bot.BotContext;
import kz.birge.bot.DeepLinks;
import kz.birge.bot.Reply;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;

import org.springframework.stereotype.Component;

/** Makes an invite for one organisation and shows its link to the coordinator. */
@Component
class InviteLinks {

	private final Invites invites;

	private final Organisations organisations;

	InviteLinks(Invites invites, Organisations organisations) {
		this.invites = invites;
		this.organisations = organisations;
	}

	/** The link, in place of the message tapped when there is one. */
	void send(BotContext ctx, Role role, String organisationId) {
		String link = DeepLinks.link(ctx.sender(), this.invites.create(ctx.userId(), role, organisationId));
		String organisation = this.organisations.find(organisationId).map(Organisation::name).orElse("—");
		ctx.show(Reply.text(ctx.t("invite.created", ctx.t(Profiles.roleKey(role)), organisation, link,
				this.invites.validityHours())));
	}

}
