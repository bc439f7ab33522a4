package kz.birge.broadcast;

import java.util.List;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Flow;
import kz.birge.bot.Incoming;
import kz.birge.bot.Reply;
import kz.birge.bot.Subject;
import kz.birge.bot.Texts;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.user.SchoolClass;

/**
 * /broadcast: whom to (a class, a grade, a fraction, an activity's people, volunteers,
 * everyone), which of them, the text, then a preview with the number of recipients and
 * "Send". A broadcast confirmed while another is being sent waits behind it, and the
 * coordinator is told so.
 */
@ChatHandlers
class BroadcastFlow extends Flow<BroadcastFlow.Step, BroadcastFlow.Draft> {

	enum Step {

		/** Whom to: the kind of audience. */
		AUDIENCE,

		/** Which class, grade, fraction or activity. */
		TARGET,

		/** The text. */
		TEXT,

		/** The preview, to send or not. */
		CONFIRM

	}

	/**
	 * What was answered so far.
	 *
	 * @param organisationId the coordinator's organisation
	 * @param kind whom to, once chosen
	 * @param target which class, grade, fraction or activity
	 * @param label the audience as the coordinator reads it
	 * @param text the message
	 */
	record Draft(String organisationId, AudienceKind kind, String target, String label,
			String text) implements Subject.OfOrganisation {
	}

	@CallbackData.Prefix("bA")
	record Audience(AudienceKind kind) implements CallbackData {
	}

	@CallbackData.Prefix("bF")
	record PickFraction(String fractionId) implements CallbackData {
	}

	@CallbackData.Prefix("bV")
	record PickActivity(String activityId) implements CallbackData, Subject.OfActivity {
	}

	@CallbackData.Prefix("bS")
	record Send() implements CallbackData {
	}

	/** The organisation a coordinator of every organisation writes to. */
	@CallbackData.Prefix("bO")
	record PickOrganisation(String organisationId) implements CallbackData, Subject.OfOrganisation {
	}

	/** The most activities offered to choose from. */
	private static final int ACTIVITIES = 10;

	private final Broadcasts broadcasts;

	private final Catalogue catalogue;

	private final Organisations organisations;

	BroadcastFlow(Broadcasts broadcasts, Catalogue catalogue, Organisations organisations) {
		super("broadcast", Step.class, Draft.class);
		this.broadcasts = broadcasts;
		this.catalogue = catalogue;
		this.organisations = organisations;
	}

	@Override
	protected Access access() {
		return Access.COORDINATOR;
	}

