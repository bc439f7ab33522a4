package kz.birge.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A conversation of declared steps with a typed draft. Each step has an enter hook
 * ({@link #ask}) that asks its question; what a person types or sends goes to the current
 * step only ({@link #onInput}), and a button declared with {@code steps} works only at
 * those steps. The draft is a record kept in the database between answers, so a restart
 * resumes the flow. A flow left alone longer than the set time ends by itself; /cancel
 * ends it at any time; "back" returns to the step before.
 *
 * @param <S> the steps
 * @param <D> the draft: a record of what was answered so far
 */
public abstract class Flow<S extends Enum<S>, D extends Record> {

	private final String name;

	private final Class<S> steps;

	private final Class<D> draftType;

	protected Flow(String name, Class<S> steps, Class<D> draftType) {
		this.name = name;
		this.steps = steps;
		this.draftType = draftType;
	}

	/** The flow's stored name; short, since a "back" button carries it. */
	public final String name() {
		return this.name;
	}

	final Class<S> steps() {
		return this.steps;
	}

	/** Who may answer this flow's questions; checked before every answer. */
	protected Access access() {
		return Access.ANYONE;
	}

	/** The enter hook of {@code step}: asks its question. */
	protected abstract void ask(BotContext ctx, S step, D draft);

	/**
	 * What a person typed, shared or sent at {@code step}; never a command, a button or a
	 * document. By default the step takes buttons only and says so.
	 */
	protected void onInput(BotContext ctx, S step, D draft, Incoming incoming) {
		hint(ctx, "flow.tap-a-button");
	}

	// ------------------------------------------------------------------ moving through
	// the steps

	/**
	 * Starts the flow at {@code step} with {@code draft}, replacing any conversation open
	 * before.
	 */
	protected final void start(BotContext ctx, S step, D draft) {
		save(ctx, step, List.of(), draft);
		ask(ctx, step, draft);
	}

	/** Moves on to {@code step}; "back" from there returns to the current step. */
	protected final void next(BotContext ctx, S step, D draft) {
		List<String> trail = new ArrayList<>();
		current(ctx).ifPresent((open) -> {
			trail.addAll(open.trail());
			trail.add(open.step());
		});
		save(ctx, step, trail, draft);
		ask(ctx, step, draft);
	}

	/** Stays at the current step with a changed draft, asking nothing. */
	protected final void keep(BotContext ctx, D draft) {
		Conversation open = current(ctx).orElseThrow(() -> new IllegalStateException("No open " + this.name));
		ctx.services().conversations().save(ctx.chatId(), ctx.userId(), this.name, open.step(), open.trail(), draft);
	}

	/** Ends the flow. */
	protected final void finish(BotContext ctx) {
		ctx.endConversation();
	}

	/** Answers input the step cannot take: what was wrong, and how to leave. */
	protected final void hint(BotContext ctx, String key, Object... args) {
		ctx.reply(Reply.text(ctx.t(key, Texts.echoes(args)) + "\n" + ctx.t("flow.how-to-leave")));
	}

	/**
	 * {@code buttons}, {@code perRow} to a row, with "back" below them when there is a
	 * step to go back to.
	 */
	protected final Keyboard keyboard(BotContext ctx, List<Button> buttons, int perRow) {
		List<List<Button>> rows = new ArrayList<>(BotContext.inline(buttons, perRow).rows());
		current(ctx).filter((open) -> !open.trail().isEmpty())
			.ifPresent((open) -> rows.add(List.of(ctx.buttonOf("flow.back", new Back(this.name, open.step())))));
		return rows.isEmpty() ? Keyboard.NONE : new Keyboard.Inline(rows);
	}

	/**
	 * The text a person typed, trimmed and with runs of spaces folded; "" for anything
	 * else.
	 */
	protected static String typed(Incoming incoming) {
		return (incoming instanceof Incoming.Text text) ? text.text().strip().replaceAll("[ \\t]+", " ") : "";
	}

	// ------------------------------------------------------------------ for the
	// dispatcher

	/** "Back" under a step's question: valid while the flow is at that step. */
	@CallbackData.Prefix("bk")
	record Back(String flow, String step) implements CallbackData {
	}

	final void goBack(BotContext ctx, Conversation open) {
		List<String> trail = new ArrayList<>(open.trail());
		S previous = Enum.valueOf(this.steps, trail.remove(trail.size() - 1));
		D draft = draft(ctx, open);
		save(ctx, previous, trail, draft);
		ask(ctx, previous, draft);
	}

	final void input(BotContext ctx, Conversation open, Incoming incoming) {
		onInput(ctx, step(open).orElseThrow(), draft(ctx, open), incoming);
	}

	/** The step a stored conversation is at; empty when the flow no longer has it. */
	final Optional<S> step(Conversation open) {
		try {
			return Optional.of(Enum.valueOf(this.steps, open.step()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	final D draft(BotContext ctx, Conversation open) {
		return ctx.services().conversations().draft(open, this.draftType);
	}

	private Optional<Conversation> current(BotContext ctx) {
		return ctx.conversation().filter((open) -> open.flow().equals(this.name));
	}

	private void save(BotContext ctx, S step, List<String> trail, D draft) {
		ctx.services().conversations().save(ctx.chatId(), ctx.userId(), this.name, step.name(), trail, draft);
	}

	@Override
	public String toString() {
		return "Flow(" + this.name + ")";
	}

}
