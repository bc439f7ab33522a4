package kz.birge.manage;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Flow;
import kz.birge.bot.Incoming;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Reply;
import kz.birge.bot.Subject;
import kz.birge.bot.Texts;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityStatus;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Occurrence;
import kz.birge.system.BirgeProperties;

/**
 * /activities: a coordinator's coming activities, five a page; each opens a card to
 * rename it, move it, change its place or seats, open it to all grades, cancel or restore
 * it. A change that is typed is a one-step flow whose draft names the activity.
 */
@ChatHandlers
class ManageActivities extends Flow<ManageActivities.Field, ManageActivities.Editing> {

	static final int PAGE = 5;

	private static final int MAX_TEXT = 200;

	private static final int TITLE_WIDTH = 60;

	/** What a coordinator changes by typing. */
	enum Field {

		TITLE, PLACE, SEATS, WHEN

	}

	/** The activity whose field is being typed. */
	record Editing(String activityId) implements Subject.OfActivity {
	}

	@CallbackData.Prefix("ma")
	record ListPage(int page) implements CallbackData {
	}

	@CallbackData.Prefix("mo")
	record Open(String activityId) implements CallbackData, Subject.OfActivity {
	}

	@CallbackData.Prefix("me")
	record Edit(String activityId, Field field) implements CallbackData, Subject.OfActivity {
	}

	@CallbackData.Prefix("mt")
	record ToggleOpen(String activityId) implements CallbackData, Subject.OfActivity {
	}

	@CallbackData.Prefix("mc")
	record Cancel(String activityId, boolean confirmed) implements CallbackData, Subject.OfActivity {
	}

	@CallbackData.Prefix("mr")
	record Restore(String activityId) implements CallbackData, Subject.OfActivity {
	}

	private final Activities activities;

	private final Catalogue catalogue;

	private final ZoneId zone;

	private final Clock clock;

