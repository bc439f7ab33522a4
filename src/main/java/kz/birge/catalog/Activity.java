package kz.birge.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thing in a plan that people attend. Its dates are its {@link Occurrence}s.
 *
 * @param id identifier
 * @param organisationId whose activity
 * @param campaignId the plan it belongs to
 * @param fractionId its fraction, or null
 * @param project its project inside the fraction, or null
 * @param number its number in the plan
 * @param title what it is called
 * @param form its form as a key ("contest", "clean_up"), or null
 * @param places where it happens, as written
 * @param branches the organisation's branches it involves
 * @param responsible who runs it
 * @param partners who helps
 * @param audience who it is for
 * @param indicators what is counted
 * @param evidence the evidence expected ("Әлеуметтік желіге жариялау /Сілтеме/")
 * @param scheduleText its dates as the plan writes them
 * @param openToAll true when a coordinator opened it to everyone regardless of grade
 * @param capacity seats, or null for no limit
 * @param status whether it still happens
 * @param sourceKey what identifies it among its plan's activities across imports
 * @param fingerprint a digest of what the plan says of it, to see whether an import
 * changed it
 * @param updatedAt last change
 * @param description more about it, as the plan writes it ("" when it says nothing more)
 * @param formText its form as the plan's form column writes it ("Дөңгелек үстел"), or ""
 * when the plan has no such column
 */
@CompoundIndex(name = "campaign", def = "{campaignId: 1}")
@CompoundIndex(name = "organisation_status", def = "{organisationId: 1, status: 1}")
@CompoundIndex(name = "organisation_key", def = "{organisationId: 1, key: 1}")
@Document("activities")
public record Activity(@Id String id, String organisationId, String campaignId, String fractionId, String project,
		int number, String title, String form, List<String> places, List<String> branches, String responsible,
		String partners, Audience audience, List<IndicatorSpec> indicators, String evidence, String scheduleText,
		boolean openToAll, Integer capacity, ActivityStatus status, String sourceKey, String fingerprint,
		Instant updatedAt, String description, String formText) {

	public Activity {
		description = (description != null) ? description : "";
		formText = (formText != null) ? formText : "";
		places = (places != null) ? List.copyOf(places) : List.of();
		branches = (branches != null) ? List.copyOf(branches) : List.of();
		indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
		audience = (audience != null) ? audience : Audience.UNSPECIFIED;
	}

	/** An activity without a description or a form column. */
	public Activity(String id, String organisationId, String campaignId, String fractionId, String project, int number,
			String title, String form, List<String> places, List<String> branches, String responsible, String partners,
			Audience audience, List<IndicatorSpec> indicators, String evidence, String scheduleText, boolean openToAll,
			Integer capacity, ActivityStatus status, String sourceKey, String fingerprint, Instant updatedAt) {
		this(id, organisationId, campaignId, fractionId, project, number, title, form, places, branches, responsible,
				partners, audience, indicators, evidence, scheduleText, openToAll, capacity, status, sourceKey,
				fingerprint, updatedAt, "", "");
	}

	/**
	 * Whether nobody may see it for want of an audience: the plan named none that could
	 * be read, and no coordinator opened it to everyone.
	 */
	public boolean needsAudience() {
		return this.audience.unspecified() && !this.openToAll;
	}

	public Optional<String> fraction() {
		return Optional.ofNullable(this.fractionId);
	}

	public Optional<Integer> seats() {
		return Optional.ofNullable(this.capacity);
	}

}
