package kz.birge.user;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.Conversation;
import kz.birge.bot.ConversationHandler;
import kz.birge.bot.DeepLinks;
import kz.birge.bot.Incoming;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Reply;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.user.OnboardingButtons.ChooseClass;
import kz.birge.user.OnboardingButtons.ChooseGrade;
import kz.birge.user.OnboardingButtons.ChooseOrganisation;
import kz.birge.user.OnboardingButtons.ChooseRole;
import kz.birge.user.OnboardingButtons.KeepTelegramName;

import org.springframework.stereotype.Component;

/**
 * Onboarding and its reuse in /profile: the role, then a student's school and class, or a
 * volunteer's name and phone. Each step asks with buttons, reads typed answers where they make
 * sense, and answers anything else with a hint while the question stays open. In edit mode
 * (from /profile) a step changes only its own field and goes back to the profile.
 */
@Component
class Onboarding implements ConversationHandler {

	static final String FLOW = "onboarding";

	private static final String EDIT = "edit";

	private static final String ORGANISATION = "organisation";

	private static final String NAME = "name";

	private static final String LANDING = "landing";

	private static final int MAX_NAME = 64;

	enum Step {

		ROLE, ORGANISATION, GRADE, NAME, PHONE

	}

	private final Users users;

	private final Organisations organisations;

	private final Profiles profiles;

	private final DeepLinks links;

	Onboarding(Users users, Organisations organisations, Profiles profiles, DeepLinks links) {
		this.users = users;
		this.organisations = organisations;
		this.profiles = profiles;
		this.links = links;
	}

	@Override
	public String flow() {
		return FLOW;
	}

	// ------------------------------------------------------------------ starting points

	/** Starts onboarding; {@code landing} is a deep link to open once it is done. */
	void begin(BotContext ctx, Optional<String> landing) {
		ctx.say("onboarding.greeting", ctx.from().firstName());
		Conversation start = Conversation.start(FLOW, Step.ROLE);
		askRole(ctx, landing.map((payload) -> start.with(LANDING, payload)).orElse(start));
	}

	/** From /profile: change one thing, then show the profile again. */
	void edit(BotContext ctx, Step step) {
		Conversation conversation = Conversation.start(FLOW, step).with(EDIT, "1");
		switch (step) {
			case ROLE -> askRole(ctx, conversation);
			case GRADE -> askGrade(ctx, conversation);
			case NAME -> askName(ctx, conversation);
			case PHONE -> askPhone(ctx, conversation);
			case ORGANISATION -> askOrganisation(ctx, conversation);
		}
	}

	// ------------------------------------------------------------------ questions

	private void askRole(BotContext ctx, Conversation conversation) {
		ctx.converse(conversation.at(Step.ROLE));
		ctx.reply(new Reply(ctx.t("onboarding.ask-role"),
				BotContext.inline(List.of(ctx.buttonOf("role.student", new ChooseRole(Role.STUDENT)),
						ctx.buttonOf("role.volunteer", new ChooseRole(Role.VOLUNTEER))), 2)));
	}

	private void askOrganisation(BotContext ctx, Conversation conversation) {
		ctx.converse(conversation.at(Step.ORGANISATION));
		List<Button> buttons = this.organisations.all()
			.stream()
			.map((organisation) -> ctx.button(organisation.name(), new ChooseOrganisation(organisation.id())))
			.toList();
		ctx.reply(new Reply(ctx.t("onboarding.ask-organisation"), BotContext.inline(buttons, 1)));
	}

	private void askGrade(BotContext ctx, Conversation conversation) {
		ctx.converse(conversation.at(Step.GRADE));
		List<Button> grades = IntStream.rangeClosed(SchoolClass.MIN_GRADE, SchoolClass.MAX_GRADE)
			.mapToObj((grade) -> ctx.button(String.valueOf(grade), new ChooseGrade(grade)))
			.toList();
		ctx.reply(new Reply(ctx.t("onboarding.ask-grade"), BotContext.inline(grades, 6)));
	}

	private void askLetter(BotContext ctx, int grade) {
		List<Button> letters = SchoolClass.COMMON_LETTERS.stream()
			.map((letter) -> ctx.button(grade + letter, new ChooseClass(grade, letter)))
			.toList();
		ctx.show(new Reply(ctx.t("onboarding.ask-letter", grade), BotContext.inline(letters, 4)));
	}

