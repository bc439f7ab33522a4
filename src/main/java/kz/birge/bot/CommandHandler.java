package kz.birge.bot;

import java.util.function.BiConsumer;

/** Answers one command, such as /start. */
public interface CommandHandler {

	/** The command without the slash, lower case. */
	String command();

	void onCommand(BotContext ctx, String arguments);

	/**
	 * Where the command stands in Telegram's command menu, or a negative number to leave it out.
	 * Its description there is the message "command.NAME".
	 */
	default int menuOrder() {
		return -1;
	}

	/** Who sees the command in their menu, when it has a place there. */
	enum MenuAudience {

		EVERYONE, STAFF, COORDINATORS

	}

	default MenuAudience menuAudience() {
		return MenuAudience.EVERYONE;
	}

	/** A command handler that passes the arguments to {@code action}. */
	static CommandHandler of(String name, int menuOrder, BiConsumer<BotContext, String> action) {
		return of(name, menuOrder, MenuAudience.EVERYONE, action);
	}

	/** A command handler shown in the menus of {@code audience} only. */
	static CommandHandler of(String name, int menuOrder, MenuAudience audience, BiConsumer<BotContext, String> action) {
		return new CommandHandler() {

			@Override
			public MenuAudience menuAudience() {
				return audience;
			}

			@Override
			public String command() {
				return name;
			}

			@Override
			public int menuOrder() {
				return menuOrder;
			}

			@Override
			public void onCommand(BotContext ctx, String arguments) {
				action.accept(ctx, arguments);
			}

			@Override
			public String toString() {
				return "/" + name;
			}

		};
	}

}
