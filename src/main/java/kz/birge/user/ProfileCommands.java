package kz.birge.user;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Reply;
import kz.birge.i18n.Lang;

/** /profile, /lang and /help, and the buttons that change a profile. */
@ChatHandlers
class ProfileCommands {

	@CallbackData.Prefix("lg")
	record ChooseLang(Lang lang) implements CallbackData {
	}

	private final Users users;

	private final Profiles profiles;

	private final Onboarding onboarding;

	ProfileCommands(Users users, Profiles profiles, Onboarding onboarding) {
		this.users = users;
		this.profiles = profiles;
		this.onboarding = onboarding;
	}

	@ChatHandlers.Command(value = "profile", menu = 20)
	void profile(BotContext ctx) {
		this.profiles.show(ctx);
	}

	@ChatHandlers.Command(value = "lang", menu = 30)
	void lang(BotContext ctx) {
		askLang(ctx);
	}

	@ChatHandlers.Command(value = "help", menu = 10)
	void help(BotContext ctx) {
		ctx.say(helpKey(this.users.get(ctx.userId()).role()));
	}

	@ChatHandlers.Button
	void editProfile(BotContext ctx, Profiles.EditProfile data) {
		if (!this.profiles.editable(this.users.get(ctx.userId()), data.step())) {
			ctx.outdated();
			return;
		}
		this.onboarding.edit(ctx, data.step());
	}

	@ChatHandlers.Button
	void changeLanguage(BotContext ctx, Profiles.ChangeLanguage data) {
		askLang(ctx);
	}

	@ChatHandlers.Button
	void chooseLang(BotContext ctx, ChooseLang data) {
		this.users.setLang(ctx.userId(), data.lang());
		ctx.switchLang(data.lang());
		ctx.show(Reply.text(ctx.t("lang.changed", ctx.t("lang.name"))));
	}

	static String helpKey(Role role) {
		return "help." + role.name().toLowerCase(Locale.ROOT);
	}

	private static void askLang(BotContext ctx) {
		List<Button> buttons = Arrays.stream(Lang.values())
			.map((lang) -> ctx.button(ctx.tIn(lang, "lang.name"), new ChooseLang(lang)))
			.toList();
		ctx.reply(new Reply(ctx.t("lang.ask"), BotContext.inline(buttons, 3)));
	}

}
