package kz.birge.user;

import java.util.List;
import java.util.UUID;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Flow;
import kz.birge.bot.Incoming;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;

/**
 * Before an invite when there is no organisation to name (or a coordinator of every
 * organisation wants a new one): one question, the organisation's name; then the invite
 * is made for it. An invite never names no organisation.
 */
@ChatHandlers
class NewOrganisationFlow extends Flow<NewOrganisationFlow.Step, NewOrganisationFlow.Draft> {

	static final int MIN_NAME = 3;

	static final int MAX_NAME = 120;

	enum Step {

		/** The organisation's name, typed. */
		NAME

	}

	/**
	 * The invite to make once the organisation exists.
	 *
	 * @param role the role it gives
	 */
	record Draft(Role role) {
	}

	private final Organisations organisations;

	private final InviteLinks links;

	NewOrganisationFlow(Organisations organisations, InviteLinks links) {
		super("new-organisation", Step.class, Draft.class);
		this.organisations = organisations;
		this.links = links;
	}

	@Override
	protected Access access() {
		return Access.COORDINATOR;
	}

	/** Asks for the name of the organisation an invite for {@code role} will name. */
	void begin(BotContext ctx, Role role) {
		start(ctx, Step.NAME, new Draft(role));
	}

	@Override
	protected void ask(BotContext ctx, Step step, Draft draft) {
		ctx.say(this.organisations.all().isEmpty() ? "staff.ask-first-organisation" : "staff.ask-organisation-name");
	}

	@Override
	protected void onInput(BotContext ctx, Step step, Draft draft, Incoming incoming) {
		String name = typed(incoming);
		if (name.length() < MIN_NAME || name.length() > MAX_NAME || name.startsWith("/")
				|| name.codePoints().noneMatch(Character::isLetter)) {
			hint(ctx, "staff.bad-organisation-name", MIN_NAME, MAX_NAME);
			return;
		}
		Organisation organisation = this.organisations
			.save(new Organisation(UUID.randomUUID().toString(), name, List.of(), Organisation.Kind.ofName(name)));
		finish(ctx);
		ctx.say("staff.organisation-created", organisation.name());
		this.links.send(ctx, draft.role(), organisation.id());
	}

}
