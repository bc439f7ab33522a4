package kz.birge.user;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.DeepLinks;
import kz.birge.bot.Flow;
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

/**
 * Onboarding and its reuse in /profile: the role, then a student's school (chosen among
 * schools only, not parks or departments) and class, or a volunteer's name and phone (a
 * volunteer is asked for no school). Each step asks with buttons, reads typed answers
 * where they make sense, and answers anything else with a hint while the question stays
 * open. In edit mode (from /profile) a step changes only its own field and goes back to
 * the profile.
 */
@ChatHandlers
class Onboarding extends Flow<Onboarding.Step, Onboarding.Draft> {

	private static final int MAX_NAME = 64;

	enum Step {

		ROLE, ORGANISATION, GRADE, NAME, PHONE

	}

	/**
	 * What a newcomer answered so far.
	 *
	 * @param edit true when one field of a profile is being changed from /profile
	 * @param organisationId the school chosen
	 * @param name the name given
	 * @param landing a deep link to open once onboarding is done
	 */
	record Draft(boolean edit, String organisationId, String name, String landing) {

		static Draft fresh(Optional<String> landing) {
			return new Draft(false, null, null, landing.orElse(null));
		}

		Draft withOrganisation(String id) {
			return new Draft(this.edit, id, this.name, this.landing);
		}

		Draft withName(String chosen) {
			return new Draft(this.edit, this.organisationId, chosen, this.landing);
		}

	}

	private final Users users;

	private final Organisations organisations;

	private final Profiles profiles;

	private final DeepLinks links;

	Onboarding(Users users, Organisations organisations, Profiles profiles, DeepLinks links) {
		super("onboarding", Step.class, Draft.class);
		this.users = users;
		this.organisations = organisations;
		this.profiles = profiles;
		this.links = links;
	}

	// ------------------------------------------------------------------ starting points

	/** Starts onboarding; {@code landing} is a deep link to open once it is done. */
	void begin(BotContext ctx, Optional<String> landing) {
		ctx.say("onboarding.greeting", ctx.from().firstName());
		start(ctx, Step.ROLE, Draft.fresh(landing));
	}

	/** From /profile: change one thing, then show the profile again. */
	void edit(BotContext ctx, Step step) {
		start(ctx, step, new Draft(true, null, null, null));
	}

	// ------------------------------------------------------------------ questions

	@Override
	protected void ask(BotContext ctx, Step step, Draft draft) {
		switch (step) {
			case ROLE -> ctx.reply(new Reply(ctx.t("onboarding.ask-role"),
					keyboard(ctx, List.of(ctx.buttonOf("role.student", new ChooseRole(Role.STUDENT)),
							ctx.buttonOf("role.volunteer", new ChooseRole(Role.VOLUNTEER))), 2)));
			case ORGANISATION ->
				ctx.reply(new Reply(ctx.t("onboarding.ask-organisation"), keyboard(ctx, schools(ctx), 1)));
			case GRADE -> ctx.reply(new Reply(ctx.t("onboarding.ask-grade"), keyboard(ctx, grades(ctx), 6)));
			case NAME -> ctx.reply(new Reply(ctx.t("onboarding.ask-name"),
					keyboard(ctx, List
						.of(ctx.button(ctx.t("onboarding.keep-name", ctx.from().fullName()), new KeepTelegramName())),
							1)));
			case PHONE -> ctx.reply(new Reply(ctx.t("onboarding.ask-phone"),
					new Keyboard.Reply(List.of(List.of(ctx.t("onboarding.skip"))), ctx.t("onboarding.share-phone"))));
		}
	}

	private List<Button> schools(BotContext ctx) {
		return this.organisations.schools()
			.stream()
			.map((organisation) -> ctx.button(organisation.name(), new ChooseOrganisation(organisation.id())))
			.toList();
	}

	private static List<Button> grades(BotContext ctx) {
		return IntStream.rangeClosed(SchoolClass.MIN_GRADE, SchoolClass.MAX_GRADE)
			.mapToObj((grade) -> ctx.button(String.valueOf(grade), new ChooseGrade(grade)))
			.toList();
	}

	// ------------------------------------------------------------------ answers by
	// button

	@ChatHandlers.Button(steps = "ROLE")
	void onRole(BotContext ctx, ChooseRole data, Draft draft) {
		if (!data.role().selfChosen()) {
			ctx.outdated();
			return;
		}
		ctx.show(Reply.text(ctx.t("onboarding.role-chosen", ctx.t(Profiles.roleKey(data.role())))));
		// a new role needs its own answers, so a change of role from /profile runs
		// onboarding anew
		Draft fresh = Draft.fresh(Optional.ofNullable(draft.landing()));
		if (data.role() == Role.VOLUNTEER) {
			next(ctx, Step.NAME, fresh);
			return;
		}
		List<Organisation> schools = this.organisations.schools();
		if (schools.size() > 1) {
			next(ctx, Step.ORGANISATION, fresh);
		}
		else {
			next(ctx, Step.GRADE, schools.isEmpty() ? fresh : fresh.withOrganisation(schools.get(0).id()));
		}
	}

	@ChatHandlers.Button(steps = "ORGANISATION")
	void onOrganisation(BotContext ctx, ChooseOrganisation data, Draft draft) {
		Optional<Organisation> organisation = this.organisations.find(data.organisationId());
		if (organisation.isEmpty()) {
			ctx.outdated();
			return;
		}
		ctx.show(Reply.text(ctx.t("onboarding.organisation-chosen", organisation.get().name())));
		if (draft.edit()) {
			this.users.setOrganisation(ctx.userId(), organisation.get().id());
			backToProfile(ctx);
			return;
		}
		next(ctx, Step.GRADE, draft.withOrganisation(organisation.get().id()));
	}

