package kz.birge.bot;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Erases a forgotten person's open conversations, in any chat, with their drafts. */
@Component
class ForgottenConversations {

	private final MongoTemplate mongo;

	private final ConversationStore conversations;

	ForgottenConversations(MongoTemplate mongo, ConversationStore conversations) {
		this.mongo = mongo;
		this.conversations = conversations;
	}

	@EventListener
	@Order(PersonForgotten.THEN)
	void forget(PersonForgotten forgotten) {
		// keys are "chat:user"; ids are numbers, so the patterns hold no user text
		Query theirs = Query
			.query(new Criteria().orOperator(Criteria.where("_id").regex("^-?[0-9]+:" + forgotten.userId() + "$"),
					Criteria.where("_id").regex("^" + forgotten.chatId() + ":-?[0-9]+$")));
		theirs.fields().include("_id");
		List<String> keys = new ArrayList<>();
		this.mongo.find(theirs, Document.class, ConversationStore.COLLECTION)
			.forEach((doc) -> keys.add(doc.getString("_id")));
		for (String key : keys) {
			String[] parts = key.split(":");
			this.conversations.clear(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
		}
		this.conversations.clear(forgotten.chatId(), forgotten.userId());
	}

}
