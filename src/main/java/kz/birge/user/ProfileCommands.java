package kz.birge.user;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.CallbackHandler;
import kz.birge.bot.CommandHandler;
import kz.birge.bot.Reply;
import kz.birge.i18n.Lang;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** /profile, /lang and /help, and the buttons that change a profile. */
@Configuration(proxyBeanMethods = false)
class ProfileCommands {

	@CallbackData.Prefix("lg")
	record ChooseLang(Lang lang) implements CallbackData {
	}

	@Bean
	CommandHandler profileCommand(Profiles profiles) {
		return CommandHandler.of("profile", 20, (ctx, args) -> profiles.show(ctx));
	}

	@Bean
	CommandHandler langCommand() {
		return CommandHandler.of("lang", 30, (ctx, args) -> askLang(ctx));
	}

	@Bean
	CommandHandler helpCommand(Users users) {
		return CommandHandler.of("help", 10, (ctx, args) -> ctx.say(helpKey(users.get(ctx.userId()).role())));
	}

	@Bean
	CallbackHandler<Profiles.EditProfile> editProfileButton(Users users, Profiles profiles, Onboarding onboarding) {
		return CallbackHandler.of(Profiles.EditProfile.class, (ctx, data) -> {
			if (!profiles.editable(users.get(ctx.userId()), data.step())) {
				ctx.notice("bot.button-outdated");
				return;
			}
			onboarding.edit(ctx, data.step());
		});
	}

	@Bean
	CallbackHandler<Profiles.ChangeLanguage> changeLanguageButton() {
		return CallbackHandler.of(Profiles.ChangeLanguage.class, (ctx, data) -> askLang(ctx));
	}

	@Bean
	CallbackHandler<ChooseLang> chooseLangButton(Users users) {
		return CallbackHandler.of(ChooseLang.class, (ctx, data) -> {
			users.setLang(ctx.userId(), data.lang());
			ctx.switchLang(data.lang());
			ctx.show(Reply.text(ctx.t("lang.changed", ctx.t("lang.name"))));
		});
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
