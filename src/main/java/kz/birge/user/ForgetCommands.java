package kz.birge.user;

import java.util.List;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Notifier;
import kz.birge.bot.Reply;
import kz.birge.bot.Texts;

/**
 * /forget: anyone erases everything Birge keeps of them, after a confirmation. A
 * coordinator, at a parent's request, also erases a student or volunteer of their own
 * organisation: "/forget" and part of the name, a choice among those found, a
 * confirmation; the person is told if Birge can still reach them. Whom a coordinator may
 * erase is checked again on every tap.
 */
@ChatHandlers
class ForgetCommands {

	/** The longest search text echoed back. */
	private static final int MAX_ECHO = 64;

	/** Erase me ({@code sure}) or keep me. */
	@CallbackData.Prefix("pvm")
	record ForgetMe(boolean sure) implements CallbackData {
	}

	/** A coordinator chose this person among those found. */
	@CallbackData.Prefix("pvp")
	record ForgetPerson(long userId) implements CallbackData {
	}

	/** A coordinator's answer to "erase this person?". */
	@CallbackData.Prefix("pvc")
	record ConfirmForgetPerson(long userId, boolean sure) implements CallbackData {
	}

	private final Forgetting forgetting;

	private final Users users;

	private final Notifier notifier;

	ForgetCommands(Forgetting forgetting, Users users, Notifier notifier) {
		this.forgetting = forgetting;
		this.users = users;
		this.notifier = notifier;
	}

	@ChatHandlers.Command(value = "forget", menu = 35)
	void forget(BotContext ctx, String arguments) {
		boolean coordinator = ctx.caller().standing() == Access.COORDINATOR;
		if (coordinator && !arguments.isBlank()) {
			search(ctx, arguments);
			return;
		}
		ctx.endConversation();
		ctx.reply(new Reply(ctx.t("privacy.ask-forget-me"),
				BotContext.inline(List.of(ctx.buttonOf("privacy.forget-me", new ForgetMe(true)),
						ctx.buttonOf("privacy.keep-me", new ForgetMe(false))), 1)));
		if (coordinator) {
			ctx.say("privacy.coordinator-hint");
		}
	}

	@ChatHandlers.Button
	void forgetMe(BotContext ctx, ForgetMe data) {
		if (!data.sure()) {
			ctx.show(Reply.text(ctx.t("privacy.kept")));
			return;
		}
		// the reply is composed before the person and their language are gone
		Reply done = Reply.text(ctx.t("privacy.forgotten-me"));
		this.forgetting.forget(ctx.userId());
		ctx.show(done);
	}

	private void search(BotContext ctx, String text) {
		List<User> found = this.forgetting.search(ctx.caller(), text);
		if (found.isEmpty()) {
			ctx.say("privacy.nobody-found", Texts.shorten(text.strip(), MAX_ECHO));
			return;
		}
		List<Button> buttons = found.stream()
			.map((person) -> ctx.button(Texts.shorten(label(person), MAX_ECHO), new ForgetPerson(person.id())))
			.toList();
		ctx.reply(new Reply(ctx.t("privacy.choose-person"), BotContext.inline(buttons, 1)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void choose(BotContext ctx, ForgetPerson data) {
		Optional<User> person = erasable(ctx, data.userId());
		if (person.isEmpty()) {
			return;
		}
		ctx.show(new Reply(ctx.t("privacy.ask-forget-person", label(person.get())),
				BotContext.inline(
						List.of(ctx.buttonOf("privacy.forget-person", new ConfirmForgetPerson(data.userId(), true)),
								ctx.buttonOf("privacy.keep-person", new ConfirmForgetPerson(data.userId(), false))),
						1)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void confirm(BotContext ctx, ConfirmForgetPerson data) {
		if (!data.sure()) {
			ctx.show(Reply.text(ctx.t("privacy.kept-person")));
			return;
		}
		Optional<User> person = erasable(ctx, data.userId());
		if (person.isEmpty()) {
			return;
		}
		User erased = person.get();
		String name = label(erased);
		this.forgetting.forget(erased.id());
		this.notifier.tell(erased.chatId(), erased.id(), erased.lang(),
				(told) -> told.say("privacy.forgotten-by-coordinator"));
		ctx.show(Reply.text(ctx.t("privacy.forgotten-person", name)));
	}

	/**
	 * The person, when this coordinator may erase them; otherwise says why not and is
	 * empty.
	 */
	private Optional<User> erasable(BotContext ctx, long userId) {
		Optional<User> person = this.users.find(userId);
		if (person.isEmpty()) {
			ctx.show(Reply.text(ctx.t("privacy.already-gone")));
			return Optional.empty();
		}
		if (!this.forgetting.mayErase(ctx.caller(), person.get())) {
			ctx.show(Reply.text(ctx.t("privacy.not-yours")));
			return Optional.empty();
		}
		return person;
	}

	private static String label(User person) {
		return person.schoolClass()
			.map((schoolClass) -> person.displayName() + ", " + schoolClass)
			.orElse(person.displayName());
	}

}
