package kz.birge.planimport;

import kz.birge.bot.Texts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.CallbackData;
import kz.birge.bot.CallbackHandler;
import kz.birge.bot.DocumentHandler;
import kz.birge.bot.Incoming;
import kz.birge.bot.Reply;
import kz.birge.catalog.Organisations;
import kz.birge.planimport.source.PlanFileException;
import kz.birge.planimport.source.PlanSources;
import kz.birge.user.Role;
import kz.birge.user.User;
import kz.birge.user.Users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Importing a plan in chat: a coordinator sends the file, sees a preview with its warnings, and
 * taps Import or Cancel. Anyone else, a file too large, of an unknown type or unreadable gets a
 * clear answer and nothing changes.
 */
@Configuration(proxyBeanMethods = false)
class ImportChat {

	/** Telegram's bots may download up to 20 MB; plans are far smaller. */
	static final long MAX_BYTES = 5L * 1024 * 1024;

	@CallbackData.Prefix("ic")
	record ConfirmImport(String pendingId) implements CallbackData {
	}

	@CallbackData.Prefix("ix")
	record CancelImport(String pendingId) implements CallbackData {
	}

	@Bean
	DocumentHandler planDocuments(Users users, PendingImports pending, Organisations organisations) {
		return (ctx, document) -> receive(ctx, document, users.get(ctx.userId()), pending, organisations);
	}

	@Bean
	CallbackHandler<ConfirmImport> confirmImportButton(Users users, PendingImports pending, PlanImporter importer,
			Organisations organisations) {
		return CallbackHandler.of(ConfirmImport.class, (ctx, data) -> {
			User user = users.get(ctx.userId());
			if (user.role() != Role.COORDINATOR) {
				ctx.notice("import.not-allowed");
				return;
			}
			Optional<PendingImports.Pending> file = pending.take(data.pendingId(), ctx.userId());
			if (file.isEmpty()) {
				ctx.notice("import.gone");
				return;
			}
			ReadPlan read;
			try {
				read = PlanReader.read(file.get().fileName(), file.get().content());
			}
			catch (PlanFileException ex) {
				ctx.show(Reply.text(ctx.t(reasonKey(ex))));
				return;
			}
			ImportOutcome outcome = importer.save(read.plan(), file.get().fileName(), user.organisation());
			String organisation = organisations.find(outcome.organisationId()).map((o) -> o.name()).orElse("");
			ctx.show(Reply.text(ctx.t("import.done", Texts.shorten(read.plan().title(), 300), organisation,
					outcome.created(), outcome.updated(), outcome.unchanged(), outcome.removed(), outcome.occurrences())));
		});
	}

	@Bean
	CallbackHandler<CancelImport> cancelImportButton(PendingImports pending) {
		return CallbackHandler.of(CancelImport.class, (ctx, data) -> {
			pending.take(data.pendingId(), ctx.userId());
			ctx.show(Reply.text(ctx.t("import.cancelled")));
		});
	}

	private static void receive(BotContext ctx, Incoming.Document document, User user, PendingImports pending,
			Organisations organisations) {
		if (user.role() != Role.COORDINATOR) {
			ctx.say("import.not-allowed");
			return;
		}
		if (document.size() > MAX_BYTES) {
			ctx.say("import.too-large", MAX_BYTES / (1024 * 1024));
			return;
		}
		if (!PlanSources.supported(document.fileName())) {
			ctx.say("import.unsupported-type", document.fileName());
			return;
		}
		byte[] content = ctx.sender().download(document.fileId());
		ReadPlan read;
		try {
			read = PlanReader.read(document.fileName(), content);
		}
		catch (PlanFileException ex) {
			ctx.say(reasonKey(ex));
			return;
		}
		if (read.plan().activities().isEmpty()) {
			ctx.say("import.nothing-found");
			return;
		}
		String organisation = user.organisation()
			.flatMap(organisations::find)
			.map((o) -> o.name())
			.orElseGet(() -> read.plan().organisation().orElse(read.plan().title()));
		String id = pending.put(ctx.userId(), document.fileName(), content);
		ctx.reply(new Reply(PlanPreview.render(ctx, read, organisation),
				BotContext.inline(List.of(ctx.buttonOf("import.confirm", new ConfirmImport(id)),
						ctx.buttonOf("import.cancel", new CancelImport(id))), 2)));
		if (read.warnings().size() > PlanPreview.WARNINGS_SHOWN) {
			ctx.sender().sendDocument(ctx.chatId(), ctx.t("import.warnings-file-name") + ".txt",
					PlanPreview.allWarnings(ctx, read).getBytes(StandardCharsets.UTF_8), ctx.t("import.warnings-file-caption"));
		}
	}

	private static String reasonKey(PlanFileException ex) {
		return "import.file." + ex.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
