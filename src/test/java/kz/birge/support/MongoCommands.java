package kz.birge.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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

	private final List<String> commands = new CopyOnWriteArrayList<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		String collection = (event.getCommand().containsKey(event.getCommandName())
				&& event.getCommand().get(event.getCommandName()).isString())
						? event.getCommand().getString(event.getCommandName()).getValue() : "";
		this.commands.add(event.getCommandName() + " " + collection);
	}

	public void clear() {
		this.commands.clear();
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
