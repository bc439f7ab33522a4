package kz.birge.support;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message the bot sent, in the state the chat shows now; the fake edits it in place.
 */
final class StoredMessage {

	/** What was sent; documents and photos carry a caption instead of a text. */
	enum Kind {

		TEXT, DOCUMENT, PHOTO

	}

	private final long chatId;

	private final int messageId;

	private final long date;

	private final Kind kind;

	private final FileStore.StoredFile file;

	private final String mediaGroupId;

	private String text;

	private ObjectNode replyMarkup;

	private Long editDate;

	StoredMessage(long chatId, int messageId, Kind kind, String text, ObjectNode replyMarkup, FileStore.StoredFile file,
			String mediaGroupId) {
		this.chatId = chatId;
		this.messageId = messageId;
		this.date = Json.nowSeconds();
		this.kind = kind;
		this.text = text;
		this.replyMarkup = replyMarkup;
		this.file = file;
		this.mediaGroupId = mediaGroupId;
	}

	/** The album a photo was sent in with sendMediaGroup, or {@code null}. */
	String mediaGroupId() {
		return this.mediaGroupId;
	}

	Kind kind() {
		return this.kind;
	}

	String text() {
		return this.text;
	}

	ObjectNode replyMarkup() {
		return this.replyMarkup;
	}

	/** Telegram edits only messages without a keyboard or with an inline one. */
	boolean isEditable() {
		return this.replyMarkup == null || this.replyMarkup.has("inline_keyboard");
	}

	/**
	 * Replaces the text (or caption) and the inline keyboard, which an edit without one
	 * removes.
	 */
	void edit(String text, ObjectNode replyMarkup) {
		this.text = text;
		this.replyMarkup = replyMarkup;
		this.editDate = Json.nowSeconds();
	}

	/** The Message object Telegram answers with and puts into callback queries. */
	ObjectNode toJson() {
		ObjectNode json = Json.object().put("message_id", this.messageId);
		json.set("from", Json.botUser());
		json.set("chat", Json.chat(this.chatId));
		json.put("date", this.date);
		if (this.mediaGroupId != null) {
			json.put("media_group_id", this.mediaGroupId);
		}
		if (this.editDate != null) {
			json.put("edit_date", this.editDate);
		}
		switch (this.kind) {
			case TEXT -> json.put("text", this.text);
			case DOCUMENT -> json.set("document", documentJson());
			case PHOTO -> json.putArray("photo").add(photoJson());
		}
		if (this.kind != Kind.TEXT && !this.text.isEmpty()) {
			json.put("caption", this.text);
		}
		if (this.replyMarkup != null && this.replyMarkup.has("inline_keyboard")) {
			json.set("reply_markup", this.replyMarkup.deepCopy());
		}
		return json;
	}

	SentMessage snapshot() {
		ObjectNode markup = (this.replyMarkup != null) ? this.replyMarkup.deepCopy() : null;
		Optional<UploadedFile> document = Optional.ofNullable(this.file).map(FileStore.StoredFile::content);
		return new SentMessage(this.chatId, this.messageId, this.text, markup, document);
	}

	private ObjectNode documentJson() {
		return fileJson().put("file_name", this.file.content().fileName())
			.put("mime_type", this.file.content().mimeType());
	}

	private ObjectNode photoJson() {
		return fileJson().put("width", 1280).put("height", 720);
	}

	/** The file's identifiers and size; messages carry no download path. */
	private ObjectNode fileJson() {
		ObjectNode json = this.file.toJson();
		json.remove("file_path");
		return json;
	}

}
