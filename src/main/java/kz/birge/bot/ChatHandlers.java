package kz.birge.bot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Component;

/**
 * Marks a bean whose methods answer people: {@link Command}, {@link Button},
 * {@link DeepLink} and {@link Documents} methods. Each method declares who may use it;
 * the dispatcher checks that before the method runs. A {@link Flow} is such a bean too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface ChatHandlers {

	/**
	 * Answers a command, such as /start. The method takes {@code (BotContext)} or
	 * {@code (BotContext, String arguments)}.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@interface Command {

		/** The command without the slash, lower case. */
		String value();

		/**
		 * Where the command stands in Telegram's command menu, or a negative number to
		 * leave it out. Its description there is the message "command.NAME"; it shows in
		 * the menus of those with the access it needs.
		 */
		int menu() default -1;

		Access access() default Access.ANYONE;

	}

	/**
	 * Answers taps on the buttons of one callback data type, the method's second
	 * parameter: {@code (BotContext, T)}. On a {@link Flow}, a button with {@code steps}
	 * works only while the person's conversation is at one of them, and the method takes
	 * the draft as a third parameter. When the data is {@link Subject.Scoped}, the person
	 * must have the access for its organisation.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@interface Button {

		Access access() default Access.ANYONE;

		/**
		 * The flow's steps (names of its step enum) at which the button works; none: at
		 * any time.
		 */
		String[] steps() default {};

	}

	/**
	 * Opens a deep link {@code https://t.me/<bot>?start=<payload>} whose payload starts
	 * with {@code prefix}: an invite, an activity's card. The method takes
	 * {@code (BotContext, String payload)}.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@interface DeepLink {

		/** Letters, digits, '_' and '-' only, as Telegram allows. */
		String prefix();

		/** True when a newcomer must finish onboarding before the link opens. */
		boolean afterOnboarding() default true;

	}

	/**
	 * Takes a file sent as a document, whatever conversation is open (a coordinator's
	 * plan). The method takes {@code (BotContext, Incoming.Document)}.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@interface Documents {

		Access access() default Access.ANYONE;

	}

}
