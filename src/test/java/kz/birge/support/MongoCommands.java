package kz.birge.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the commands the bot sends to the database, so a test can count the queries
 * behind a reply.
 */
public final class MongoCommands implements CommandListener {

	/** The recorder of the Birge started with {@link Config}. */
	public static final MongoCommands RECORDED = new MongoCommands();

	/** The threads that handle updates, one chat at a time each. */
	private static final Pattern HANDLING = Pattern.compile("birge-chat-\\d+");

	private final List<String> commands = new CopyOnWriteArrayList<>();

	private final List<String> handling = new CopyOnWriteArrayList<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		String collection = (event.getCommand().containsKey(event.getCommandName())
				&& event.getCommand().get(event.getCommandName()).isString())
						? event.getCommand().getString(event.getCommandName()).getValue() : "";
		String command = event.getCommandName() + " " + collection;
		this.commands.add(command);
		if (HANDLING.matcher(Thread.currentThread().getName()).matches()) {
			this.handling.add(command);
		}
	}

	public void clear() {
		this.commands.clear();
		this.handling.clear();
	}

	/**
	 * The commands sent while handling updates: not those of scheduled jobs, nor the
	 * update ids written in batches.
	 */
	public List<String> handling() {
		return List.copyOf(this.handling);
	}

	public List<String> commands() {
		return List.copyOf(this.commands);
	}

	/** Adds the recorder to the application's MongoDB client. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		MongoClientSettingsBuilderCustomizer recordCommands() {
			return (builder) -> builder.addCommandListener(RECORDED);
		}

	}

}
