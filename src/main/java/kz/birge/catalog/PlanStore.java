package kz.birge.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Where an imported plan is stored: its campaign, fractions, activities and occurrences.
 * Reads here go to the database, not to the {@link Catalogue}'s cache, since an import
 * compares the plan with what is stored now. Nothing here announces a change: the
 * importer does, with {@link PlanImported}, once the whole plan is stored.
 */
@Service
public class PlanStore {

	private final MongoTemplate mongo;

	private final Clock clock;

	PlanStore(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * True when any organisation has a campaign, that is, when the database is not empty.
	 */
	public boolean anyCampaign() {
		return this.mongo.count(new Query(), Campaign.class) > 0;
	}

	/**
	 * Stores the campaign in place of the organisation's campaign with the same key,
	 * whose id it keeps; when there is none, as a new campaign with the id given.
	 * @param campaign the campaign as the plan gives it
	 * @return the campaign as stored, with its id
	 */
	public Campaign saveCampaign(Campaign campaign) {
		Campaign found = this.mongo.findOne(
				Query.query(
						Criteria.where("organisationId").is(campaign.organisationId()).and("key").is(campaign.key())),
				Campaign.class);
		Campaign stored = (found != null) ? new Campaign(found.id(), campaign.organisationId(), campaign.title(),
				campaign.key(), campaign.start(), campaign.end(), campaign.reportDeadlines(),
				campaign.weeklyReportDay(), campaign.sourceFile(), campaign.importedAt()) : campaign;
		this.mongo.save(stored);
		return stored;
	}

	/**
	 * The organisation's fractions as stored now, in no particular order.
	 * @param organisationId the organisation
	 * @return its fractions
	 */
	public List<Fraction> fractions(String organisationId) {
		return this.mongo.find(Query.query(Criteria.where("organisationId").is(organisationId)), Fraction.class);
	}

	/**
	 * Stores these fractions, each replacing the one with its id.
	 * @param fractions the fractions, new or changed
	 * @return the fractions as stored
	 */
	public List<Fraction> saveFractions(List<Fraction> fractions) {
		List<Fraction> saved = new ArrayList<>();
		for (Fraction fraction : fractions) {
			saved.add(this.mongo.save(fraction));
		}
		return saved;
	}

	/**
	 * The campaign's activities as stored now, removed ones included.
	 * @param campaignId the campaign
	 * @return its activities
	 */
	public List<Activity> activities(String campaignId) {
		return this.mongo.find(Query.query(Criteria.where("campaignId").is(campaignId)), Activity.class);
	}

	/**
	 * Stores the new and changed activities of a plan and marks as removed those it no
	 * longer has, all in one bulk write; nothing when there is nothing to write. A stored
	 * activity's fields are set, not replaced, so fields the activity does not know of
	 * are kept.
	 * @param changes the activities to store and the ones to remove
	 */
	public void saveActivities(ActivityChanges changes) {
		if (changes.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Activity.class);
		for (Activity activity : changes.saved()) {
			bulk.upsert(Query.query(Criteria.where("_id").is(activity.id())),
					Update.fromDocument(new Document("$set", toDocument(activity))));
		}
		for (String removed : changes.removedIds()) {
			bulk.updateOne(Query.query(Criteria.where("_id").is(removed)),
					new Update().set("status", ActivityStatus.REMOVED).set("updatedAt", this.clock.instant()));
		}
		bulk.execute();
	}

	/**
	 * Makes a stored activity's occurrences those wanted, keeping the ones whose start
	 * and end did not move, so that what is attached to them stays: those are no longer
	 * cancelled, and the others are cancelled. The wanted occurrences not stored yet are
	 * returned, for {@link #syncOccurrences(OccurrenceChanges)} to add.
	 * @param activityId the activity
	 * @param wanted its occurrences as the plan now gives them
	 * @return the ones among {@code wanted} to add
	 */
	public List<Occurrence> keepUnmoved(String activityId, List<Occurrence> wanted) {
		List<Occurrence> stored = this.mongo.find(Query.query(Criteria.where("activityId").is(activityId)),
				Occurrence.class);
		List<Occurrence> toAdd = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		for (Occurrence occurrence : wanted) {
			Optional<Occurrence> same = stored.stream()
				.filter((old) -> old.start().equals(occurrence.start()) && old.end().equals(occurrence.end()))
				.findFirst();
			if (same.isPresent()) {
				kept.add(same.get().id());
			}
			else {
				toAdd.add(occurrence);
			}
		}
		this.mongo.updateMulti(Query.query(Criteria.where("activityId").is(activityId).and("_id").nin(kept)),
				new Update().set("cancelled", true), Occurrence.class);
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(kept)), new Update().set("cancelled", false),
				Occurrence.class);
		return toAdd;
	}

	/**
	 * Cancels the occurrences of the removed activities and adds the new occurrences,
	 * then counts the campaign's occurrences that are not cancelled.
	 * @param changes what changes of the campaign's occurrences
	 * @return how many of the campaign's occurrences are not cancelled
	 */
	public long syncOccurrences(OccurrenceChanges changes) {
		if (!changes.removedActivityIds().isEmpty()) {
			this.mongo.updateMulti(Query.query(Criteria.where("activityId").in(changes.removedActivityIds())),
					new Update().set("cancelled", true), Occurrence.class);
		}
		if (!changes.added().isEmpty()) {
			this.mongo.insertAll(changes.added());
		}
		return this.mongo.count(
				Query.query(Criteria.where("campaignId").is(changes.campaignId()).and("cancelled").is(false)),
				Occurrence.class);
	}

	private Document toDocument(Activity activity) {
		Document document = new Document();
		this.mongo.getConverter().write(activity, document);
		document.remove("_id");
		document.remove("_class");
		return document;
	}

	/**
	 * What an import changes of a campaign's activities.
	 *
	 * @param saved the activities the plan adds or changes, whole
	 * @param removedIds the activities the plan no longer has
	 */
	public record ActivityChanges(List<Activity> saved, List<String> removedIds) {

		/** Copies the lists. */
		public ActivityChanges {
			saved = List.copyOf(saved);
			removedIds = List.copyOf(removedIds);
		}

		/** True when there is nothing to write. */
		boolean isEmpty() {
			return this.saved.isEmpty() && this.removedIds.isEmpty();
		}

	}

	/**
	 * What an import changes of a campaign's occurrences, besides those
	 * {@link #keepUnmoved} kept.
	 *
	 * @param campaignId the campaign
	 * @param removedActivityIds the activities whose occurrences are all cancelled
	 * @param added the occurrences to add
	 */
	public record OccurrenceChanges(String campaignId, List<String> removedActivityIds, List<Occurrence> added) {

		/** Copies the lists. */
		public OccurrenceChanges {
			removedActivityIds = List.copyOf(removedActivityIds);
			added = List.copyOf(added);
		}

	}

}