	ManageActivities(Activities activities, Catalogue catalogue, BirgeProperties properties, Clock clock) {
		super("edit", Field.class, Editing.class);
		this.activities = activities;
		this.catalogue = catalogue;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	@Override
	protected Access access() {
		return Access.COORDINATOR;
	}

	@ChatHandlers.Command(value = "activities", menu = 42, access = Access.COORDINATOR)
	void activities(BotContext ctx) {
		list(ctx, 0, false);
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void page(BotContext ctx, ListPage data) {
		list(ctx, data.page(), true);
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void open(BotContext ctx, Open data) {
		this.activities.find(data.activityId()).ifPresent((activity) -> card(ctx, activity, true));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void edit(BotContext ctx, Edit data) {
		if (data.field() == Field.WHEN && this.activities.occurrences(data.activityId()).size() != 1) {
			ctx.notice("manage.cannot-move-repeating");
			return;
		}
		start(ctx, data.field(), new Editing(data.activityId()));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void toggleOpen(BotContext ctx, ToggleOpen data) {
		this.activities.find(data.activityId())
			.ifPresent(
					(activity) -> card(ctx, this.activities.setOpenToAll(activity.id(), !activity.openToAll()), true));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void cancel(BotContext ctx, Cancel data) {
		Optional<Activity> activity = this.activities.find(data.activityId());
		if (activity.isPresent() && !data.confirmed()) {
			ctx.show(new Reply(ctx.t("manage.confirm-cancel", activity.get().title()),
					BotContext.inline(List.of(ctx.buttonOf("manage.yes-cancel", new Cancel(data.activityId(), true)),
							ctx.buttonOf("manage.back", new Open(data.activityId()))), 1)));
			return;
		}
		activity.ifPresent((found) -> card(ctx, this.activities.cancel(found.id()), true));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void restore(BotContext ctx, Restore data) {
		this.activities.find(data.activityId())
			.ifPresent((activity) -> card(ctx, this.activities.restore(activity.id()), true));
	}

	// ------------------------------------------------------------------ list and card

	private void list(BotContext ctx, int page, boolean inPlace) {
		int from = Math.max(0, page) * PAGE;
		List<Activity> found = this.activities.upcoming(ctx.caller().organisationId(), this.clock.instant(), from,
				PAGE + 1);
		if (found.isEmpty()) {
			ctx.present(Reply.text(ctx.t((page == 0) ? "manage.none" : "manage.no-more")), inPlace);
			return;
		}
		List<List<Button>> rows = new ArrayList<>();
		found.stream()
			.limit(PAGE)
			.forEach((activity) -> rows
				.add(List.of(ctx.button(Texts.shorten(activity.title(), TITLE_WIDTH), new Open(activity.id())))));
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
		ctx.present(new Reply(ctx.t("manage.list", page + 1), new Keyboard.Inline(rows)), inPlace);
	}

	void card(BotContext ctx, Activity activity, boolean inPlace) {
		List<Occurrence> occurrences = this.activities.occurrences(activity.id());
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("card.title", Texts.shorten(activity.title(), Texts.ITEM)));
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
		activity.places().forEach((place) -> lines.add(ctx.t("card.place", Texts.shorten(place, Texts.ITEM))));
		activity.fraction()
			.flatMap((id) -> this.catalogue.fractions(activity.organisationId())
				.stream()
				.filter((f) -> f.id().equals(id))
				.findFirst())
			.ifPresent((fraction) -> lines.add(ctx.t("card.fraction", Texts.shorten(fraction.name(), Texts.ITEM))));
		lines.add(ctx.t("card.audience", ActivityText.audience(ctx, activity)));
		lines.add(activity.seats().map((seats) -> ctx.t("card.seats", seats)).orElse(ctx.t("card.no-seat-limit")));
		List<Button> buttons = new ArrayList<>();
		buttons.add(ctx.buttonOf("manage.rename", new Edit(activity.id(), Field.TITLE)));
		buttons.add(ctx.buttonOf("manage.move", new Edit(activity.id(), Field.WHEN)));
		buttons.add(ctx.buttonOf("manage.place", new Edit(activity.id(), Field.PLACE)));
		buttons.add(ctx.buttonOf("manage.seats", new Edit(activity.id(), Field.SEATS)));
		buttons.add(ctx.buttonOf(activity.openToAll() ? "manage.close-to-grades" : "manage.open-to-all",
				new ToggleOpen(activity.id())));
		buttons.add((activity.status() == ActivityStatus.CANCELLED)
				? ctx.buttonOf("manage.restore", new Restore(activity.id()))
				: ctx.buttonOf("manage.cancel", new Cancel(activity.id(), false)));
		Reply reply = new Reply(String.join("\n", lines), BotContext.inline(buttons, 2));
		ctx.present(reply, inPlace);
	}

	// ------------------------------------------------------------------ typed changes

	@Override
	protected void ask(BotContext ctx, Field field, Editing editing) {
		ctx.say("manage.ask." + field.name());
	}

	@Override
	protected void onInput(BotContext ctx, Field field, Editing editing, Incoming incoming) {
		String text = typed(incoming);
		String id = editing.activityId();
		Optional<Activity> changed = switch (field) {
			case TITLE ->
				valid(text) ? Optional.of(this.activities.rename(id, text)) : refuse(ctx, "manage.bad-text", MAX_TEXT);
			case PLACE -> valid(text) ? Optional.of(this.activities.setPlace(id, text))
					: refuse(ctx, "manage.bad-text", MAX_TEXT);
			case SEATS -> seats(text).map((seats) -> this.activities.setCapacity(id, seats))
				.or(() -> refuse(ctx, "new.bad-seats", Activities.MAX_SEATS));
			case WHEN -> move(ctx, id, text);
		};
		changed.ifPresent((updated) -> {
			finish(ctx);
			ctx.say("manage.saved");
			card(ctx, updated, false);
		});
	}

	private Optional<Activity> move(BotContext ctx, String id, String text) {
		TypedTime.Reading reading = TypedTime.coming(text, this.zone, this.clock);
		if (reading instanceof TypedTime.Reading.Coming coming) {
			TypedTime.When when = coming.when();
			return Optional.of(this.activities.move(id, when.start(), when.end(), when.allDay()));
		}
		return refuse(ctx, (reading instanceof TypedTime.Reading.Past) ? "new.when-past" : "new.bad-when", text);
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

	private <T> Optional<T> refuse(BotContext ctx, String key, Object... args) {
		hint(ctx, key, args);
		return Optional.empty();
	}

}
