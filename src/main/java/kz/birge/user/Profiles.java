package kz.birge.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.Reply;
import kz.birge.catalog.Organisations;

import org.springframework.stereotype.Component;

/** What /profile shows, and the buttons to change it. */
@Component
class Profiles {

	@CallbackData.Prefix("pe")
	record EditProfile(Onboarding.Step step) implements CallbackData {
	}

	@CallbackData.Prefix("pl")
	record ChangeLanguage() implements CallbackData {
	}

	private final Users users;

	private final Organisations organisations;

	Profiles(Users users, Organisations organisations) {
		this.users = users;
		this.organisations = organisations;
	}

	static String roleKey(Role role) {
		return "role." + role.name().toLowerCase(Locale.ROOT);
	}

	void show(BotContext ctx) {
		User user = this.users.get(ctx.userId());
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("profile.title"));
		lines.add(ctx.t("profile.role", ctx.t(roleKey(user.role()))));
		lines.add(ctx.t("profile.name", user.displayName()));
		user.organisation()
			.flatMap(this.organisations::find)
			.ifPresent((organisation) -> lines.add(ctx.t("profile.organisation", organisation.name())));
		user.schoolClass().ifPresent((schoolClass) -> lines.add(ctx.t("profile.class", schoolClass)));
		if (user.role() == Role.VOLUNTEER) {
			lines.add(
					user.phoneNumber().map((phone) -> ctx.t("profile.phone", phone)).orElse(ctx.t("profile.no-phone")));
		}
		lines.add(ctx.t("profile.lang", ctx.t("lang.name")));
		ctx.reply(new Reply(String.join("\n", lines), BotContext.inline(buttons(ctx, user), 2)));
	}

	private List<Button> buttons(BotContext ctx, User user) {
		List<Button> buttons = new ArrayList<>();
		if (user.role() == Role.STUDENT) {
			buttons.add(ctx.buttonOf("profile.change-class", new EditProfile(Onboarding.Step.GRADE)));
			if (this.organisations.all().size() > 1) {
				buttons.add(ctx.buttonOf("profile.change-organisation", new EditProfile(Onboarding.Step.ORGANISATION)));
			}
		}
		if (user.role().selfChosen()) {
			buttons.add(ctx.buttonOf("profile.change-name", new EditProfile(Onboarding.Step.NAME)));
		}
		if (user.role() == Role.VOLUNTEER) {
			buttons.add(ctx.buttonOf("profile.change-phone", new EditProfile(Onboarding.Step.PHONE)));
		}
		if (user.role().selfChosen() || user.role() == Role.NEWCOMER) {
			buttons.add(ctx.buttonOf("profile.change-role", new EditProfile(Onboarding.Step.ROLE)));
		}
		buttons.add(ctx.buttonOf("profile.change-lang", new ChangeLanguage()));
		return buttons;
	}

	/** True when this person may change this part of their profile. */
	boolean editable(User user, Onboarding.Step step) {
		return switch (step) {
			case GRADE, ORGANISATION -> user.role() == Role.STUDENT;
			case NAME -> user.role().selfChosen();
			case PHONE -> user.role() == Role.VOLUNTEER;
			case ROLE -> user.role().selfChosen() || user.role() == Role.NEWCOMER;
		};
	}

}
