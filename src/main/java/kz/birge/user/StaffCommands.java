package kz.birge.user;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Reply;
import kz.birge.bot.Subject;
import kz.birge.bot.Texts;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.system.BirgeProperties;

/**
 * /staff: a coordinator's organisation's teachers and coordinators, each with who invited
 * them and when, a page at a time; a button to remove one (after a confirmation); and the
 * organisation's open invites, each revocable. A coordinator of every organisation first
 * chooses which.
 */
@ChatHandlers
class StaffCommands {

	/** Members of staff on one page. */
	static final int PAGE = 10;

	/** Width of a name on a button. */
	static final int NAME_WIDTH = 30;

	/** Open invites shown at once, each with its button. */
	static final int INVITES_SHOWN = 20;

	/** Within Telegram's 4,096 characters of a message. */
	static final int MAX_TEXT = 4000;

	@CallbackData.Prefix("st")
	record StaffOf(String organisationId, int page) implements CallbackData, Subject.OfOrganisation {
	}

	@CallbackData.Prefix("sR")
	record Remove(long userId, String organisationId, int page) implements CallbackData, Subject.OfOrganisation {
	}

	@CallbackData.Prefix("sX")
	record RemoveConfirmed(long userId, String organisationId) implements CallbackData, Subject.OfOrganisation {
	}

	@CallbackData.Prefix("sI")
	record OpenInvites(String organisationId) implements CallbackData, Subject.OfOrganisation {
	}

	@CallbackData.Prefix("sV")
	record Revoke(String code, String organisationId) implements CallbackData, Subject.OfOrganisation {
	}

	private final Staff staff;

	private final Invites invites;

	private final Users users;

	private final Organisations organisations;

	private final ZoneId zone;

	StaffCommands(Staff staff, Invites invites, Users users, Organisations organisations, BirgeProperties properties) {
		this.staff = staff;
		this.invites = invites;
		this.users = users;
		this.organisations = organisations;
		this.zone = properties.timezone();
	}

