package kz.birge.bot;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Every handler of the application, found once on the beans marked {@link ChatHandlers}:
 * commands by name, buttons by their callback prefix, deep links by prefix, flows by
 * name. Two handlers for one key, or a button declared for a step its flow lacks, stop
 * the application at start.
 */
@Component
public class Routes implements SmartInitializingSingleton {

	private final ApplicationContext context;

	private final Map<String, CommandRoute> commands = new HashMap<>();

	private final Map<String, ButtonRoute> buttons = new HashMap<>();

	private final List<LinkRoute> links = new ArrayList<>();

	private final Map<String, Flow<?, ?>> flows = new HashMap<>();

	private DocumentRoute documents;

	Routes(ApplicationContext context) {
		this.context = context;
	}

	/**
	 * A method of a handler bean, called with the arguments its kind of handler takes.
	 */
	record Target(Object bean, Method method) {

		void call(Object... args) {
			try {
				this.method.invoke(this.bean, Arrays.copyOf(args, this.method.getParameterCount()));
			}
			catch (InvocationTargetException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public String toString() {
			return this.method.getDeclaringClass().getSimpleName() + "." + this.method.getName();
		}

	}

	record CommandRoute(String name, int menu, Access access, Target target) {
	}

	record ButtonRoute(Class<? extends CallbackData> type, Access access, Optional<Flow<?, ?>> flow, Set<String> steps,
			Target target) {
	}

	/** A deep link's handler: opens the payload. */
	public record LinkRoute(String prefix, boolean afterOnboarding, Target target) {

		public void open(BotContext ctx, String payload) {
			this.target.call(ctx, payload);
		}

	}

	record DocumentRoute(Access access, Target target) {
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (Object bean : this.context.getBeansWithAnnotation(ChatHandlers.class).values()) {
			Class<?> type = AopUtils.getTargetClass(bean);
			if (bean instanceof Flow<?, ?> flow) {
				unique(this.flows, flow.name(), flow);
			}
			for (Method method : type.getDeclaredMethods()) {
				register(bean, method);
			}
		}
	}

	private void register(Object bean, Method method) {
		Target target = new Target(bean, method);
		ChatHandlers.Command command = method.getAnnotation(ChatHandlers.Command.class);
		ChatHandlers.Button button = method.getAnnotation(ChatHandlers.Button.class);
		ChatHandlers.DeepLink link = method.getAnnotation(ChatHandlers.DeepLink.class);
		ChatHandlers.Documents documents = method.getAnnotation(ChatHandlers.Documents.class);
		if (command == null && button == null && link == null && documents == null) {
			return;
		}
		method.setAccessible(true);
		if (command != null) {
			unique(this.commands, command.value(),
					new CommandRoute(command.value(), command.menu(), command.access(), target));
		}
		if (button != null) {
			registerButton(bean, method, button, target);
		}
		if (link != null) {
			this.links.add(new LinkRoute(link.prefix(), link.afterOnboarding(), target));
		}
		if (documents != null) {
			if (this.documents != null) {
				throw new IllegalStateException(
						"Two handlers for documents: " + this.documents.target() + ", " + target);
			}
			this.documents = new DocumentRoute(documents.access(), target);
		}
	}

	@SuppressWarnings("unchecked")
	private void registerButton(Object bean, Method method, ChatHandlers.Button button, Target target) {
		Class<?>[] parameters = method.getParameterTypes();
		if (parameters.length < 2 || !CallbackData.class.isAssignableFrom(parameters[1])) {
			throw new IllegalStateException(target + ": a button handler takes (BotContext, its callback data)");
		}
		Class<? extends CallbackData> type = (Class<? extends CallbackData>) parameters[1];
		Optional<Flow<?, ?>> flow = Optional.empty();
		if (button.steps().length > 0) {
			if (!(bean instanceof Flow<?, ?> owner)) {
				throw new IllegalStateException(target + ": only a flow's buttons name steps");
			}
			Arrays.stream(button.steps()).forEach((step) -> Enum.valueOf(owner.steps(), step));
			flow = Optional.of(owner);
		}
		unique(this.buttons, CallbackCodec.prefixOf(type),
				new ButtonRoute(type, button.access(), flow, Set.of(button.steps()), target));
	}

	private static <V> void unique(Map<String, V> map, String key, V value) {
		V before = map.putIfAbsent(key, value);
		if (before != null) {
			throw new IllegalStateException("Two handlers for \"" + key + "\": " + before + ", " + value);
		}
	}

	Optional<CommandRoute> command(String name) {
		return Optional.ofNullable(this.commands.get(name));
	}

	Optional<ButtonRoute> button(String prefix) {
		return Optional.ofNullable(this.buttons.get(prefix));
	}

	Optional<Flow<?, ?>> flow(String name) {
		return Optional.ofNullable(this.flows.get(name));
	}

	Optional<DocumentRoute> documents() {
		return Optional.ofNullable(this.documents);
	}

	/** The deep link handler for a /start payload. */
	public Optional<LinkRoute> link(String payload) {
		return this.links.stream()
			.filter((route) -> payload.startsWith(route.prefix()) && payload.length() > route.prefix().length())
			.findFirst();
	}

	/** The commands of the menu of those with {@code access}, in order. */
	public List<String> menu(Access access) {
		return this.commands.values()
			.stream()
			.filter((route) -> route.menu() >= 0 && access.covers(route.access()))
			.sorted(Comparator.comparingInt(CommandRoute::menu))
			.map(CommandRoute::name)
			.toList();
	}

	/** Every command with the access it needs: for tests and the README. */
	public Map<String, Access> commandAccess() {
		return this.commands.values().stream().collect(Collectors.toMap(CommandRoute::name, CommandRoute::access));
	}

	/** Every button type with the access it needs. */
	public Map<Class<? extends CallbackData>, Access> buttonAccess() {
		return this.buttons.values().stream().collect(Collectors.toMap(ButtonRoute::type, ButtonRoute::access));
	}

}
