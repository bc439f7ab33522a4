package kz.birge.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.CallbackHandler;
import kz.birge.bot.CommandHandler;
import kz.birge.bot.Conversation;
import kz.birge.bot.ConversationHandler;
import kz.birge.bot.Incoming;
import kz.birge.bot.Reply;
import kz.birge.planimport.vocabulary.AudienceReader;
import kz.birge.system.BirgeProperties;
import kz.birge.user.User;

import org.springframework.stereotype.Component;

/**
 * /new: a coordinator creates one activity in a few steps (organisation when they manage several,
 * title, fraction, date and time, place, audience, seats), sees it once more and creates it. Every
 * step reads typed answers, offers buttons where a choice is short, and answers anything else
 * with a hint; /cancel leaves.
 */
@Component
class NewActivityFlow implements ConversationHandler {

	static final String FLOW = "new-activity";

	private static final int MAX_TITLE = 200;

	enum Step {

		ORGANISATION, TITLE, FRACTION, WHEN, PLACE, AUDIENCE, SEATS, CONFIRM

	}

	/** Who a new activity is for, by button. */
	enum Who {

		STUDENTS, VOLUNTEERS, EVERYONE

	}

	@CallbackData.Prefix("na")
	record PickOrganisation(String organisationId) implements CallbackData {
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

	private static final String NO_FRACTION = "-";

	private final Coordinators coordinators;

	private final Organisations organisations;

	private final Activities activities;

	private final Catalogue catalogue;

	private final ZoneId zone;

	private final Clock clock;

	NewActivityFlow(Coordinators coordinators, Organisations organisations, Activities activities, Catalogue catalogue,
			BirgeProperties properties, Clock clock) {
		this.coordinators = coordinators;
		this.organisations = organisations;
		this.activities = activities;
		this.catalogue = catalogue;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	@Override
	public String flow() {
		return FLOW;
	}

	void begin(BotContext ctx) {
		Optional<User> coordinator = this.coordinators.coordinator(ctx.userId());
		if (coordinator.isEmpty()) {
			ctx.say("new.not-allowed");
			return;
		}
		Conversation start = Conversation.start(FLOW, Step.TITLE);
		Optional<String> own = coordinator.get().organisation();
		List<Organisation> all = this.organisations.all();
		if (own.isPresent()) {
			askTitle(ctx, start.with("org", own.get()));
		}
		else if (all.isEmpty()) {
			ctx.say("new.no-organisation");
		}
		else if (all.size() == 1) {
			askTitle(ctx, start.with("org", all.get(0).id()));
		}
		else {
			ctx.converse(start.at(Step.ORGANISATION));
			List<Button> buttons = all.stream().map((o) -> ctx.button(o.name(), new PickOrganisation(o.id()))).toList();
			ctx.reply(new Reply(ctx.t("new.ask-organisation"), BotContext.inline(buttons, 1)));
		}
	}

	// ------------------------------------------------------------------ questions

	private void askTitle(BotContext ctx, Conversation conversation) {
		ctx.converse(conversation.at(Step.TITLE));
		ctx.say("new.ask-title");
	}

	private void askFraction(BotContext ctx, Conversation conversation) {
		List<Fraction> fractions = this.catalogue.fractions(conversation.get("org").orElse(""));
		if (fractions.isEmpty()) {
			askWhen(ctx, conversation.with("fraction", NO_FRACTION));
			return;
		}
		ctx.converse(conversation.at(Step.FRACTION));
		List<Button> buttons = new ArrayList<>();
		fractions.forEach((fraction) -> buttons.add(ctx.button(fraction.name(), new PickFraction(fraction.id()))));
		buttons.add(ctx.buttonOf("new.no-fraction", new PickFraction(NO_FRACTION)));
		ctx.reply(new Reply(ctx.t("new.ask-fraction"), BotContext.inline(buttons, 1)));
	}

	private void askWhen(BotContext ctx, Conversation conversation) {
		ctx.converse(conversation.at(Step.WHEN));
		ctx.say("new.ask-when");
	}

	private void askPlace(BotContext ctx, Conversation conversation) {
		ctx.converse(conversation.at(Step.PLACE));
		ctx.reply(new Reply(ctx.t("new.ask-place"), BotContext.inline(List.of(ctx.buttonOf("new.skip", new SkipPlace())), 1)));
	}

	private void askAudience(BotContext ctx, Conversation conversation) {
		ctx.converse(conversation.at(Step.AUDIENCE));
		List<Button> buttons = Arrays.stream(Who.values())
			.map((who) -> ctx.buttonOf("new.who." + who.name(), new PickAudience(who)))
			.toList();
		ctx.reply(new Reply(ctx.t("new.ask-audience"), BotContext.inline(buttons, 1)));
	}

	private void askSeats(BotContext ctx, Conversation conversation) {
		ctx.converse(conversation.at(Step.SEATS));
		ctx.reply(new Reply(ctx.t("new.ask-seats"), BotContext.inline(List.of(ctx.buttonOf("new.no-limit", new NoSeatLimit())), 1)));
	}

	private void confirm(BotContext ctx, Conversation conversation) {
		ctx.converse(conversation.at(Step.CONFIRM));
		Activity preview = activityOf(ctx, conversation, "preview");
		Occurrence when = occurrenceOf(conversation);
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("new.summary"));
		lines.add(ctx.t("card.title", preview.title()));
		lines.add(ctx.t("card.when", ActivityText.when(ctx, when, this.zone)));
		preview.places().forEach((place) -> lines.add(ctx.t("card.place", place)));
		conversation.get("fraction")
			.filter((id) -> !id.equals(NO_FRACTION))
			.flatMap((id) -> fraction(conversation.get("org").orElse(""), id))
			.ifPresent((fraction) -> lines.add(ctx.t("card.fraction", fraction.name())));
		lines.add(ctx.t("card.audience", ActivityText.audience(ctx, preview)));
		lines.add(preview.seats().map((seats) -> ctx.t("card.seats", seats)).orElse(ctx.t("card.no-seat-limit")));
		ctx.reply(new Reply(String.join("\n", lines), BotContext.inline(List.of(ctx.buttonOf("new.create", new Create())), 1)));
	}

