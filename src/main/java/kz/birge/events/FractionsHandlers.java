package kz.birge.events;

import kz.birge.bot.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.CallbackHandler;
import kz.birge.bot.CommandHandler;
import kz.birge.bot.Reply;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Fraction;
import kz.birge.user.Role;
import kz.birge.user.User;
import kz.birge.user.Users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** /fractions: the school parliament's fractions with their projects; a student joins and leaves them. */
@Configuration(proxyBeanMethods = false)
class FractionsHandlers {

	@CallbackData.Prefix("fj")
	record Toggle(String fractionId) implements CallbackData {
	}

	@Bean
	CommandHandler fractionsCommand(Users users, Catalogue catalogue, FractionMembers members) {
		return CommandHandler.of("fractions", 7, (ctx, args) -> show(ctx, users.get(ctx.userId()), catalogue, members, false));
	}

	@Bean
	CallbackHandler<Toggle> fractionToggleButton(Users users, Catalogue catalogue, FractionMembers members) {
		return CallbackHandler.of(Toggle.class, (ctx, data) -> {
			User user = users.get(ctx.userId());
			boolean ours = user.role() == Role.STUDENT && user.organisation()
				.map((organisation) -> catalogue.fractions(organisation).stream().anyMatch((f) -> f.id().equals(data.fractionId())))
				.orElse(false);
			if (!ours) {
				ctx.notice("fractions.not-yours");
				return;
			}
			if (members.fractionsOf(user.id()).contains(data.fractionId())) {
				members.leave(data.fractionId(), user.id());
				ctx.notice("fractions.left");
			}
			else {
				members.join(data.fractionId(), user.id());
				ctx.notice("fractions.joined");
			}
			show(ctx, user, catalogue, members, true);
		});
	}

	private static void show(BotContext ctx, User user, Catalogue catalogue, FractionMembers members, boolean inPlace) {
		List<Fraction> fractions = user.organisation().map(catalogue::fractions).orElse(List.of());
		if (user.role() != Role.STUDENT || fractions.isEmpty()) {
			ctx.say(user.role() == Role.STUDENT ? "fractions.none" : "fractions.students-only");
			return;
		}
		Set<String> mine = members.fractionsOf(user.id());
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("fractions.title"));
		List<Button> buttons = new ArrayList<>();
		for (Fraction fraction : fractions) {
			boolean member = mine.contains(fraction.id());
			lines.add("");
			lines.add((member ? "✓ " : "• ") + fraction.name());
			fraction.projects().forEach((project) -> lines.add("   " + project));
			buttons.add(ctx.button(ctx.t(member ? "fractions.leave" : "fractions.join", Texts.shorten(fraction.name(), 40)),
					new Toggle(fraction.id())));
		}
		Reply reply = new Reply(String.join("\n", lines), BotContext.inline(buttons, 1));
		ctx.present(reply, inPlace);
	}

}
