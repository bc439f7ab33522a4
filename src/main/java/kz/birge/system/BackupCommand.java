package kz.birge.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.ChatHandlers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /backup}: a coordinator of BIRGE_ADMIN_IDS gets a copy of the embedded store
 * made now, as a file in their private chat with the bot. The copy holds every
 * organisation's people, so invited coordinators, and group chats, are refused.
 */
@ChatHandlers
class BackupCommand {

	private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

	/** The largest file a bot may send through the Bot API. */
	static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

	private final Backups backups;

	private final BirgeProperties properties;

	BackupCommand(Backups backups, BirgeProperties properties) {
		this.backups = backups;
		this.properties = properties;
	}

	@ChatHandlers.Command(value = "backup", access = Access.COORDINATOR)
	void backup(BotContext ctx) {
		if (!this.properties.isAdmin(ctx.userId())) {
			log.info("/backup refused to {}: not in BIRGE_ADMIN_IDS", ctx.userId());
			ctx.say("backup.admins-only");
			return;
		}
		if (ctx.chatId() != ctx.userId()) {
			ctx.say("backup.private-only");
			return;
		}
		if (!this.backups.available()) {
			ctx.say("backup.on-mongodb");
			return;
		}
		Path copy = this.backups.makeNow();
		long size = copy.toFile().length();
		if (size > MAX_DOCUMENT_BYTES) {
			ctx.say("backup.too-large", copy.toString());
			return;
		}
		try {
			ctx.sender()
				.sendDocument(ctx.chatId(), copy.getFileName().toString(), Files.readAllBytes(copy),
						ctx.t("backup.caption", copy.toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the backup " + copy, ex);
		}
		log.info("/backup sent {} ({} bytes) to admin {}", copy.getFileName(), size, ctx.userId());
	}

}
