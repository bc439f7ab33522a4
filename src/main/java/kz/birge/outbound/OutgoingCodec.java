package kz.birge.outbound;

import java.util.ArrayList;
import java.util.List;

import kz.birge.bot.Button;
import kz.birge.bot.Keyboard;
import kz.birge.bot.Outgoing;
import kz.birge.bot.Reply;
import kz.birge.bot.Sender;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * A part of a queued message as it is stored, and sent from what is stored: a text with
 * its keyboard, a document's bytes, photos by file id.
 */
final class OutgoingCodec {

	private OutgoingCodec() {
	}

	static Document part(Outgoing.Part part) {
		if (part instanceof Outgoing.Text text) {
			return new Document("type", "text").append("text", text.reply().text())
				.append("keyboard", keyboard(text.reply().keyboard()));
		}
		if (part instanceof Outgoing.Document document) {
			return new Document("type", "document").append("fileName", document.fileName())
				.append("content", new Binary(document.content()))
				.append("caption", document.caption());
		}
		Outgoing.Photos photos = (Outgoing.Photos) part;
		return new Document("type", "photos").append("fileIds", photos.fileIds()).append("caption", photos.caption());
	}

	static void send(Sender sender, long chatId, Document part) {
		switch (part.getString("type")) {
			case "text" ->
				sender.send(chatId, new Reply(part.getString("text"), keyboard(part.get("keyboard", Document.class))));
			case "document" -> sender.sendDocument(chatId, part.getString("fileName"), bytes(part.get("content")),
					part.getString("caption"));
			case "photos" ->
				sender.sendPhotos(chatId, part.getList("fileIds", String.class), part.getString("caption"));
			default -> throw new IllegalStateException("Unknown part " + part.getString("type"));
		}
	}

	private static byte[] bytes(Object content) {
		return (content instanceof Binary binary) ? binary.getData() : (byte[]) content;
	}

	private static Document keyboard(Keyboard keyboard) {
		if (keyboard instanceof Keyboard.Inline inline) {
			List<List<Document>> rows = inline.rows()
				.stream()
				.map((row) -> row.stream()
					.map((button) -> new Document("text", button.text()).append("data", button.data())
						.append("url", button.url()))
					.toList())
				.toList();
			return new Document("kind", "inline").append("rows", rows);
		}
		if (keyboard instanceof Keyboard.Reply reply) {
			return new Document("kind", "reply").append("rows", reply.rows()).append("contact", reply.contactButton());
		}
		return new Document("kind", (keyboard instanceof Keyboard.Remove) ? "remove" : "none");
	}

	@SuppressWarnings("unchecked")
	private static Keyboard keyboard(Document stored) {
		String kind = (stored != null) ? stored.getString("kind") : "none";
		switch (kind) {
			case "inline" -> {
				List<List<Button>> rows = new ArrayList<>();
				for (Object row : (List<Object>) stored.get("rows")) {
					rows.add(((List<Document>) row).stream()
						.map((button) -> new Button(button.getString("text"), button.getString("data"),
								button.getString("url")))
						.toList());
				}
				return new Keyboard.Inline(rows);
			}
			case "reply" -> {
				return new Keyboard.Reply((List<List<String>>) stored.get("rows"), stored.getString("contact"));
			}
			case "remove" -> {
				return Keyboard.REMOVE;
			}
			default -> {
				return Keyboard.NONE;
			}
		}
	}

}
