package kz.birge.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message the bot sent, as the chat shows it now: later edits are applied, deleted
 * messages are gone.
 *
 * @param chatId the chat it was sent to
 * @param messageId its id, increasing within the chat
 * @param text its text, or the caption of a document or photo ({@code ""} when there is
 * none)
 * @param replyMarkup the {@code reply_markup} it was sent or last edited with, or
 * {@code null}
 * @param document the file of a sendDocument or sendPhoto
 */
public record SentMessage(long chatId, int messageId, String text, ObjectNode replyMarkup,
		Optional<UploadedFile> document) {

	/** The labels of the inline buttons that carry callback data, row by row. */
	public List<String> callbackButtons() {
		return inlineButtons((button) -> button.hasNonNull("callback_data")).stream()
			.map((button) -> button.path("text").asText())
			.toList();
	}

	/**
	 * The callback data of the first inline button whose label contains
	 * {@code labelPart}.
	 */
	public Optional<String> callbackData(String labelPart) {
		return inlineButton(labelPart, "callback_data");
	}

	/** The link of the first inline button whose label contains {@code labelPart}. */
	public Optional<String> buttonUrl(String labelPart) {
		return inlineButton(labelPart, "url");
	}

	/**
	 * The labels of a reply keyboard (the buttons that replace the phone's keyboard), row
	 * by row.
	 */
	public List<String> replyButtons() {
		List<String> labels = new ArrayList<>();
		if (this.replyMarkup != null) {
			for (JsonNode row : this.replyMarkup.path("keyboard")) {
				for (JsonNode button : row) {
					labels.add(button.isTextual() ? button.asText() : button.path("text").asText());
				}
			}
		}
		return labels;
	}

	private Optional<String> inlineButton(String labelPart, String field) {
		return inlineButtons((button) -> button.path("text").asText().contains(labelPart) && button.hasNonNull(field))
			.stream()
			.findFirst()
			.map((button) -> button.get(field).asText());
	}

	private List<JsonNode> inlineButtons(Predicate<JsonNode> filter) {
		List<JsonNode> buttons = new ArrayList<>();
		if (this.replyMarkup != null) {
			for (JsonNode row : this.replyMarkup.path("inline_keyboard")) {
				row.forEach((button) -> {
					if (filter.test(button)) {
						buttons.add(button);
					}
				});
			}
		}
		return buttons;
	}

	/** One line for failure messages: id, text and buttons. */
	String describe() {
		StringBuilder line = new StringBuilder("#").append(this.messageId).append(' ');
		line.append('"').append(this.text.replace("\n", "\\n")).append('"');
		this.document.ifPresent((file) -> line.append(" [file ").append(file).append(']'));
		List<String> labels = new ArrayList<>(
				inlineButtons((button) -> true).stream().map((button) -> button.path("text").asText()).toList());
		labels.addAll(replyButtons());
		if (!labels.isEmpty()) {
			line.append(" buttons ").append(labels);
		}
		return line.toString();
	}

}
