package kz.birge.user;

import java.time.Instant;
import java.util.Optional;

import kz.birge.i18n.Lang;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who wrote to Birge. Optional parts (class, phone, organisation) are null in
 * the database and Optional outside it.
 */
@CompoundIndex(name = "organisation_role", def = "{organisationId: 1, role: 1}")
@CompoundIndex(name = "role_joined", def = "{role: 1, joinedAt: 1}")
@Document("users")
public record User(@Id long id, long chatId, Role role, Lang lang, String telegramName, String name, String phone,
		Integer grade, String parallel, String organisationId, Instant joinedAt) {

	/** The name to show: the one they gave, or their Telegram name. */
	public String displayName() {
		return (this.name != null && !this.name.isBlank()) ? this.name : this.telegramName;
	}

	public Optional<SchoolClass> schoolClass() {
		return (this.grade != null && this.parallel != null) ? Optional.of(new SchoolClass(this.grade, this.parallel))
				: Optional.empty();
	}

	public Optional<String> phoneNumber() {
		return Optional.ofNullable(this.phone);
	}

	public Optional<String> organisation() {
		return Optional.ofNullable(this.organisationId);
	}

}
