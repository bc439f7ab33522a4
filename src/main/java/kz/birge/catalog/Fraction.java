package kz.birge.catalog;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A section of a school parliament ("Экология фракциясы"), with its projects.
 *
 * @param id identifier
 * @param organisationId the school
 * @param name its name as the plan writes it
 * @param position its place in the plan's order
 * @param projects names of its projects
 */
@CompoundIndex(name = "organisation", def = "{organisationId: 1, position: 1}")
@Document("fractions")
public record Fraction(@Id String id, String organisationId, String name, int position, List<String> projects) {

	public Fraction {
		projects = (projects != null) ? List.copyOf(projects) : List.of();
	}

}
