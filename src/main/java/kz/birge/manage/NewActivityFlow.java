package kz.birge.manage;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Flow;
import kz.birge.bot.Incoming;
import kz.birge.bot.Reply;
import kz.birge.bot.Subject;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Category;
import kz.birge.catalog.Fraction;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.planimport.vocabulary.AudienceReader;
import kz.birge.system.BirgeProperties;

/**
 * /new: a coordinator creates one activity in a few steps (organisation when they manage
 * several, title, fraction, date and time, place, audience, seats), sees it once more and
 * creates it. Every step reads typed answers, offers buttons where a choice is short, and
 * answers anything else with a hint; "back" returns to the step before, /cancel leaves.
 */
@ChatHandlers
class NewActivityFlow extends Flow<NewActivityFlow.Step, NewActivityFlow.Draft> {

	static final int MAX_TITLE = 200;

	private static final String NO_FRACTION = "-";

	enum Step {

		ORGANISATION, TITLE, FRACTION, WHEN, PLACE, AUDIENCE, SEATS, CONFIRM

	}

	/** Who a new activity is for, by button. */
	enum Who {

		STUDENTS, VOLUNTEERS, EVERYONE

	}

	/**
	 * The answers so far; a field is null until its step is answered.
	 *
	 * @param organisationId whose activity it is
	 * @param title its name
	 * @param fractionId its fraction, or null
	 * @param when when it takes place
	 * @param place where, or null
	 * @param audience who it is for
	 * @param seats how many seats, or null for no limit
	 */
	record Draft(String organisationId, String title, String fractionId, TypedTime.When when, String place,
			Audience audience, Integer seats) {

		static Draft of(String organisationId) {
			return new Draft(organisationId, null, null, null, null, null, null);
		}

		Draft title(String value) {
			return new Draft(this.organisationId, value, this.fractionId, this.when, this.place, this.audience,
					this.seats);
		}

		Draft fraction(String value) {
			return new Draft(this.organisationId, this.title, value, this.when, this.place, this.audience, this.seats);
		}

		Draft when(TypedTime.When value) {
			return new Draft(this.organisationId, this.title, this.fractionId, value, this.place, this.audience,
					this.seats);
		}

		Draft place(String value) {
			return new Draft(this.organisationId, this.title, this.fractionId, this.when, value, this.audience,
					this.seats);
		}

		Draft audience(Audience value) {
			return new Draft(this.organisationId, this.title, this.fractionId, this.when, this.place, value,
					this.seats);
		}

		Draft seats(Integer value) {
			return new Draft(this.organisationId, this.title, this.fractionId, this.when, this.place, this.audience,
					value);
		}

	}

	@CallbackData.Prefix("na")
	record PickOrganisation(String organisationId) implements CallbackData, Subject.OfOrganisation {
	}

	@CallbackData.Prefix("nf")
	record PickFraction(String fractionId) implements CallbackData {
	}

	@CallbackData.Prefix("np")
	record SkipPlace() implements CallbackData {
	}

	@CallbackData.Prefix("nu")
	record PickAudience(Who who) implements CallbackData {
	}

	@CallbackData.Prefix("nc")
	record NoSeatLimit() implements CallbackData {
	}

	@CallbackData.Prefix("nk")
	record Create() implements CallbackData {
	}

	private final Organisations organisations;

	private final Activities activities;

	private final Catalogue catalogue;

	private final ActivitySummary summary;

	private final ZoneId zone;

	private final Clock clock;

