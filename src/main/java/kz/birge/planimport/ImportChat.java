package kz.birge.planimport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
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

	/** Telegram's bots may download up to 20 MB; plans are far smaller. */
	static final long MAX_BYTES = 5L * 1024 * 1024;

	private static final int TITLE_WIDTH = 300;

	@CallbackData.Prefix("ic")
	record ConfirmImport(String pendingId) implements CallbackData {
	}

	@CallbackData.Prefix("ix")
	record CancelImport(String pendingId) implements CallbackData {
	}

	private final PendingImports pending;

	private final PlanImporter importer;

	private final Organisations organisations;

	ImportChat(PendingImports pending, PlanImporter importer, Organisations organisations) {
		this.pending = pending;
		this.importer = importer;
		this.organisations = organisations;
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
		byte[] content = ctx.sender().download(document.fileId());
		read(ctx, document.fileName(), content).ifPresent((read) -> preview(ctx, document.fileName(), content, read));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void confirm(BotContext ctx, ConfirmImport data) {
		Optional<PendingImports.Pending> file = this.pending.take(data.pendingId(), ctx.userId());
		if (file.isEmpty()) {
			ctx.notice("import.gone");
			return;
		}
		Optional<ReadPlan> read = read(ctx, file.get().fileName(), file.get().content());
		if (read.isEmpty()) {
			return;
		}
		ImportOutcome outcome = this.importer.save(read.get().plan(), file.get().fileName(),
				ctx.caller().organisationId());
		String organisation = this.organisations.find(outcome.organisationId()).map(Organisation::name).orElse("");
		ctx.show(Reply.text(ctx.t("import.done", Texts.shorten(read.get().plan().title(), TITLE_WIDTH), organisation,
				outcome.created(), outcome.updated(), outcome.unchanged(), outcome.removed(), outcome.occurrences())));
	}

	@ChatHandlers.Button(access = Access.COORDINATOR)
	void cancel(BotContext ctx, CancelImport data) {
		this.pending.take(data.pendingId(), ctx.userId());
		ctx.show(Reply.text(ctx.t("import.cancelled")));
	}

	/** The plan in a file, or empty when it cannot be read (the person is told why). */
	private static Optional<ReadPlan> read(BotContext ctx, String fileName, byte[] content) {
		try {
			return Optional.of(PlanReader.read(fileName, content));
		}
		catch (PlanFileException ex) {
			ctx.say("import.file." + ex.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
			return Optional.empty();
		}
	}

	private void preview(BotContext ctx, String fileName, byte[] content, ReadPlan read) {
		if (read.plan().activities().isEmpty()) {
			ctx.say("import.nothing-found");
			return;
		}
		String organisation = ctx.caller()
			.organisationId()
			.flatMap(this.organisations::find)
			.map(Organisation::name)
			.orElseGet(() -> read.plan().organisation().orElse(read.plan().title()));
		String id = this.pending.put(ctx.userId(), fileName, content);
		PlanImporter.Touched touched = this.importer.touched(read.plan(), ctx.caller().organisationId());
		ctx.reply(new Reply(PlanPreview.render(ctx, read, organisation, touched),
				BotContext.inline(List.of(ctx.buttonOf("import.confirm", new ConfirmImport(id)),
						ctx.buttonOf("import.cancel", new CancelImport(id))), 2)));
		if (read.warnings().size() > PlanPreview.WARNINGS_SHOWN) {
			ctx.sender()
				.sendDocument(ctx.chatId(), ctx.t("import.warnings-file-name") + ".txt",
						PlanPreview.allWarnings(ctx, read).getBytes(StandardCharsets.UTF_8),
						ctx.t("import.warnings-file-caption"));
		}
	}

}
