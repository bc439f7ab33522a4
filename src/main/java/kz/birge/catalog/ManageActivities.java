package kz.birge.catalog;

import kz.birge.bot.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.CallbackHandler;
import kz.birge.bot.CommandHandler;
import kz.birge.bot.Conversation;
import kz.birge.bot.ConversationHandler;
import kz.birge.bot.Incoming;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Reply;
import kz.birge.system.BirgeProperties;
import kz.birge.user.User;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /activities: a coordinator's coming activities, five a page; each opens a card to rename it,
 * move it, change its place or seats, open it to all grades, cancel or restore it.
 */
@Configuration(proxyBeanMethods = false)
class ManageActivities implements ConversationHandler {

	static final String FLOW = "edit-activity";

	static final int PAGE = 5;

	private static final int MAX_TEXT = 200;

	/** What a coordinator changes by typing. */
	enum Field {

		TITLE, PLACE, SEATS, WHEN

	}

	@CallbackData.Prefix("ma")
	record ListPage(int page) implements CallbackData {
	}

	@CallbackData.Prefix("mo")
	record Open(String activityId) implements CallbackData {
	}

	@CallbackData.Prefix("me")
	record Edit(String activityId, Field field) implements CallbackData {
	}

	@CallbackData.Prefix("mt")
	record ToggleOpen(String activityId) implements CallbackData {
	}

	@CallbackData.Prefix("mc")
	record Cancel(String activityId, boolean confirmed) implements CallbackData {
	}

	@CallbackData.Prefix("mr")
	record Restore(String activityId) implements CallbackData {
	}

	private final Coordinators coordinators;

	private final Activities activities;

	private final Catalogue catalogue;

	private final ZoneId zone;

	private final Clock clock;

	ManageActivities(Coordinators coordinators, Activities activities, Catalogue catalogue, BirgeProperties properties,
			Clock clock) {
		this.coordinators = coordinators;
		this.activities = activities;
		this.catalogue = catalogue;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	@Override
	public String flow() {
		return FLOW;
	}

	@Bean
	CommandHandler activitiesCommand() {
		return CommandHandler.of("activities", 42, CommandHandler.MenuAudience.COORDINATORS, (ctx, args) -> list(ctx, 0, false));
	}

	@Bean
	CallbackHandler<ListPage> activitiesPageButton() {
		return CallbackHandler.of(ListPage.class, (ctx, data) -> list(ctx, data.page(), true));
	}

	@Bean
	CallbackHandler<Open> openActivityButton() {
		return CallbackHandler.of(Open.class, (ctx, data) -> managed(ctx, data.activityId()).ifPresent((a) -> card(ctx, a, true)));
	}

	@Bean
	CallbackHandler<Edit> editActivityButton() {
		return CallbackHandler.of(Edit.class, (ctx, data) -> managed(ctx, data.activityId()).ifPresent((activity) -> {
			if (data.field() == Field.WHEN && this.activities.occurrences(activity.id()).size() != 1) {
				ctx.notice("manage.cannot-move-repeating");
				return;
			}
			ctx.converse(new Conversation(FLOW, data.field().name(), java.util.Map.of("activity", activity.id())));
			ctx.say("manage.ask." + data.field().name());
		}));
	}

	@Bean
	CallbackHandler<ToggleOpen> toggleOpenButton() {
		return CallbackHandler.of(ToggleOpen.class, (ctx, data) -> managed(ctx, data.activityId())
			.ifPresent((activity) -> card(ctx, this.activities.setOpenToAll(activity.id(), !activity.openToAll()), true)));
	}

	@Bean
	CallbackHandler<Cancel> cancelActivityButton() {
		return CallbackHandler.of(Cancel.class, (ctx, data) -> managed(ctx, data.activityId()).ifPresent((activity) -> {
			if (!data.confirmed()) {
				ctx.show(new Reply(ctx.t("manage.confirm-cancel", activity.title()),
						BotContext.inline(List.of(ctx.buttonOf("manage.yes-cancel", new Cancel(activity.id(), true)),
								ctx.buttonOf("manage.back", new Open(activity.id()))), 1)));
				return;
			}
			card(ctx, this.activities.cancel(activity.id()), true);
		}));
	}

	@Bean
	CallbackHandler<Restore> restoreActivityButton() {
		return CallbackHandler.of(Restore.class, (ctx, data) -> managed(ctx, data.activityId())
			.ifPresent((activity) -> card(ctx, this.activities.restore(activity.id()), true)));
	}

	// ------------------------------------------------------------------ list and card

	private void list(BotContext ctx, int page, boolean inPlace) {
		Optional<User> coordinator = this.coordinators.coordinator(ctx.userId());
		if (coordinator.isEmpty()) {
			ctx.say("manage.not-allowed");
			return;
		}
		int from = Math.max(0, page) * PAGE;
		List<Activity> found = this.activities.upcoming(coordinator.get().organisation(), this.clock.instant(), from, PAGE + 1);
		if (found.isEmpty()) {
			Reply empty = Reply.text(ctx.t(page == 0 ? "manage.none" : "manage.no-more"));
			ctx.present(empty, inPlace);
			return;
		}
		List<List<Button>> rows = new ArrayList<>();
		found.stream().limit(PAGE).forEach((activity) -> rows.add(List.of(ctx.button(Texts.shorten(activity.title(), 60), new Open(activity.id())))));
		List<Button> paging = new ArrayList<>();
		if (page > 0) {
			paging.add(ctx.buttonOf("paging.previous", new ListPage(page - 1)));
		}
		if (found.size() > PAGE) {
			paging.add(ctx.buttonOf("paging.next", new ListPage(page + 1)));
		}
		if (!paging.isEmpty()) {
			rows.add(paging);
		}
		Reply reply = new Reply(ctx.t("manage.list", page + 1), new Keyboard.Inline(rows));
		ctx.present(reply, inPlace);
	}

	void card(BotContext ctx, Activity activity, boolean inPlace) {
		List<Occurrence> occurrences = this.activities.occurrences(activity.id());
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("card.title", activity.title()));
		if (activity.status() != ActivityStatus.ACTIVE) {
			lines.add(ctx.t("card.status." + activity.status().name()));
		}
		occurrences.stream()
			.filter((o) -> !o.cancelled())
			.filter((o) -> o.end().isAfter(this.clock.instant()))
			.findFirst()
			.or(() -> occurrences.stream().findFirst())
			.ifPresent((first) -> lines.add(ctx.t("card.when", ActivityText.when(ctx, first, this.zone))));
		if (occurrences.size() > 1) {
			lines.add(ctx.t("card.occurrences", occurrences.size()));
		}
		activity.places().forEach((place) -> lines.add(ctx.t("card.place", place)));
		activity.fraction()
			.flatMap((id) -> this.catalogue.fractions(activity.organisationId()).stream().filter((f) -> f.id().equals(id)).findFirst())
			.ifPresent((fraction) -> lines.add(ctx.t("card.fraction", fraction.name())));
		lines.add(ctx.t("card.audience", ActivityText.audience(ctx, activity)));
		lines.add(activity.seats().map((seats) -> ctx.t("card.seats", seats)).orElse(ctx.t("card.no-seat-limit")));
		List<Button> buttons = new ArrayList<>();
		buttons.add(ctx.buttonOf("manage.rename", new Edit(activity.id(), Field.TITLE)));
		buttons.add(ctx.buttonOf("manage.move", new Edit(activity.id(), Field.WHEN)));
		buttons.add(ctx.buttonOf("manage.place", new Edit(activity.id(), Field.PLACE)));
		buttons.add(ctx.buttonOf("manage.seats", new Edit(activity.id(), Field.SEATS)));
		buttons.add(ctx.buttonOf(activity.openToAll() ? "manage.close-to-grades" : "manage.open-to-all", new ToggleOpen(activity.id())));
		buttons.add(activity.status() == ActivityStatus.CANCELLED ? ctx.buttonOf("manage.restore", new Restore(activity.id()))
				: ctx.buttonOf("manage.cancel", new Cancel(activity.id(), false)));
		Reply reply = new Reply(String.join("\n", lines), BotContext.inline(buttons, 2));
		ctx.present(reply, inPlace);
	}