	/** A fraction of the organisation, from the cached catalogue. */
	private Optional<Fraction> fraction(String organisationId, String fractionId) {
		return this.catalogue.fractions(organisationId).stream().filter((f) -> f.id().equals(fractionId)).findFirst();
	}

	// ------------------------------------------------------------------ answers by button

	void onOrganisation(BotContext ctx, String organisationId) {
		Optional<Conversation> conversation = at(ctx, Step.ORGANISATION);
		if (conversation.isEmpty() || !this.coordinators.manages(ctx.userId(), organisationId)
				|| this.organisations.find(organisationId).isEmpty()) {
			ctx.notice("bot.button-outdated");
			return;
		}
		ctx.show(Reply.text(ctx.t("new.organisation-chosen", this.organisations.find(organisationId).get().name())));
		askTitle(ctx, conversation.get().with("org", organisationId));
	}

	void onFraction(BotContext ctx, String fractionId) {
		Optional<Conversation> conversation = at(ctx, Step.FRACTION);
		Fraction fraction = conversation.flatMap((c) -> fraction(c.get("org").orElse(""), fractionId)).orElse(null);
		if (conversation.isEmpty() || (!NO_FRACTION.equals(fractionId) && fraction == null)) {
			ctx.notice("bot.button-outdated");
			return;
		}
		ctx.show(Reply.text(ctx.t("card.fraction", (fraction != null) ? fraction.name() : ctx.t("new.no-fraction"))));
		askWhen(ctx, conversation.get().with("fraction", fractionId));
	}

	void onSkipPlace(BotContext ctx) {
		at(ctx, Step.PLACE).ifPresentOrElse((conversation) -> {
			ctx.show(Reply.text(ctx.t("new.ask-place")));
			askAudience(ctx, conversation.with("place", ""));
		}, () -> ctx.notice("bot.button-outdated"));
	}

	void onAudience(BotContext ctx, Who who) {
		at(ctx, Step.AUDIENCE).ifPresentOrElse((conversation) -> {
			ctx.show(Reply.text(ctx.t("new.ask-audience") + " " + ctx.t("new.who." + who.name())));
			Set<Category> categories = switch (who) {
				case STUDENTS -> Set.of(Category.STUDENTS);
				case VOLUNTEERS -> Set.of(Category.VOLUNTEERS);
				case EVERYONE -> Set.of(Category.STUDENTS, Category.VOLUNTEERS);
			};
			askSeats(ctx, conversation.with("grades", "").with("categories", join(categories)));
		}, () -> ctx.notice("bot.button-outdated"));
	}

	void onNoSeatLimit(BotContext ctx) {
		at(ctx, Step.SEATS).ifPresentOrElse((conversation) -> {
			ctx.show(Reply.text(ctx.t("card.no-seat-limit")));
			confirm(ctx, conversation.with("seats", ""));
		}, () -> ctx.notice("bot.button-outdated"));
	}

	void onCreate(BotContext ctx) {
		Optional<Conversation> conversation = at(ctx, Step.CONFIRM);
		if (conversation.isEmpty() || !this.coordinators.manages(ctx.userId(), conversation.get().get("org").orElse(""))) {
			ctx.notice("bot.button-outdated");
			return;
		}
		Conversation answers = conversation.get();
		Occurrence when = occurrenceOf(answers);
		Activity draft = activityOf(ctx, answers, "");
		ctx.endConversation();
		Activity created = this.activities.create(new Activities.NewActivity(draft.organisationId(), draft.title(),
				Optional.ofNullable(draft.fractionId()), when.start(), when.end(), when.allDay(), draft.places().stream().findFirst(),
				draft.audience(), draft.seats(), ctx.t("new.campaign-title")));
		ctx.show(Reply.text(ctx.t("new.created", created.title(), ActivityText.when(ctx, when, this.zone))));
	}

