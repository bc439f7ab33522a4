package kz.birge.attendance;

import java.util.List;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Reply;
import kz.birge.bot.Subject;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Occurrence;
import kz.birge.user.User;
import kz.birge.user.Users;

/**
 * The one place a phone number is shown to someone else: a coordinator's "contact" button
 * beside a person on a roster of their organisation, for when they need to reach them.
 * Teachers do not get it, and a person not on that roster is refused.
 */
@ChatHandlers
class RosterContacts {

	/** A coordinator asks how to reach a person on an occurrence's roster. */
	@CallbackData.Prefix("pvr")
	record Contact(String occurrenceId, long userId) implements CallbackData, Subject.OfOccurrence {
	}

	private final Activities activities;

	private final Attendances attendances;

	private final Users users;

	RosterContacts(Activities activities, Attendances attendances, Users users) {
		this.activities = activities;
		this.attendances = attendances;
		this.users = users;
	}

	/**
	 * A roster line's row: its toggle, and for a coordinator a contact button beside a
	 * person with an account.
	 */
	static List<Button> row(BotContext ctx, Occurrence occurrence, Attendances.Line line, Button toggle) {
		if (ctx.caller().standing() != Access.COORDINATOR || line.userId().isEmpty()) {
			return List.of(toggle);
		}
		return List.of(toggle,
				ctx.buttonOf("privacy.contact-button", new Contact(occurrence.id(), line.userId().get())));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void contact(BotContext ctx, Contact data) {
		Optional<Occurrence> occurrence = this.activities.occurrence(data.occurrenceId());
		Optional<Long> person = Optional.of(data.userId());
		boolean onRoster = occurrence.isPresent()
				&& this.attendances.roster(occurrence.get()).stream().anyMatch((line) -> line.userId().equals(person));
		Optional<User> user = onRoster ? this.users.find(data.userId()) : Optional.empty();
		if (user.isEmpty()) {
			ctx.outdated();
			return;
		}
		String name = user.get().displayName();
		ctx.reply(Reply.text(user.get()
			.phoneNumber()
			.map((phone) -> ctx.t("privacy.contact", name, phone))
			.orElseGet(() -> ctx.t("privacy.contact-no-phone", name))));
	}

}
