package kz.birge.support.cluster;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import kz.birge.bot.BotContext;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.ChatLeases;
import kz.birge.bot.Reply;

/**
 * A command for tests of several instances: {@code /paced N} notes when it began and
 * ended on which instance, takes a little while, and answers "paced N". The notes of all
 * instances in the JVM go to one list.
 */
@ChatHandlers
public class PacedHandlers {

	/** Every handling of /paced, on every instance, as it ended. */
	public static final ConcurrentLinkedQueue<Handling> HANDLINGS = new ConcurrentLinkedQueue<>();

	private final ChatLeases leases;

	PacedHandlers(ChatLeases leases) {
		this.leases = leases;
	}

	@ChatHandlers.Command("paced")
	void paced(BotContext ctx, String arguments) {
		long began = System.nanoTime();
		try {
			Thread.sleep(15);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		ctx.reply(Reply.text("paced " + arguments.strip()));
		HANDLINGS.add(new Handling(ctx.chatId(), arguments.strip(), this.leases.owner(), began, System.nanoTime()));
	}

	/** The handlings of one chat. */
	public static List<Handling> of(long chatId) {
		return HANDLINGS.stream().filter((handling) -> handling.chatId() == chatId).toList();
	}

	/**
	 * One handling of /paced.
	 *
	 * @param chatId the chat
	 * @param argument what followed the command
	 * @param instance the instance's name in the leases
	 * @param began when it began ({@link System#nanoTime()})
	 * @param ended when it ended
	 */
	public record Handling(long chatId, String argument, String instance, long began, long ended) {

	}

}