	@ChatHandlers.Command(value = "broadcast", menu = 47, access = Access.COORDINATOR)
	void broadcast(BotContext ctx) {
		Optional<String> organisation = ctx.caller().organisationId();
		if (organisation.isPresent()) {
			begin(ctx, organisation.get());
			return;
		}
		// a coordinator of every organisation writes to one of them
		List<Organisation> all = this.organisations.all();
		if (all.size() <= 1) {
			all.stream()
				.findFirst()
				.ifPresentOrElse((only) -> begin(ctx, only.id()), () -> ctx.say("broadcast.no-organisation"));
			return;
		}
		List<Button> buttons = all.stream()
			.map((each) -> ctx.button(Texts.shorten(each.name(), Texts.BUTTON), new PickOrganisation(each.id())))
			.toList();
		ctx.reply(new Reply(ctx.t("broadcast.ask-organisation"), keyboard(ctx, buttons, 1)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void organisation(BotContext ctx, PickOrganisation data) {
		begin(ctx, data.organisationId());
	}

	private void begin(BotContext ctx, String organisationId) {
		if (this.broadcasts.busy().isPresent()) {
			ctx.say("broadcast.busy");
		}
		start(ctx, Step.AUDIENCE, new Draft(organisationId, null, "", "", ""));
	}

	@Override
	protected void ask(BotContext ctx, Step step, Draft draft) {
		switch (step) {
			case AUDIENCE -> ctx.reply(new Reply(ctx.t("broadcast.ask-audience"),
					keyboard(ctx,
							List.of(AudienceKind.values())
								.stream()
								.map((kind) -> ctx.buttonOf("broadcast.audience." + kind, new Audience(kind)))
								.toList(),
							2)));
			case TARGET -> askTarget(ctx, draft);
			case TEXT -> ctx.reply(new Reply(ctx.t("broadcast.ask-text", draft.label()), keyboard(ctx, List.of(), 1)));
			case CONFIRM -> {
				int count = this.broadcasts.recipients(draft.organisationId(), draft.kind(), draft.target()).size();
				ctx.reply(new Reply(ctx.t("broadcast.preview", draft.label(), count, draft.text()),
						keyboard(ctx, List.of(ctx.buttonOf("broadcast.send", new Send())), 1)));
			}
		}
	}

	private void askTarget(BotContext ctx, Draft draft) {
		switch (draft.kind()) {
			case CLASS -> ctx.reply(new Reply(ctx.t("broadcast.ask-class"), keyboard(ctx, List.of(), 1)));
			case GRADE -> ctx.reply(new Reply(ctx.t("broadcast.ask-grade"), keyboard(ctx, List.of(), 1)));
			case FRACTION -> {
				List<Button> buttons = this.catalogue.fractions(draft.organisationId())
					.stream()
					.map((fraction) -> ctx.button(fraction.name(), new PickFraction(fraction.id())))
					.toList();
				ctx.reply(new Reply(ctx.t(buttons.isEmpty() ? "broadcast.no-fractions" : "broadcast.ask-fraction"),
						keyboard(ctx, buttons, 1)));
			}
			case ACTIVITY -> {
				List<Button> buttons = this.catalogue.coming(draft.organisationId())
					.stream()
					.map(Listing::activityId)
					.distinct()
					.limit(ACTIVITIES)
					.map((activityId) -> ctx.button(title(draft.organisationId(), activityId),
							new PickActivity(activityId)))
					.toList();
				ctx.reply(new Reply(ctx.t(buttons.isEmpty() ? "broadcast.no-activities" : "broadcast.ask-activity"),
						keyboard(ctx, buttons, 1)));
			}
			default -> throw new IllegalStateException("No target for " + draft.kind());
		}
	}

	private String title(String organisationId, String activityId) {
		String title = this.catalogue.coming(organisationId)
			.stream()
			.filter((listing) -> listing.activityId().equals(activityId))
			.map(Listing::title)
			.findFirst()
			.orElse(activityId);
		return (title.length() <= 40) ? title : title.substring(0, 39).strip() + "…";
	}

	@ChatHandlers.Button(access = Access.COORDINATOR, steps = "AUDIENCE")
	void audience(BotContext ctx, Audience data, Draft draft) {
		Draft chosen = new Draft(draft.organisationId(), data.kind(), "", ctx.t("broadcast.to." + data.kind()), "");
		next(ctx, data.kind().needsTarget() ? Step.TARGET : Step.TEXT, chosen);
	}

	@ChatHandlers.Button(access = Access.COORDINATOR, steps = "TARGET")
	void fraction(BotContext ctx, PickFraction data, Draft draft) {
		Optional<Fraction> fraction = this.catalogue.fractions(draft.organisationId())
			.stream()
			.filter((f) -> f.id().equals(data.fractionId()))
			.findFirst();
		if (fraction.isEmpty()) {
			ctx.outdated();
			return;
		}
		next(ctx, Step.TEXT,
				withTarget(draft, fraction.get().id(), ctx.t("broadcast.to.FRACTION.named", fraction.get().name())));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR, steps = "TARGET")
	void activity(BotContext ctx, PickActivity data, Draft draft) {
		next(ctx, Step.TEXT, withTarget(draft, data.activityId(),
				ctx.t("broadcast.to.ACTIVITY.named", title(draft.organisationId(), data.activityId()))));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR, steps = "CONFIRM")
	void send(BotContext ctx, Send data, Draft draft) {
		finish(ctx);
		long ahead = this.broadcasts.submit(ctx.chatId(), ctx.userId(), ctx.lang(), draft.organisationId(),
				draft.kind(), draft.target(), draft.label(), draft.text());
		if (ahead > 0) {
			ctx.say("broadcast.waits", ahead);
		}
		else {
			ctx.say("broadcast.accepted");
		}
	}

	@Override
	protected void onInput(BotContext ctx, Step step, Draft draft, Incoming incoming) {
		String typed = typed(incoming);
		switch (step) {
			case TARGET -> typedTarget(ctx, draft, typed);
			case TEXT -> {
				String text = (incoming instanceof Incoming.Text written) ? written.text().strip() : "";
				if (text.isEmpty()) {
					hint(ctx, "broadcast.ask-text", draft.label());
				}
				else if (text.length() > Broadcasts.MAX_TEXT) {
					hint(ctx, "broadcast.too-long", Broadcasts.MAX_TEXT);
				}
				else {
					next(ctx, Step.CONFIRM,
							new Draft(draft.organisationId(), draft.kind(), draft.target(), draft.label(), text));
				}
			}
			default -> hint(ctx, "flow.tap-a-button");
		}
	}

	private void typedTarget(BotContext ctx, Draft draft, String typed) {
		if (draft.kind() == AudienceKind.CLASS) {
			Optional<SchoolClass> schoolClass = SchoolClass.parse(typed);
			if (schoolClass.isEmpty()) {
				hint(ctx, "broadcast.bad-class", typed);
				return;
			}
			next(ctx, Step.TEXT, withTarget(draft, schoolClass.get().toString(),
					ctx.t("broadcast.to.CLASS.named", schoolClass.get().toString())));
		}
		else if (draft.kind() == AudienceKind.GRADE) {
			Optional<Integer> grade = grade(typed);
			if (grade.isEmpty()) {
				hint(ctx, "broadcast.bad-grade", typed);
				return;
			}
			next(ctx, Step.TEXT,
					withTarget(draft, String.valueOf(grade.get()), ctx.t("broadcast.to.GRADE.named", grade.get())));
		}
		else {
			hint(ctx, "flow.tap-a-button");
		}
	}

	private static Optional<Integer> grade(String typed) {
		String digits = typed.replaceAll("[^0-9]", "");
		if (digits.isEmpty() || digits.length() > 2) {
			return Optional.empty();
		}
		int grade = Integer.parseInt(digits);
		return SchoolClass.validGrade(grade) ? Optional.of(grade) : Optional.empty();
	}

	private static Draft withTarget(Draft draft, String target, String label) {
		return new Draft(draft.organisationId(), draft.kind(), target, label, "");
	}

}