	NewActivityFlow(Organisations organisations, Activities activities, Catalogue catalogue, ActivitySummary summary,
			BirgeProperties properties, Clock clock) {
		super("new", Step.class, Draft.class);
		this.organisations = organisations;
		this.activities = activities;
		this.catalogue = catalogue;
		this.summary = summary;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	@Override
	protected Access access() {
		return Access.COORDINATOR;
	}

	@ChatHandlers.Command(value = "new", menu = 41, access = Access.COORDINATOR)
	void begin(BotContext ctx) {
		Optional<String> own = ctx.caller().organisationId();
		List<Organisation> all = this.organisations.all();
		if (own.isPresent()) {
			start(ctx, Step.TITLE, Draft.of(own.get()));
		}
		else if (all.isEmpty()) {
			ctx.say("new.no-organisation");
		}
		else if (all.size() == 1) {
			start(ctx, Step.TITLE, Draft.of(all.get(0).id()));
		}
		else {
			start(ctx, Step.ORGANISATION, Draft.of(null));
		}
	}

	// ------------------------------------------------------------------ questions

	@Override
	protected void ask(BotContext ctx, Step step, Draft draft) {
		switch (step) {
			case ORGANISATION -> ctx.reply(new Reply(ctx.t("new.ask-organisation"),
					keyboard(ctx, this.organisations.all()
						.stream()
						.map((organisation) -> ctx.button(organisation.name(), new PickOrganisation(organisation.id())))
						.toList(), 1)));
			case TITLE -> ctx.reply(new Reply(ctx.t("new.ask-title"), keyboard(ctx, List.of(), 1)));
			case FRACTION ->
				ctx.reply(new Reply(ctx.t("new.ask-fraction"), keyboard(ctx, fractionButtons(ctx, draft), 1)));
			case WHEN -> ctx.reply(new Reply(ctx.t("new.ask-when"), keyboard(ctx, List.of(), 1)));
			case PLACE -> ctx.reply(new Reply(ctx.t("new.ask-place"),
					keyboard(ctx, List.of(ctx.buttonOf("new.skip", new SkipPlace())), 1)));
			case AUDIENCE -> ctx.reply(new Reply(ctx.t("new.ask-audience"),
					keyboard(ctx,
							Arrays.stream(Who.values())
								.map((who) -> ctx.buttonOf("new.who." + who.name(), new PickAudience(who)))
								.toList(),
							1)));
			case SEATS -> ctx.reply(new Reply(ctx.t("new.ask-seats"),
					keyboard(ctx, List.of(ctx.buttonOf("new.no-limit", new NoSeatLimit())), 1)));
			case CONFIRM -> ctx.reply(new Reply(this.summary.of(ctx, draft),
					keyboard(ctx, List.of(ctx.buttonOf("new.create", new Create())), 1)));
		}
	}

	private List<Button> fractionButtons(BotContext ctx, Draft draft) {
		List<Button> buttons = new ArrayList<>();
		this.catalogue.fractions(draft.organisationId())
			.forEach((fraction) -> buttons.add(ctx.button(fraction.name(), new PickFraction(fraction.id()))));
		buttons.add(ctx.buttonOf("new.no-fraction", new PickFraction(NO_FRACTION)));
		return buttons;
	}

	/** After the title: the fraction, when the organisation has any. */
	private void afterTitle(BotContext ctx, Draft draft) {
		boolean fractions = !this.catalogue.fractions(draft.organisationId()).isEmpty();
		next(ctx, fractions ? Step.FRACTION : Step.WHEN, draft);
	}

	// ------------------------------------------------------------------ answers by
	// button

	@ChatHandlers.Button(access = Access.COORDINATOR, steps = "ORGANISATION")
	void onOrganisation(BotContext ctx, PickOrganisation data, Draft draft) {
		Optional<Organisation> organisation = this.organisations.find(data.organisationId());
		if (organisation.isEmpty()) {
			ctx.outdated();
			return;
		}
		ctx.show(Reply.text(ctx.t("new.organisation-chosen", organisation.get().name())));
		next(ctx, Step.TITLE, Draft.of(organisation.get().id()));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR, steps = "FRACTION")
	void onFraction(BotContext ctx, PickFraction data, Draft draft) {
		Optional<Fraction> fraction = this.summary.fraction(draft.organisationId(), data.fractionId());
		if (!NO_FRACTION.equals(data.fractionId()) && fraction.isEmpty()) {
			ctx.outdated();
			return;
		}
		ctx.show(Reply.text(ctx.t("card.fraction", fraction.map(Fraction::name).orElse(ctx.t("new.no-fraction")))));
		next(ctx, Step.WHEN, draft.fraction(fraction.map(Fraction::id).orElse(null)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR, steps = "PLACE")
	void onSkipPlace(BotContext ctx, SkipPlace data, Draft draft) {
		ctx.show(Reply.text(ctx.t("new.ask-place")));
		next(ctx, Step.AUDIENCE, draft.place(null));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR, steps = "AUDIENCE")
	void onAudience(BotContext ctx, PickAudience data, Draft draft) {
		ctx.show(Reply.text(ctx.t("new.ask-audience") + " " + ctx.t("new.who." + data.who().name())));
		Set<Category> categories = switch (data.who()) {
			case STUDENTS -> Set.of(Category.STUDENTS);
			case VOLUNTEERS -> Set.of(Category.VOLUNTEERS);
			case EVERYONE -> Set.of(Category.STUDENTS, Category.VOLUNTEERS);
		};
		next(ctx, Step.SEATS, draft.audience(new Audience(List.of(), categories)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR, steps = "SEATS")
	void onNoSeatLimit(BotContext ctx, NoSeatLimit data, Draft draft) {
		ctx.show(Reply.text(ctx.t("card.no-seat-limit")));
		next(ctx, Step.CONFIRM, draft.seats(null));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR, steps = "CONFIRM")
	void onCreate(BotContext ctx, Create data, Draft draft) {
		finish(ctx);
		TypedTime.When when = draft.when();
		this.activities.create(new Activities.NewActivity(draft.organisationId(), draft.title(),
				Optional.ofNullable(draft.fractionId()), when.start(), when.end(), when.allDay(),
				Optional.ofNullable(draft.place()), draft.audience(), Optional.ofNullable(draft.seats()),
				ctx.t("new.campaign-title")));
		ctx.show(Reply.text(ctx.t("new.created", draft.title(), this.summary.when(ctx, when))));
	}

	// ------------------------------------------------------------------ answers typed

	@Override
	protected void onInput(BotContext ctx, Step step, Draft draft, Incoming incoming) {
		String text = typed(incoming);
		switch (step) {
			case TITLE -> typedTitle(ctx, draft, text);
			case WHEN -> typedWhen(ctx, draft, text);
			case PLACE -> typedPlace(ctx, draft, text);
			case AUDIENCE -> typedAudience(ctx, draft, text);
			case SEATS -> typedSeats(ctx, draft, text);
			case ORGANISATION, FRACTION, CONFIRM -> hint(ctx, "flow.tap-a-button");
		}
	}

	private void typedTitle(BotContext ctx, Draft draft, String title) {
		if (title.length() < 3 || title.length() > MAX_TITLE || title.startsWith("/")) {
			hint(ctx, "new.bad-title", MAX_TITLE);
			return;
		}
		afterTitle(ctx, draft.title(title));
	}

	private void typedWhen(BotContext ctx, Draft draft, String text) {
		TypedTime.Reading reading = TypedTime.coming(text, this.zone, this.clock);
		if (reading instanceof TypedTime.Reading.Coming coming) {
			next(ctx, Step.PLACE, draft.when(coming.when()));
		}
		else {
			hint(ctx, (reading instanceof TypedTime.Reading.Past) ? "new.when-past" : "new.bad-when", text);
		}
	}

	private void typedPlace(BotContext ctx, Draft draft, String place) {
		if (place.length() < 2 || place.length() > MAX_TITLE || place.startsWith("/")) {
			hint(ctx, "new.bad-place", MAX_TITLE);
			return;
		}
		next(ctx, Step.AUDIENCE, draft.place(place));
	}

	private void typedAudience(BotContext ctx, Draft draft, String text) {
		Audience audience = AudienceReader.read(text);
		if (audience.grades().isEmpty()) {
			hint(ctx, "new.bad-audience", text);
			return;
		}
		next(ctx, Step.SEATS, draft.audience(audience));
	}

	private void typedSeats(BotContext ctx, Draft draft, String text) {
		if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > Activities.MAX_SEATS) {
			hint(ctx, "new.bad-seats", Activities.MAX_SEATS);
			return;
		}
		next(ctx, Step.CONFIRM, draft.seats(Integer.valueOf(text)));
	}

}
