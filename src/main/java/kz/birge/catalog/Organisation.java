package kz.birge.catalog;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A school, a national park, a youth programme: who runs activity plans.
 *
 * @param id identifier
 * @param name the name as its plans write it
 * @param branches its sites ("Сарқан", "Алакөл"), possibly none
 * @param kind what it is, decided when a plan is imported; null for organisations stored
 * before kinds, which are then known by their name ({@link #type()})
 */
@Document("organisations")
public record Organisation(@Id String id, String name, List<String> branches, Kind kind) {

	/** What an organisation is, as far as who may join its activities goes. */
	public enum Kind {

		/** A school, lyceum or gymnasium: students choose it as theirs. */
		SCHOOL,
		/** A national park or reserve. */
		PARK,
		/** Anything else: a department, a region, a youth programme. */
		OTHER;

		/**
		 * Words that make a name a school's: "мектеп", "мектебі", "лицей", "гимназия",
		 * "школа", and the abbreviations ЖББМ, ЖОББМ, ОМ, НМ, БМ, СОШ, ОШ, ООШ, НШ, МЛ,
		 * СШ.
		 */
		private static final Pattern SCHOOL_WORDS = Pattern.compile(
				"мектеб|мектеп|лицей|лицеи|гимнази|школ|school|lyceum|gymnasium",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

		private static final Pattern SCHOOL_ABBREVIATION = Pattern
			.compile("(?<!\\p{L})(?:ЖББМ|ЖОББМ|ЖОМ|ОМ|НМ|БМ|СОШ|ООШ|ОШ|НШ|СШ|МЛ|МГ|ШЛ|НИШ)(?!\\p{L})");

		private static final Pattern PARK_WORDS = Pattern.compile("парк|қорық|заповедник|резерват|МҰТП|park|reserve",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

		/** The kind a name says: a school's, a park's, or other. */
		public static Kind ofName(String name) {
			if (name == null) {
				return OTHER;
			}
			if (PARK_WORDS.matcher(name).find()) {
				return PARK;
			}
			return (SCHOOL_WORDS.matcher(name).find() || SCHOOL_ABBREVIATION.matcher(name).find()) ? SCHOOL : OTHER;
		}

	}

	public Organisation {
		branches = (branches != null) ? List.copyOf(branches) : List.of();
	}

	/** An organisation whose kind its name tells. */
	public Organisation(String id, String name, List<String> branches) {
		this(id, name, branches, null);
	}

	/** An organisation without branches, whose kind its name tells. */
	public Organisation(String id, String name) {
		this(id, name, List.of(), null);
	}

	/** What it is: its kind, or for one stored before kinds, what its name says. */
	public Kind type() {
		return (this.kind != null) ? this.kind : Kind.ofName(this.name);
	}

	/** Whether students choose it as their school. */
	public boolean school() {
		return type() == Kind.SCHOOL;
	}

	/** The same organisation with these branches. */
	public Organisation withBranches(List<String> all) {
		return new Organisation(this.id, this.name, all, this.kind);
	}

}
