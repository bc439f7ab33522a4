package kz.birge.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the shape of every filter the bot sends to the database: the collection, the
 * command and the set of fields it filters on (an {@code $or} gives one shape per
 * branch), whichever way the query was written (MongoTemplate, the driver, a repository).
 */
final class QueryShapes implements CommandListener {

	/** The recorder of the Birge started with {@link Config}. */
	static final QueryShapes RECORDED = new QueryShapes();

	private final Set<Shape> shapes = ConcurrentHashMap.newKeySet();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		BsonDocument command = event.getCommand();
		String name = event.getCommandName();
		BsonValue target = command.get(name);
		if (target == null || !target.isString()) {
			return;
		}
		String collection = target.asString().getValue();
		for (BsonDocument filter : filters(name, command)) {
			for (Set<String> fields : fieldSets(filter)) {
				this.shapes.add(new Shape(collection, name, fields));
			}
		}
	}

	private static List<BsonDocument> filters(String name, BsonDocument command) {
		List<BsonDocument> filters = new ArrayList<>();
		switch (name) {
			case "find" -> filters.add(command.getDocument("filter", new BsonDocument()));
			case "count", "distinct", "findAndModify" -> filters.add(command.getDocument("query", new BsonDocument()));
			case "update" -> each(command.getArray("updates", new BsonArray()), "q", filters);
			case "delete" -> each(command.getArray("deletes", new BsonArray()), "q", filters);
			case "aggregate" -> {
				BsonArray pipeline = command.getArray("pipeline", new BsonArray());
				BsonDocument first = pipeline.isEmpty() ? new BsonDocument() : pipeline.get(0).asDocument();
				filters.add(first.getDocument("$match", new BsonDocument()));
			}
			default -> {
			}
		}
		return filters;
	}

	private static void each(BsonArray statements, String key, List<BsonDocument> filters) {
		statements.forEach((statement) -> filters.add(statement.asDocument().getDocument(key, new BsonDocument())));
	}

	/** The field sets a filter needs an index for: one, or one per $or branch. */
	static List<Set<String>> fieldSets(BsonDocument filter) {
		List<Set<String>> sets = new ArrayList<>();
		sets.add(new TreeSet<>());
		for (String key : filter.keySet()) {
			BsonValue value = filter.get(key);
			if (key.equals("$and")) {
				for (BsonValue part : value.asArray()) {
					List<Set<String>> inner = fieldSets(part.asDocument());
					sets = product(sets, inner);
				}
			}
			else if (key.equals("$or")) {
				List<Set<String>> branches = new ArrayList<>();
				for (BsonValue part : value.asArray()) {
					branches.addAll(fieldSets(part.asDocument()));
				}
				sets = product(sets, branches);
			}
			else if (!key.startsWith("$")) {
				sets.forEach((set) -> set.add(key));
			}
		}
		return sets;
	}

	private static List<Set<String>> product(List<Set<String>> left, List<Set<String>> right) {
		List<Set<String>> result = new ArrayList<>();
		for (Set<String> a : left) {
			for (Set<String> b : right) {
				Set<String> both = new TreeSet<>(a);
				both.addAll(b);
				result.add(both);
			}
		}
		return result;
	}

	void clear() {
		this.shapes.clear();
	}

	Set<Shape> shapes() {
		return new LinkedHashSet<>(this.shapes);
	}

	/** A collection, a command and the fields it filters on. */
	record Shape(String collection, String command, Set<String> fields) {

		@Override
		public String toString() {
			return this.collection + " " + this.command + " " + this.fields;
		}

	}

	/** Adds the recorder to the application's MongoDB client. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		MongoClientSettingsBuilderCustomizer recordQueryShapes() {
			return (builder) -> builder.addCommandListener(RECORDED);
		}

	}

}
