package kz.birge.planimport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.Button;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.FileTooLargeException;
import kz.birge.bot.Incoming;
import kz.birge.bot.Reply;
import kz.birge.bot.Texts;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.planimport.source.PlanFileException;
import kz.birge.planimport.source.PlanSources;

/**
 * Importing a plan in chat: a coordinator sends the file, sees a preview with its
 * warnings and, for a plan sent again, how many people its changes touch, and taps Import
 * or Cancel. Anyone else, a file too large, of an unknown type or unreadable gets a clear
 * answer and nothing changes. A file always comes here, whatever conversation is open.
 */
@ChatHandlers
class ImportChat {

	/**
	 * Telegram's bots may download up to 20 MB; plans are far smaller. The download stops
	 * past it, whatever size Telegram declared.
	 */
	static final long MAX_BYTES = PlanSources.MAX_BYTES;

	private static final int TITLE_WIDTH = 300;

	@CallbackData.Prefix("ic")
	record ConfirmImport(String pendingId) implements CallbackData {
	}

	@CallbackData.Prefix("ix")
	record CancelImport(String pendingId) implements CallbackData {
	}

	/** The columns of the pending plan's table, each a button to say what it holds. */
	@CallbackData.Prefix("icl")
	record ShowColumns(String pendingId) implements CallbackData {
	}

	/** The meanings one column may take. */
	@CallbackData.Prefix("icc")
	record ChooseColumn(String pendingId, int column) implements CallbackData {
	}

	/** The meaning the coordinator chose for a column; the preview is read again. */
	@CallbackData.Prefix("ics")
	record SetColumn(String pendingId, int column, ColumnMeaning meaning) implements CallbackData {
	}

	/** The preview again, as the columns are now read. */
	@CallbackData.Prefix("icp")
	record BackToPreview(String pendingId) implements CallbackData {
	}

	private static final int HEADER_WIDTH = 24;

	private final PendingImports pending;

	private final PlanImporter importer;

	private final Organisations organisations;

	private final PlanReaders readers;

	ImportChat(PendingImports pending, PlanImporter importer, Organisations organisations, PlanReaders readers) {
		this.pending = pending;
		this.importer = importer;
		this.organisations = organisations;
		this.readers = readers;
	}

