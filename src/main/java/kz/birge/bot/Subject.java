package kz.birge.bot;

import java.util.Optional;

/**
 * What a button or a conversation acts on, named so that the dispatcher can find the
 * organisation it belongs to and check that the person may act for it.
 *
 * @param kind what sort of thing it is
 * @param id its id
 */
public record Subject(Kind kind, String id) {

	public enum Kind {

		ORGANISATION, CAMPAIGN, ACTIVITY, OCCURRENCE

	}

	public static Subject organisation(String id) {
		return new Subject(Kind.ORGANISATION, id);
	}

	public static Subject campaign(String id) {
		return new Subject(Kind.CAMPAIGN, id);
	}

	public static Subject activity(String id) {
		return new Subject(Kind.ACTIVITY, id);
	}

	public static Subject occurrence(String id) {
		return new Subject(Kind.OCCURRENCE, id);
	}

	/**
	 * Implemented by callback data and conversation drafts that act on one organisation's
	 * things; the dispatcher then checks the person's access against that organisation.
	 */
	public interface Scoped {

		Subject subject();

	}

	/** Scoped by its {@code organisationId} component. */
	public interface OfOrganisation extends Scoped {

		String organisationId();

		@Override
		default Subject subject() {
			return organisation(organisationId());
		}

	}

	/** Scoped by its {@code campaignId} component. */
	public interface OfCampaign extends Scoped {

		String campaignId();

		@Override
		default Subject subject() {
			return campaign(campaignId());
		}

	}

	/** Scoped by its {@code activityId} component. */
	public interface OfActivity extends Scoped {

		String activityId();

		@Override
		default Subject subject() {
			return activity(activityId());
		}

	}

	/** Scoped by its {@code occurrenceId} component. */
	public interface OfOccurrence extends Scoped {

		String occurrenceId();

		@Override
		default Subject subject() {
			return occurrence(occurrenceId());
		}

	}

	/**
	 * Finds the organisation a subject belongs to; empty when the subject no longer
	 * exists.
	 */
	public interface Directory {

		Optional<String> organisationOf(Subject subject);

	}

}