	private void askName(BotContext ctx, Conversation conversation) {
		ctx.converse(conversation.at(Step.NAME));
		String telegramName = ctx.from().fullName();
		ctx.reply(new Reply(ctx.t("onboarding.ask-name"),
				BotContext.inline(List.of(ctx.button(ctx.t("onboarding.keep-name", telegramName), new KeepTelegramName())), 1)));
	}

	private void askPhone(BotContext ctx, Conversation conversation) {
		ctx.converse(conversation.at(Step.PHONE));
		ctx.reply(new Reply(ctx.t("onboarding.ask-phone"),
				new Keyboard.Reply(List.of(List.of(ctx.t("onboarding.skip"))), ctx.t("onboarding.share-phone"))));
	}

	// ------------------------------------------------------------------ answers by button

	void onRole(BotContext ctx, Role role) {
		Optional<Conversation> conversation = current(ctx, Step.ROLE);
		if (conversation.isEmpty() || !role.selfChosen()) {
			ctx.notice("bot.button-outdated");
			return;
		}
		ctx.show(Reply.text(ctx.t("onboarding.role-chosen", ctx.t(Profiles.roleKey(role)))));
		// a new role needs its own answers, so a change of role from /profile runs onboarding anew
		Conversation fresh = conversation.get()
			.get(LANDING)
			.map((payload) -> Conversation.start(FLOW, Step.ROLE).with(LANDING, payload))
			.orElse(Conversation.start(FLOW, Step.ROLE));
		if (role == Role.STUDENT) {
			afterRoleStudent(ctx, fresh);
		}
		else {
			askName(ctx, fresh);
		}
	}

	private void afterRoleStudent(BotContext ctx, Conversation conversation) {
		List<Organisation> all = this.organisations.all();
		if (all.size() > 1) {
			askOrganisation(ctx, conversation);
			return;
		}
		Conversation next = all.isEmpty() ? conversation : conversation.with(ORGANISATION, all.get(0).id());
		askGrade(ctx, next);
	}

	void onOrganisation(BotContext ctx, String organisationId) {
		Optional<Conversation> conversation = current(ctx, Step.ORGANISATION);
		Optional<Organisation> organisation = this.organisations.find(organisationId);
		if (conversation.isEmpty() || organisation.isEmpty()) {
			ctx.notice("bot.button-outdated");
			return;
		}
		ctx.show(Reply.text(ctx.t("onboarding.organisation-chosen", organisation.get().name())));
		if (isEdit(conversation.get())) {
			this.users.setOrganisation(ctx.userId(), organisationId);
			backToProfile(ctx);
			return;
		}
		askGrade(ctx, conversation.get().with(ORGANISATION, organisationId));
	}

	void onGrade(BotContext ctx, int grade) {
		if (current(ctx, Step.GRADE).isEmpty() || !SchoolClass.validGrade(grade)) {
			ctx.notice("bot.button-outdated");
			return;
		}
		askLetter(ctx, grade);
	}

	void onClass(BotContext ctx, int grade, String letter) {
		Optional<Conversation> conversation = current(ctx, Step.GRADE);
		if (conversation.isEmpty() || !SchoolClass.validGrade(grade) || !SchoolClass.validLetter(letter)) {
			ctx.notice("bot.button-outdated");
			return;
		}
		SchoolClass schoolClass = new SchoolClass(grade, letter);
		ctx.show(Reply.text(ctx.t("onboarding.class-chosen", schoolClass)));
		classChosen(ctx, conversation.get(), schoolClass);
	}

	void onKeepTelegramName(BotContext ctx) {
		Optional<Conversation> conversation = current(ctx, Step.NAME);
		if (conversation.isEmpty()) {
			ctx.notice("bot.button-outdated");
			return;
		}
		String name = ctx.from().fullName();
		ctx.show(Reply.text(ctx.t("onboarding.name-chosen", name)));
		nameChosen(ctx, conversation.get(), name);
	}

	// ------------------------------------------------------------------ answers typed or shared

	@Override
	public void onInput(BotContext ctx, Conversation conversation) {
		Step step = conversation.step(Step.class).orElse(Step.ROLE);
		Incoming incoming = ctx.update().incoming();
		switch (step) {
			case GRADE -> typedClass(ctx, conversation, incoming);
			case NAME -> typedName(ctx, conversation, incoming);
			case PHONE -> sharedPhone(ctx, conversation, incoming);
			case ROLE, ORGANISATION -> ctx.say("onboarding.tap-a-button");
		}
	}