	@ChatHandlers.Command(value = "staff", menu = 46, access = Access.COORDINATOR)
	void staff(BotContext ctx) {
		Optional<String> own = ctx.caller().organisationId();
		if (own.isPresent()) {
			ctx.reply(page(ctx, own.get(), 0));
			return;
		}
		List<Organisation> all = this.organisations.all();
		if (all.isEmpty()) {
			ctx.say("staff.no-organisations");
		}
		else if (all.size() == 1) {
			ctx.reply(page(ctx, all.get(0).id(), 0));
		}
		else {
			List<Button> buttons = all.stream()
				.map((organisation) -> ctx.button(organisation.name(), new StaffOf(organisation.id(), 0)))
				.toList();
			ctx.reply(new Reply(ctx.t("staff.ask-organisation"), BotContext.inline(buttons, 1)));
		}
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void staffOf(BotContext ctx, StaffOf data) {
		ctx.show(page(ctx, data.organisationId(), data.page()));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void remove(BotContext ctx, Remove data) {
		Optional<User> user = this.users.find(data.userId())
			.filter((found) -> data.organisationId().equals(found.organisationId()));
		if (user.isEmpty()) {
			ctx.outdated();
			return;
		}
		String text = ctx.t("staff.confirm-remove", user.get().displayName(),
				ctx.t(Profiles.roleKey(user.get().role())), organisationName(data.organisationId()));
		ctx.show(new Reply(text,
				BotContext.inline(List.of(
						ctx.buttonOf("staff.yes-remove", new RemoveConfirmed(data.userId(), data.organisationId())),
						ctx.buttonOf("staff.keep", new StaffOf(data.organisationId(), data.page()))), 2)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void removeConfirmed(BotContext ctx, RemoveConfirmed data) {
		String name = this.users.find(data.userId()).map(User::displayName).orElse("—");
		switch (this.staff.remove(ctx.userId(), data.userId(), data.organisationId())) {
			case REMOVED -> {
				ctx.show(Reply.text(ctx.t("staff.removed", name)));
				ctx.reply(page(ctx, data.organisationId(), 0));
			}
			case ADMIN -> ctx.notice("staff.admin-not-removable");
			case LAST_COORDINATOR -> ctx.notice("staff.last-coordinator");
			case NOT_STAFF_HERE -> ctx.notice("staff.not-staff-here");
		}
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void openInvites(BotContext ctx, OpenInvites data) {
		ctx.show(invitesPage(ctx, data.organisationId()));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void revoke(BotContext ctx, Revoke data) {
		if (this.invites.revoke(data.code(), data.organisationId(), ctx.userId())) {
			ctx.notice("staff.invite-revoked");
		}
		else {
			ctx.notice("staff.invite-not-open");
		}
		ctx.show(invitesPage(ctx, data.organisationId()));
	}

	// ------------------------------------------------------------------ what is shown

	private Reply page(BotContext ctx, String organisationId, int requested) {
		List<Staff.Member> members = this.staff.of(organisationId);
		int pages = Math.max(1, (members.size() + PAGE - 1) / PAGE);
		int page = Math.min(Math.max(0, requested), pages - 1);
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("staff.title", organisationName(organisationId), members.size()));
		if (members.isEmpty()) {
			lines.add(ctx.t("staff.none"));
		}
		List<List<Button>> rows = new ArrayList<>();
		List<Staff.Member> shown = members.subList(page * PAGE, Math.min(members.size(), (page + 1) * PAGE));
		for (int i = 0; i < shown.size(); i++) {
			Staff.Member member = shown.get(i);
			int number = page * PAGE + i + 1;
			lines.add(ctx.t("staff.line", number, member.user().displayName(),
					ctx.t(Profiles.roleKey(member.user().role())), origin(ctx, member)));
			if (this.staff.removable(ctx.userId(), member, members)) {
				rows.add(List.of(ctx.button(
						ctx.t("staff.remove-button", number, Texts.shorten(member.user().displayName(), NAME_WIDTH)),
						new Remove(member.user().id(), organisationId, page))));
			}
		}
		List<Button> paging = new ArrayList<>();
		if (page > 0) {
			paging.add(ctx.buttonOf("paging.previous", new StaffOf(organisationId, page - 1)));
		}
		if (page + 1 < pages) {
			paging.add(ctx.buttonOf("paging.next", new StaffOf(organisationId, page + 1)));
		}
		if (!paging.isEmpty()) {
			rows.add(paging);
		}
		rows.add(List.of(ctx.button(ctx.t("staff.open-invites", this.invites.open(organisationId).size()),
				new OpenInvites(organisationId))));
		return new Reply(Texts.shorten(String.join("\n", lines), MAX_TEXT), new Keyboard.Inline(rows));
	}

	/** Who made them staff and when: an invite, BIRGE_ADMIN_IDS, or neither known. */
	private String origin(BotContext ctx, Staff.Member member) {
		if (member.admin()) {
			return ctx.t("staff.from-admin-list");
		}
		return member.invite()
			.map((invite) -> ctx.t("staff.invited-by",
					member.inviter().map(User::displayName).orElse(String.valueOf(invite.createdBy())),
					date(ctx, invite.usedAt())))
			.orElseGet(() -> ctx.t("staff.no-invite"));
	}

	private Reply invitesPage(BotContext ctx, String organisationId) {
		List<Invite> all = this.invites.open(organisationId);
		List<Invite> open = all.subList(0, Math.min(all.size(), INVITES_SHOWN));
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("staff.invites-title", organisationName(organisationId), all.size()));
		List<List<Button>> rows = new ArrayList<>();
		for (int i = 0; i < open.size(); i++) {
			Invite invite = open.get(i);
			String by = this.users.find(invite.createdBy())
				.map(User::displayName)
				.orElse(String.valueOf(invite.createdBy()));
			lines.add(ctx.t("staff.invite-line", i + 1, ctx.t(Profiles.roleKey(invite.role())), by,
					date(ctx, invite.createdAt()), date(ctx, invite.expiresAt())));
			rows.add(List
				.of(ctx.button(ctx.t("staff.revoke-button", i + 1), new Revoke(invite.code(), organisationId))));
		}
		if (open.isEmpty()) {
			lines.add(ctx.t("staff.no-open-invites"));
		}
		rows.add(List.of(ctx.buttonOf("staff.back-to-staff", new StaffOf(organisationId, 0))));
		return new Reply(Texts.shorten(String.join("\n", lines), MAX_TEXT), new Keyboard.Inline(rows));
	}

	private String organisationName(String organisationId) {
		return this.organisations.find(organisationId).map(Organisation::name).orElse("—");
	}

	private String date(BotContext ctx, Instant instant) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", ctx.lang().locale()).format(instant.atZone(this.zone));
	}

}
