package kz.birge.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.birge.i18n.Messages;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import kz.birge.user.Users;

/**
 * A Birge of a test class's own, for tests that change what every other test would see
 * (the organisations, the demo plans). Start it in {@code @BeforeAll}, close it in
 * {@code @AfterAll}.
 */
public final class OwnBirge implements AutoCloseable {

	private final FakeBotApi api;

	private final BirgeInstance birge;

	private OwnBirge(Map<String, Object> properties, Class<?>... configuration) throws IOException {
		this.api = FakeBotApi.start(BirgeInstance.TOKEN);
		Path dataDir = Files.createTempDirectory("birge-own");
		this.birge = BirgeInstance.start(this.api, dataDir, "birge_own_" + UUID.randomUUID().toString().substring(0, 8),
				properties, configuration);
	}

	public static OwnBirge start(Map<String, Object> properties, Class<?>... configuration) {
		try {
			return new OwnBirge(properties, configuration);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public FakeBotApi api() {
		return this.api;
	}

	public BirgeInstance birge() {
		return this.birge;
	}

	public TestChat newChat(String firstName, String languageCode) {
		return new TestChat(this.api, this.birge.bean(Messages.class), People.fresh(firstName, languageCode));
	}

	/**
	 * A person who has written to the bot and is then made a student of this class, or a
	 * member of staff in {@code role}, of {@code organisation} through the people's
	 * service.
	 */
	public TestChat member(String name, String language, Role role, Optional<SchoolClass> schoolClass,
			String organisation) {
		TestChat chat = newChat(name, language);
		chat.send("/help");
		chat.expect("help.newcomer");
		Users users = this.birge.bean(Users.class);
		if (role == Role.STUDENT) {
			users.becomeStudent(chat.id(), schoolClass.orElseThrow(), Optional.of(organisation));
		}
		else {
			users.becomeStaff(chat.id(), role, Optional.of(organisation));
		}
		return chat;
	}

	public TestChat admin() {
		return new TestChat(this.api, this.birge.bean(Messages.class),
				new TgUser(BirgeInstance.ADMIN_ID, "Aliya", "Serikova", null, "kk"));
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