	private void typedClass(BotContext ctx, Conversation conversation, Incoming incoming) {
		if (!(incoming instanceof Incoming.Text text)) {
			ctx.say("onboarding.ask-grade");
			return;
		}
		Optional<SchoolClass> parsed = SchoolClass.parse(text.text());
		if (parsed.isEmpty()) {
			ctx.say("onboarding.bad-class", text.text().strip());
			return;
		}
		classChosen(ctx, conversation, parsed.get());
	}

	private void typedName(BotContext ctx, Conversation conversation, Incoming incoming) {
		String name = (incoming instanceof Incoming.Text text) ? text.text().strip().replaceAll("\\s+", " ") : "";
		if (name.isEmpty() || name.length() > MAX_NAME || name.startsWith("/") || !name.codePoints().anyMatch(Character::isLetter)) {
			ctx.say("onboarding.bad-name", MAX_NAME);
			return;
		}
		nameChosen(ctx, conversation, name);
	}

	private void sharedPhone(BotContext ctx, Conversation conversation, Incoming incoming) {
		if (incoming instanceof Incoming.Contact contact) {
			if (contact.ownerId() != ctx.userId()) {
				ctx.say("onboarding.foreign-contact");
				return;
			}
			phoneChosen(ctx, conversation, Optional.of(normalisePhone(contact.phone())));
		}
		else if (incoming instanceof Incoming.Text text && text.text().strip().equalsIgnoreCase(ctx.t("onboarding.skip"))) {
			phoneChosen(ctx, conversation, Optional.empty());
		}
		else {
			askPhone(ctx, conversation);
		}
	}

	// ------------------------------------------------------------------ completing steps

	private void classChosen(BotContext ctx, Conversation conversation, SchoolClass schoolClass) {
		ctx.endConversation();
		if (isEdit(conversation)) {
			this.users.setClass(ctx.userId(), schoolClass);
			backToProfile(ctx);
			return;
		}
		this.users.becomeStudent(ctx.userId(), schoolClass, conversation.get(ORGANISATION));
		ctx.say("onboarding.done-student", schoolClass);
		ctx.say("help.student");
		land(ctx, conversation);
	}

	private void nameChosen(BotContext ctx, Conversation conversation, String name) {
		if (isEdit(conversation)) {
			ctx.endConversation();
			this.users.setName(ctx.userId(), name);
			backToProfile(ctx);
			return;
		}
		askPhone(ctx, conversation.with(NAME, name));
	}

	private void phoneChosen(BotContext ctx, Conversation conversation, Optional<String> phone) {
		ctx.endConversation();
		if (isEdit(conversation)) {
			phone.ifPresent((number) -> this.users.setPhone(ctx.userId(), number));
			ctx.reply(new Reply(ctx.t(phone.isPresent() ? "profile.phone-saved" : "profile.unchanged"), Keyboard.REMOVE));
			backToProfile(ctx);
			return;
		}
		String name = conversation.get(NAME).orElse(ctx.from().fullName());
		this.users.becomeVolunteer(ctx.userId(), name, phone);
		ctx.reply(new Reply(ctx.t("onboarding.done-volunteer", name), Keyboard.REMOVE));
		ctx.say("help.volunteer");
		land(ctx, conversation);
	}

	/** Opens the deep link that brought a newcomer here, now that they have a profile. */
	private void land(BotContext ctx, Conversation conversation) {
		conversation.get(LANDING)
			.ifPresent((payload) -> this.links.find(payload).ifPresent((handler) -> handler.open(ctx, payload)));
	}

	private void backToProfile(BotContext ctx) {
		ctx.endConversation();
		this.profiles.show(ctx);
	}

	private static boolean isEdit(Conversation conversation) {
		return conversation.get(EDIT).isPresent();
	}

	private static Optional<Conversation> current(BotContext ctx, Step step) {
		return ctx.conversation()
			.filter((conversation) -> conversation.flow().equals(FLOW))
			.filter((conversation) -> conversation.step(Step.class).orElse(null) == step);
	}

	static String normalisePhone(String phone) {
		String digits = phone.replaceAll("[^0-9]", "");
		return phone.strip().startsWith("+") || digits.length() > 10 ? "+" + digits : digits;
	}

}