	// ------------------------------------------------------------------ answers typed

	@Override
	public void onInput(BotContext ctx, Conversation conversation) {
		Step step = conversation.step(Step.class).orElse(Step.TITLE);
		String text = (ctx.update().incoming() instanceof Incoming.Text typed) ? typed.text().strip() : "";
		switch (step) {
			case TITLE -> typedTitle(ctx, conversation, text);
			case WHEN -> typedWhen(ctx, conversation, text);
			case PLACE -> typedPlace(ctx, conversation, text);
			case AUDIENCE -> typedAudience(ctx, conversation, text);
			case SEATS -> typedSeats(ctx, conversation, text);
			case ORGANISATION, FRACTION, CONFIRM -> ctx.say("onboarding.tap-a-button");
		}
	}

	private void typedTitle(BotContext ctx, Conversation conversation, String text) {
		String title = text.replaceAll("\\s+", " ");
		if (title.length() < 3 || title.length() > MAX_TITLE || title.startsWith("/")) {
			ctx.say("new.bad-title", MAX_TITLE);
			return;
		}
		askFraction(ctx, conversation.with("title", title));
	}

	private void typedWhen(BotContext ctx, Conversation conversation, String text) {
		Optional<TypedTime.When> when = TypedTime.coming(ctx, text, this.zone, this.clock);
		if (when.isEmpty()) {
			return;
		}
		askPlace(ctx, conversation.with("start", when.get().start().toString())
			.with("end", when.get().end().toString())
			.with("allDay", String.valueOf(when.get().allDay())));
	}

	private void typedPlace(BotContext ctx, Conversation conversation, String text) {
		String place = text.replaceAll("\\s+", " ");
		if (place.isEmpty() || place.length() > MAX_TITLE || place.startsWith("/")) {
			ctx.say("new.bad-place", MAX_TITLE);
			return;
		}
		askAudience(ctx, conversation.with("place", place));
	}

	private void typedAudience(BotContext ctx, Conversation conversation, String text) {
		Audience audience = AudienceReader.read(text);
		if (audience.grades().isEmpty()) {
			ctx.say("new.bad-audience", text);
			return;
		}
		String grades = audience.grades().stream().map(GradeRange::toString).collect(Collectors.joining(","));
		askSeats(ctx, conversation.with("grades", grades).with("categories", join(audience.categories())));
	}

	private void typedSeats(BotContext ctx, Conversation conversation, String text) {
		if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > Activities.MAX_SEATS) {
			ctx.say("new.bad-seats", Activities.MAX_SEATS);
			return;
		}
		confirm(ctx, conversation.with("seats", String.valueOf(Integer.parseInt(text))));
	}

	// ------------------------------------------------------------------ building from the answers

	private Activity activityOf(BotContext ctx, Conversation answers, String id) {
		String place = answers.get("place").orElse("");
		String seats = answers.get("seats").orElse("");
		String fraction = answers.get("fraction").filter((f) -> !f.equals(NO_FRACTION)).orElse(null);
		return new Activity(id, answers.get("org").orElse(""), "", fraction, null, 0, answers.get("title").orElse(""), null,
				place.isEmpty() ? List.of() : List.of(place), List.of(), "", "", audienceOf(answers), List.of(), "", "", false,
				seats.isEmpty() ? null : Integer.valueOf(seats), ActivityStatus.ACTIVE, "", "", this.clock.instant());
	}

	private static Occurrence occurrenceOf(Conversation answers) {
		return new Occurrence("", "", "", "", null, Instant.parse(answers.get("start").orElseThrow()),
				Instant.parse(answers.get("end").orElseThrow()), Boolean.parseBoolean(answers.get("allDay").orElse("false")),
				Occurrence.Kind.SCHEDULED, false);
	}

	private static Audience audienceOf(Conversation answers) {
		List<GradeRange> grades = Arrays.stream(answers.get("grades").orElse("").split(","))
			.filter((range) -> !range.isBlank())
			.map((range) -> {
				String[] ends = range.split("-");
				return new GradeRange(Integer.parseInt(ends[0]), Integer.parseInt(ends[ends.length - 1]));
			})
			.toList();
		Set<Category> categories = Arrays.stream(answers.get("categories").orElse("").split(","))
			.filter((name) -> !name.isBlank())
			.map(Category::valueOf)
			.collect(Collectors.toSet());
		return new Audience(grades, categories);
	}

	private static String join(Set<Category> categories) {
		return categories.stream().map(Category::name).sorted().collect(Collectors.joining(","));
	}

	private static Optional<Conversation> at(BotContext ctx, Step step) {
		return ctx.conversation()
			.filter((conversation) -> conversation.flow().equals(FLOW))
			.filter((conversation) -> conversation.step(Step.class).orElse(null) == step);
	}

}