	private Optional<Activity> managed(BotContext ctx, String activityId) {
		Optional<Activity> activity = this.activities.find(activityId)
			.filter((found) -> this.coordinators.manages(ctx.userId(), found.organisationId()));
		if (activity.isEmpty()) {
			ctx.notice("manage.not-allowed");
		}
		return activity;
	}

	// ------------------------------------------------------------------ typed changes

	@Override
	public void onInput(BotContext ctx, Conversation conversation) {
		Optional<Field> field = conversation.step(Field.class);
		Optional<Activity> activity = conversation.get("activity").flatMap(this.activities::find)
			.filter((found) -> this.coordinators.manages(ctx.userId(), found.organisationId()));
		String text = (ctx.update().incoming() instanceof Incoming.Text typed) ? typed.text().strip().replaceAll("\\s+", " ") : "";
		if (field.isEmpty() || activity.isEmpty()) {
			ctx.endConversation();
			ctx.say("manage.not-allowed");
			return;
		}
		String id = activity.get().id();
		Optional<Activity> changed = switch (field.get()) {
			case TITLE -> valid(text) ? Optional.of(this.activities.rename(id, text)) : refuse(ctx, "manage.bad-text", MAX_TEXT);
			case PLACE -> valid(text) ? Optional.of(this.activities.setPlace(id, text)) : refuse(ctx, "manage.bad-text", MAX_TEXT);
			case SEATS -> seats(text).map((seats) -> this.activities.setCapacity(id, seats))
				.or(() -> refuse(ctx, "new.bad-seats", Activities.MAX_SEATS));
			case WHEN -> move(ctx, id, text);
		};
		changed.ifPresent((updated) -> {
			ctx.endConversation();
			ctx.say("manage.saved");
			card(ctx, updated, false);
		});
	}

	private Optional<Activity> move(BotContext ctx, String id, String text) {
		return TypedTime.coming(ctx, text, this.zone, this.clock)
			.map((when) -> this.activities.move(id, when.start(), when.end(), when.allDay()));
	}

	/** A number of seats, or "0"/"-" for no limit. */
	private static Optional<Optional<Integer>> seats(String text) {
		if (text.equals("0") || text.equals("-")) {
			return Optional.of(Optional.empty());
		}
		if (text.matches("\\d{1,6}") && Integer.parseInt(text) <= Activities.MAX_SEATS) {
			return Optional.of(Optional.of(Integer.parseInt(text)));
		}
		return Optional.empty();
	}

	private static boolean valid(String text) {
		return text.length() >= 2 && text.length() <= MAX_TEXT && !text.startsWith("/");
	}

	private static Optional<Activity> refuse(BotContext ctx, String key, Object... args) {
		ctx.say(key, args);
		return Optional.empty();
	}


}
