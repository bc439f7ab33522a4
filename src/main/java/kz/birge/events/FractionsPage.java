package kz.birge.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.Reply;
import kz.birge.bot.Texts;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Fraction;
import kz.birge.user.Role;
import kz.birge.user.User;

import org.springframework.stereotype.Component;

/**
 * The list /fractions shows: a student's school's fractions, each with its projects and a
 * join or leave button; and the rule that only a student of that school joins them.
 */
@Component
class FractionsPage {

	private static final int BUTTON_NAME_WIDTH = 40;

	/** List marks before a fraction's name: one the person belongs to, and any other. */
	private static final String MEMBER_MARK = "✓ ";

	private static final String OTHER_MARK = "• ";

	private static final String PROJECT_INDENT = "   ";

	private final Catalogue catalogue;

	private final FractionMembers members;

	FractionsPage(Catalogue catalogue, FractionMembers members) {
		this.catalogue = catalogue;
		this.members = members;
	}

	/** True when {@code user} is a student of the school the fraction belongs to. */
	boolean mayJoin(User user, String fractionId) {
		return user.role() == Role.STUDENT && user.organisation()
			.map((organisation) -> this.catalogue.fractions(organisation)
				.stream()
				.anyMatch((f) -> f.id().equals(fractionId)))
			.orElse(false);
	}

	/** Joins the fraction, or leaves it when already a member; true when joined. */
	boolean toggle(User user, String fractionId) {
		if (this.members.fractionsOf(user.id()).contains(fractionId)) {
			this.members.leave(fractionId, user.id());
			return false;
		}
		this.members.join(fractionId, user.id());
		return true;
	}

	/** Shows the fractions, in place of the message tapped when {@code inPlace}. */
	void show(BotContext ctx, User user, boolean inPlace) {
		List<Fraction> fractions = user.organisation().map(this.catalogue::fractions).orElse(List.of());
		if (user.role() != Role.STUDENT || fractions.isEmpty()) {
			ctx.say((user.role() == Role.STUDENT) ? "fractions.none" : "fractions.students-only");
			return;
		}
		Set<String> mine = this.members.fractionsOf(user.id());
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("fractions.title"));
		List<Button> buttons = new ArrayList<>();
		for (Fraction fraction : fractions) {
			boolean member = mine.contains(fraction.id());
			lines.add("");
			lines.add((member ? MEMBER_MARK : OTHER_MARK) + fraction.name());
			fraction.projects().forEach((project) -> lines.add(PROJECT_INDENT + project));
			buttons.add(ctx.button(
					ctx.t(member ? "fractions.leave" : "fractions.join",
							Texts.shorten(fraction.name(), BUTTON_NAME_WIDTH)),
					new FractionsHandlers.Toggle(fraction.id())));
		}
		ctx.present(new Reply(String.join("\n", lines), BotContext.inline(buttons, 1)), inPlace);
	}

}