	@ChatHandlers.Button(steps = "GRADE")
	void onGrade(BotContext ctx, ChooseGrade data, Draft draft) {
		if (!SchoolClass.validGrade(data.grade())) {
			ctx.outdated();
			return;
		}
		List<Button> letters = SchoolClass.COMMON_LETTERS.stream()
			.map((letter) -> ctx.button(data.grade() + letter, new ChooseClass(data.grade(), letter)))
			.toList();
		ctx.show(new Reply(ctx.t("onboarding.ask-letter", data.grade()), keyboard(ctx, letters, 4)));
	}

	@ChatHandlers.Button(steps = "GRADE")
	void onClass(BotContext ctx, ChooseClass data, Draft draft) {
		if (!SchoolClass.validGrade(data.grade()) || !SchoolClass.validLetter(data.letter())) {
			ctx.outdated();
			return;
		}
		SchoolClass schoolClass = new SchoolClass(data.grade(), data.letter());
		ctx.show(Reply.text(ctx.t("onboarding.class-chosen", schoolClass)));
		classChosen(ctx, draft, schoolClass);
	}

	@ChatHandlers.Button(steps = "NAME")
	void onKeepTelegramName(BotContext ctx, KeepTelegramName data, Draft draft) {
		String name = ctx.from().fullName();
		ctx.show(Reply.text(ctx.t("onboarding.name-chosen", name)));
		nameChosen(ctx, draft, name);
	}

	// ------------------------------------------------------------------ answers typed or
	// shared

	@Override
	protected void onInput(BotContext ctx, Step step, Draft draft, Incoming incoming) {
		switch (step) {
			case GRADE -> typedClass(ctx, draft, typed(incoming));
			case NAME -> typedName(ctx, draft, typed(incoming));
			case PHONE -> sharedPhone(ctx, draft, incoming);
			case ROLE, ORGANISATION -> hint(ctx, "flow.tap-a-button");
		}
	}

	private void typedClass(BotContext ctx, Draft draft, String text) {
		Optional<SchoolClass> parsed = SchoolClass.parse(text);
		if (parsed.isEmpty()) {
			hint(ctx, text.isEmpty() ? "onboarding.ask-grade" : "onboarding.bad-class", text);
			return;
		}
		classChosen(ctx, draft, parsed.get());
	}

	private void typedName(BotContext ctx, Draft draft, String name) {
		if (!validName(name)) {
			hint(ctx, "onboarding.bad-name", MAX_NAME);
			return;
		}
		nameChosen(ctx, draft, name);
	}

	static boolean validName(String name) {
		return !name.isEmpty() && name.length() <= MAX_NAME && !name.startsWith("/")
				&& name.codePoints().anyMatch(Character::isLetter);
	}

	private void sharedPhone(BotContext ctx, Draft draft, Incoming incoming) {
		if (incoming instanceof Incoming.Contact contact) {
			if (contact.ownerId() != ctx.userId()) {
				hint(ctx, "onboarding.foreign-contact");
				return;
			}
			phoneChosen(ctx, draft, Optional.of(normalisePhone(contact.phone())));
		}
		else if (typed(incoming).equalsIgnoreCase(ctx.t("onboarding.skip"))) {
			phoneChosen(ctx, draft, Optional.empty());
		}
		else {
			ask(ctx, Step.PHONE, draft);
		}
	}

	// ------------------------------------------------------------------ completing steps

	private void classChosen(BotContext ctx, Draft draft, SchoolClass schoolClass) {
		finish(ctx);
		if (draft.edit()) {
			this.users.setClass(ctx.userId(), schoolClass);
			backToProfile(ctx);
			return;
		}
		this.users.becomeStudent(ctx.userId(), schoolClass, Optional.ofNullable(draft.organisationId()));
		ctx.say("onboarding.done-student", schoolClass);
		ctx.say("help.student");
		land(ctx, draft);
	}

	private void nameChosen(BotContext ctx, Draft draft, String name) {
		if (draft.edit()) {
			this.users.setName(ctx.userId(), name);
			backToProfile(ctx);
			return;
		}
		next(ctx, Step.PHONE, draft.withName(name));
	}

	private void phoneChosen(BotContext ctx, Draft draft, Optional<String> phone) {
		finish(ctx);
		if (draft.edit()) {
			phone.ifPresent((number) -> this.users.setPhone(ctx.userId(), number));
			ctx.reply(
					new Reply(ctx.t(phone.isPresent() ? "profile.phone-saved" : "profile.unchanged"), Keyboard.REMOVE));
			backToProfile(ctx);
			return;
		}
		String name = Optional.ofNullable(draft.name()).orElse(ctx.from().fullName());
		this.users.becomeVolunteer(ctx.userId(), name, phone);
		ctx.reply(new Reply(ctx.t("onboarding.done-volunteer", name), Keyboard.REMOVE));
		ctx.say("help.volunteer");
		land(ctx, draft);
	}

	/** Opens the deep link that brought a newcomer here, now that they have a profile. */
	private void land(BotContext ctx, Draft draft) {
		Optional.ofNullable(draft.landing())
			.ifPresent((payload) -> this.links.find(payload).ifPresent((link) -> link.open(ctx, payload)));
	}

	private void backToProfile(BotContext ctx) {
		finish(ctx);
		this.profiles.show(ctx);
	}

	static String normalisePhone(String phone) {
		String digits = phone.replaceAll("[^0-9]", "");
		return (phone.strip().startsWith("+") || digits.length() > 10) ? "+" + digits : digits;
	}

}
