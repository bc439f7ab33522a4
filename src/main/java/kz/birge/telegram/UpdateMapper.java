package kz.birge.telegram;

import java.util.Optional;

import kz.birge.bot.Incoming;
import kz.birge.bot.Person;
import kz.birge.bot.UpdateContext;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns the library's {@link Update} into our {@link UpdateContext}. Only what a person
 * sends in a private chat is served: a button pressed under a message in a group (a
 * message forwarded there, or the bot added to one) is ignored like the group's traffic,
 * so a group's chat id never becomes anyone's. Edited messages, channel posts and
 * membership changes give nothing and are ignored quietly.
 */
final class UpdateMapper {

	private UpdateMapper() {
	}

	static Optional<UpdateContext> map(Update update) {
		if (update.hasMessage() && update.getMessage().getFrom() != null && isPrivate(update.getMessage())) {
			Message message = update.getMessage();
			return Optional.of(new UpdateContext(update.getUpdateId(), message.getChatId(), person(message.getFrom()),
					incoming(message)));
		}
		if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null
				&& isPrivate(update.getCallbackQuery())) {
			CallbackQuery query = update.getCallbackQuery();
			Incoming.Callback callback = new Incoming.Callback(query.getId(), query.getMessage().getMessageId(),
					(query.getData() != null) ? query.getData() : "");
			return Optional.of(new UpdateContext(update.getUpdateId(), query.getMessage().getChatId(),
					person(query.getFrom()), callback));
		}
		return Optional.empty();
	}

	private static boolean isPrivate(Message message) {
		return message.getChat() != null && message.getChat().isUserChat();
	}

	private static boolean isPrivate(CallbackQuery query) {
		return query.getMessage().getChat() != null && Boolean.TRUE.equals(query.getMessage().getChat().isUserChat())
				&& query.getFrom() != null && query.getMessage().getChatId().equals(query.getFrom().getId());
	}

	private static Person person(User user) {
		return new Person(user.getId(), orEmpty(user.getFirstName()), orEmpty(user.getLastName()),
				orEmpty(user.getUserName()), orEmpty(user.getLanguageCode()));
	}

	private static Incoming incoming(Message message) {
		if (message.hasText()) {
			return new Incoming.Text(message.getText());
		}
		if (message.hasContact()) {
			Long owner = message.getContact().getUserId();
			return new Incoming.Contact(message.getContact().getPhoneNumber(), (owner != null) ? owner : 0);
		}
		if (message.hasDocument()) {
			var document = message.getDocument();
			return new Incoming.Document(document.getFileId(), orEmpty(document.getFileName()),
					orEmpty(document.getMimeType()), (document.getFileSize() != null) ? document.getFileSize() : 0);
		}
		if (message.hasSticker()) {
			return new Incoming.Other("sticker");
		}
		if (message.hasPhoto() && !message.getPhoto().isEmpty()) {
			return new Incoming.Photo(message.getPhoto().get(message.getPhoto().size() - 1).getFileId());
		}
		return new Incoming.Other("other");
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
