package kz.birge.catalog;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A school, a national park, a youth programme: who runs activity plans.
 *
 * @param id identifier
 * @param name the name as its plans write it
 * @param branches its sites ("Сарқан", "Алакөл"), possibly none
 */
@Document("organisations")
public record Organisation(@Id String id, String name, List<String> branches) {

	public Organisation {
		branches = (branches != null) ? List.copyOf(branches) : List.of();
	}

	public Organisation(String id, String name) {
		this(id, name, List.of());
	}

}
