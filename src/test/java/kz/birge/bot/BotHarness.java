package kz.birge.bot;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ch.qos.logback.classic.Level;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kz.birge.i18n.Lang;
import kz.birge.i18n.Messages;
import kz.birge.support.MutableClock;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The bot module alone: its dispatcher, routes and conversation store on an in-memory
 * database, with a sender that records what it would send, people whose standing a test
 * sets, and the handlers of the test that starts it. No Telegram, no other module.
 */
final class BotHarness implements AutoCloseable {

	static {
		for (String quiet : List.of("de.bwaldvogel", "org.mongodb")) {
			((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(quiet)).setLevel(Level.WARN);
		}
	}

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T04:00:00Z"));

	final RecordingSender sender = new RecordingSender();

	final Map<Long, Caller> people = new HashMap<>();

	final Map<Subject, String> owners = new HashMap<>();

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client;

	private final AnnotationConfigApplicationContext context;

	private long nextUpdate = 1;

	BotHarness(Class<?>... handlers) {
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.context = new AnnotationConfigApplicationContext();
		this.context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("harness", Map.of("birge.messages.strict", "true")));
		this.context.registerBean(MongoTemplate.class, () -> new MongoTemplate(this.client, "bot"));
		this.context.registerBean(MutableClock.class, () -> this.clock);
		this.context.registerBean(Sender.class, () -> this.sender);
		this.context.registerBean(MeterRegistry.class, SimpleMeterRegistry::new);
		this.context.registerBean(PersonDirectory.class, () -> (person, chatId) -> this.people.getOrDefault(person.id(),
				Caller.member(Lang.EN, Optional.empty())));
		this.context.registerBean(Subject.Directory.class,
				() -> (subject) -> Optional.ofNullable(this.owners.get(subject)));
		this.context.register(Setup.class);
		for (Class<?> handler : handlers) {
			this.context.registerBean(handler);
		}
		this.context.refresh();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(BotProperties.class)
	@ComponentScan(basePackages = { "kz.birge.bot", "kz.birge.i18n" },
			excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ChatHandlers.class))
	static class Setup {

	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	String t(String key, Object... args) {
		return bean(Messages.class).get(Lang.EN, key, args);
	}

	void as(long userId, Access standing, Optional<String> organisationId) {
		this.people.put(userId, new Caller(Lang.EN, standing, organisationId));
	}

	void send(long userId, Incoming incoming) {
		Person person = new Person(userId, "Test", "", "", "en");
		bean(Dispatcher.class).dispatch(new UpdateContext(this.nextUpdate++, userId, person, incoming));
	}

	void type(long userId, String text) {
		send(userId, new Incoming.Text(text));
	}

	void tap(long userId, CallbackData data) {
		send(userId, new Incoming.Callback("q" + this.nextUpdate, 1, bean(CallbackCodec.class).encode(data)));
	}

	/** Taps the button labelled {@code label} on the last message that has one. */
	void tap(long userId, String label) {
		for (int i = this.sender.sent.size() - 1; i >= 0; i--) {
			if (this.sender.sent.get(i).keyboard() instanceof Keyboard.Inline inline) {
				Optional<Button> button = inline.rows()
					.stream()
					.flatMap(List::stream)
					.filter((b) -> b.text().equals(label))
					.findFirst();
				if (button.isPresent()) {
					send(userId, new Incoming.Callback("q" + this.nextUpdate, i, button.get().data()));
					return;
				}
			}
		}
		throw new AssertionError("No button " + label + " in " + this.sender.sent);
	}

	void wait(Duration duration) {
		this.clock.advance(duration);
	}

	@Override
	public void close() {
		this.context.close();
		this.client.close();
		this.server.shutdownNow();
	}

	/** What the bot sent, edited and noticed, in order. */
	static final class RecordingSender implements Sender {

		final List<Reply> sent = new ArrayList<>();

		final List<String> notices = new ArrayList<>();

		final List<String> documents = new ArrayList<>();

		List<String> texts() {
			return this.sent.stream().map(Reply::text).toList();
		}

		String last() {
			return this.sent.get(this.sent.size() - 1).text();
		}

		void clear() {
			this.sent.clear();
			this.notices.clear();
			this.documents.clear();
		}

		@Override
		public int send(long chatId, Reply reply) {
			this.sent.add(reply);
			return this.sent.size() - 1;
		}

		@Override
		public void edit(long chatId, int messageId, Reply reply) {
			this.sent.add(reply);
		}

		@Override
		public void answerCallback(String queryId, String notice) {
			if (!notice.isEmpty()) {
				this.notices.add(notice);
			}
		}

		@Override
		public void sendDocument(long chatId, String fileName, byte[] content, String caption) {
			this.documents.add(fileName);
		}

		@Override
		public byte[] download(String fileId) {
			return new byte[0];
		}

		@Override
		public String botUsername() {
			return "birge_test_bot";
		}

	}

}
