package kz.birge.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import kz.birge.i18n.Messages;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One fake Bot API and one running Birge shared by every scenario test class of a test
 * run, so the application starts once. Tests keep out of each other's way by using people
 * of their own ({@link People}); the instance is closed when the run ends.
 */
public final class SharedBirge implements AutoCloseable {

	private final FakeBotApi api;

	private final BirgeInstance birge;

	private final Path dataDir;

	private SharedBirge() throws IOException {
		this.api = FakeBotApi.start(BirgeInstance.TOKEN);
		this.dataDir = Files.createTempDirectory("birge-shared");
		this.birge = BirgeInstance.start(this.api, this.dataDir,
				"birge_test_" + UUID.randomUUID().toString().substring(0, 8), Map.of(), TestCommands.Handlers.class);
	}

	/** The shared instance, started by the first test that asks. */
	public static SharedBirge get(ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.getOrComputeIfAbsent(SharedBirge.class, (key) -> {
				try {
					return new SharedBirge();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}, SharedBirge.class);
	}

	/** Gives a test class the shared instance through its constructor. */
	public static final class Extension implements ParameterResolver {

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == SharedBirge.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return SharedBirge.get(context);
		}

	}

	/**
	 * A new person, never seen by the bot, whose Telegram speaks {@code languageCode}.
	 */
	public TestChat newChat(String firstName, String languageCode) {
		return new TestChat(this.api, this.birge.bean(Messages.class), People.fresh(firstName, languageCode));
	}

	/** The coordinator of BIRGE_ADMIN_IDS. */
	public TestChat admin() {
		return new TestChat(this.api, this.birge.bean(Messages.class),
				new TgUser(BirgeInstance.ADMIN_ID, "Aliya", "Serikova", null, "kk"));
	}

	public FakeBotApi api() {
		return this.api;
	}

	public BirgeInstance birge() {
		return this.birge;
	}

	@Override
	public void close() {
		if (BirgeInstance.realMongo()) {
			this.birge.dropDatabase();
		}
		this.birge.close();
		this.api.close();
	}

}