	@ChatHandlers.Documents(access = Access.COORDINATOR)
	void receive(BotContext ctx, Incoming.Document document) {
		if (document.size() > MAX_BYTES) {
			ctx.say("import.too-large", MAX_BYTES / (1024 * 1024));
			return;
		}
		if (!PlanSources.supported(document.fileName())) {
			ctx.say("import.unsupported-type", document.fileName());
			return;
		}
		byte[] content;
		try {
			content = ctx.sender().download(document.fileId(), MAX_BYTES);
		}
		catch (FileTooLargeException ex) {
			ctx.say("import.too-large", MAX_BYTES / (1024 * 1024));
			return;
		}
		read(ctx, document.fileName(), content, Map.of())
			.ifPresent((read) -> preview(ctx, document.fileName(), content, read));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void confirm(BotContext ctx, ConfirmImport data) {
		Optional<PendingImports.Pending> file = this.pending.take(data.pendingId(), ctx.userId());
		if (file.isEmpty()) {
			ctx.notice("import.gone");
			return;
		}
		Optional<PlanReading> reading = read(ctx, file.get().fileName(), file.get().content(), file.get().columns());
		if (reading.isEmpty()) {
			return;
		}
		PlanDraft plan = reading.get().read().plan();
		ImportOutcome outcome = this.importer.save(plan, file.get().fileName(), ctx.caller().organisationId());
		String organisation = this.organisations.find(outcome.organisationId()).map(Organisation::name).orElse("");
		ctx.show(Reply.text(ctx.t("import.done", Texts.shorten(plan.title(), TITLE_WIDTH), organisation,
				outcome.created(), outcome.updated(), outcome.unchanged(), outcome.removed(), outcome.occurrences())));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void columns(BotContext ctx, ShowColumns data) {
		Optional<PendingImports.Pending> file = this.pending.find(data.pendingId(), ctx.userId());
		Optional<PlanReading> reading = file
			.flatMap((found) -> read(ctx, found.fileName(), found.content(), found.columns()));
		if (reading.isEmpty() || reading.get().tables().isEmpty()) {
			ctx.notice("import.gone");
			return;
		}
		TableColumns table = reading.get().tables().get(0);
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("import.columns.title"));
		List<Button> buttons = new ArrayList<>();
		for (TableColumns.TableColumn column : table.columns()) {
			String header = header(ctx, column);
			String meaning = ctx.t(column.meaning().messageKey());
			lines.add(ctx.t("import.columns.line", column.index() + 1, header, meaning,
					ctx.t("import.columns.source." + column.source().name())));
			buttons.add(ctx.button(
					ctx.t("import.columns.button", column.index() + 1, Texts.shorten(header, HEADER_WIDTH), meaning),
					new ChooseColumn(data.pendingId(), column.index())));
		}
		buttons.add(ctx.buttonOf("import.columns.back", new BackToPreview(data.pendingId())));
		ctx.show(new Reply(String.join("\n", lines), BotContext.inline(buttons, 1)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void chooseColumn(BotContext ctx, ChooseColumn data) {
		Optional<PendingImports.Pending> file = this.pending.find(data.pendingId(), ctx.userId());
		Optional<TableColumns.TableColumn> column = file
			.flatMap((found) -> read(ctx, found.fileName(), found.content(), found.columns()))
			.flatMap((reading) -> reading.tables().stream().findFirst())
			.flatMap((table) -> table.columns().stream().filter((c) -> c.index() == data.column()).findFirst());
		if (column.isEmpty()) {
			ctx.notice("import.gone");
			return;
		}
		List<Button> buttons = new ArrayList<>();
		ColumnMeaning.CHOSEN.forEach((meaning) -> buttons
			.add(ctx.buttonOf(meaning.messageKey(), new SetColumn(data.pendingId(), data.column(), meaning))));
		buttons.add(ctx.buttonOf("import.columns.back", new BackToPreview(data.pendingId())));
		String meaning = ctx.t(column.get().meaning().messageKey());
		String question = column.get().header().isBlank()
				? ctx.t("import.columns.ask-unnamed", data.column() + 1, meaning)
				: ctx.t("import.columns.ask", data.column() + 1, header(ctx, column.get()), meaning);
		ctx.show(new Reply(question, BotContext.inline(buttons, 2)));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void setColumn(BotContext ctx, SetColumn data) {
		Optional<PendingImports.Pending> file = this.pending.choose(data.pendingId(), ctx.userId(), data.column(),
				data.meaning());
		if (file.isEmpty()) {
			ctx.notice("import.gone");
			return;
		}
		showPreview(ctx, file.get());
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void backToPreview(BotContext ctx, BackToPreview data) {
		Optional<PendingImports.Pending> file = this.pending.find(data.pendingId(), ctx.userId());
		if (file.isEmpty()) {
			ctx.notice("import.gone");
			return;
		}
		showPreview(ctx, file.get());
	}

	/** The preview of a waiting file, read again with its columns as chosen, in place. */
	private void showPreview(BotContext ctx, PendingImports.Pending file) {
		read(ctx, file.fileName(), file.content(), file.columns())
			.ifPresent((reading) -> ctx.show(previewReply(ctx, file.id(), reading)));
	}

	private static String header(BotContext ctx, TableColumns.TableColumn column) {
		return column.header().isBlank() ? ctx.t("import.columns.unnamed", column.index() + 1)
				: "«" + RawRow.oneLine(column.header()) + "»";
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void cancel(BotContext ctx, CancelImport data) {
		this.pending.take(data.pendingId(), ctx.userId());
		ctx.show(Reply.text(ctx.t("import.cancelled")));
	}

	/**
	 * The plan in a file, read with the meanings chosen for its columns, or empty when it
	 * cannot be read (the person is told why).
	 */
	private Optional<PlanReading> read(BotContext ctx, String fileName, byte[] content,
			Map<Integer, ColumnMeaning> columns) {
		try {
			return Optional.of(this.readers.read(fileName, content, columns));
		}
		catch (PlanFileException ex) {
			ctx.say("import.file." + ex.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
			return Optional.empty();
		}
	}

	private void preview(BotContext ctx, String fileName, byte[] content, PlanReading reading) {
		ReadPlan read = reading.read();
		if (read.plan().activities().isEmpty()) {
			ctx.say("import.nothing-found");
			return;
		}
		String id = this.pending.put(ctx.userId(), fileName, content);
		ctx.reply(previewReply(ctx, id, reading));
		if (read.warnings().size() > PlanPreview.WARNINGS_SHOWN) {
			ctx.sender()
				.sendDocument(ctx.chatId(), ctx.t("import.warnings-file-name") + ".txt",
						PlanPreview.allWarnings(ctx, read).getBytes(StandardCharsets.UTF_8),
						ctx.t("import.warnings-file-caption"));
		}
	}

	/**
	 * The preview and its buttons: Import, Cancel and, for a plan with a table, its
	 * columns.
	 */
	private Reply previewReply(BotContext ctx, String id, PlanReading reading) {
		ReadPlan read = reading.read();
		String organisation = ctx.caller()
			.organisationId()
			.flatMap(this.organisations::find)
			.map(Organisation::name)
			.orElseGet(() -> read.plan().organisation().orElse(read.plan().title()));
		PlanImporter.Touched touched = this.importer.touched(read.plan(), ctx.caller().organisationId());
		List<Button> buttons = new ArrayList<>(List.of(ctx.buttonOf("import.confirm", new ConfirmImport(id)),
				ctx.buttonOf("import.cancel", new CancelImport(id))));
		if (!reading.tables().isEmpty()) {
			buttons.add(ctx.buttonOf("import.columns", new ShowColumns(id)));
		}
		return new Reply(PlanPreview.render(ctx, read, reading.tables(), organisation, touched),
				BotContext.inline(buttons, 2));
	}

}
