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
 * importer does, with {@link PlanImported} and {@link OccurrencesChanged}, once the whole
 * plan is stored.
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
	 * Keeps where each activity stands in its plan, so that a report can hand the plan
	 * back row for row; kept beside the activity, not in {@link Activity}, so that an
	 * activity saved whole without it sorts by its number.
	 * @param activityIds a plan's activities in the plan's order
	 */
	public void savePlanOrder(List<String> activityIds) {
		if (activityIds.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Activity.class);
		for (int i = 0; i < activityIds.size(); i++) {
			bulk.updateOne(Query.query(Criteria.where("_id").is(activityIds.get(i))),
					new Update().set(Campaigns.PLAN_POSITION, i + 1));
		}
		bulk.execute();
	}

	/**
	 * The campaign of an organisation with this key, if it was imported before.
	 * @param organisationId the organisation
	 * @param key the campaign's key
	 * @return the campaign as stored
	 */
	public Optional<Campaign> findCampaign(String organisationId, String key) {
		return Optional.ofNullable(this.mongo.findOne(
				Query.query(Criteria.where("organisationId").is(organisationId).and("key").is(key)), Campaign.class));
	}

	/**
	 * The campaign's occurrences as stored now, cancelled ones included: one query.
	 * @param campaignId the campaign
	 * @return its occurrences
	 */
	public List<Occurrence> occurrences(String campaignId) {
		return this.mongo.find(Query.query(Criteria.where("campaignId").is(campaignId)), Occurrence.class);
	}

	/**
	 * Makes the campaign's occurrences those the plan now gives, in one bulk write: those
	 * of removed activities are cancelled, the kept ones are no longer cancelled, the
	 * moved ones take their new time and keep their id (and so what is attached to them),
	 * the dropped ones are cancelled and the new ones added. Then counts the campaign's
	 * occurrences that are not cancelled.
	 * @param changes what changes of the campaign's occurrences
	 * @return how many of the campaign's occurrences are not cancelled
	 */
	public long syncOccurrences(OccurrenceChanges changes) {
		if (!changes.isEmpty()) {
			BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Occurrence.class);
			if (!changes.removedActivityIds().isEmpty()) {
				bulk.updateMulti(Query.query(Criteria.where("activityId").in(changes.removedActivityIds())),
						new Update().set("cancelled", true));
			}
			if (!changes.keptIds().isEmpty()) {
				bulk.updateMulti(Query.query(Criteria.where("_id").in(changes.keptIds()).and("cancelled").is(true)),
						new Update().set("cancelled", false));
			}
			for (Occurrence moved : changes.moved()) {
				bulk.updateOne(Query.query(Criteria.where("_id").is(moved.id())),
						new Update().set("start", moved.start())
							.set("end", moved.end())
							.set("allDay", moved.allDay())
							.set("kind", moved.kind())
							.set("cancelled", false));
			}
			if (!changes.droppedIds().isEmpty()) {
				bulk.updateMulti(Query.query(Criteria.where("_id").in(changes.droppedIds())),
						new Update().set("cancelled", true));
			}
			if (!changes.added().isEmpty()) {
				bulk.insert(changes.added());
			}
			bulk.execute();
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
	 * What an import changes of a campaign's occurrences.
	 *
	 * @param campaignId the campaign
	 * @param removedActivityIds activities all of whose occurrences are cancelled
	 * @param keptIds the stored occurrences the plan still gives at the same time
	 * @param moved the stored occurrences the plan gives at another time: their id, and
	 * the time, kind and all-day flag they take
	 * @param droppedIds the stored occurrences the plan no longer gives
	 * @param added the occurrences to add
	 */
	public record OccurrenceChanges(String campaignId, List<String> removedActivityIds, List<String> keptIds,
			List<Occurrence> moved, List<String> droppedIds, List<Occurrence> added) {

		/** Copies the lists. */
		public OccurrenceChanges {
			removedActivityIds = List.copyOf(removedActivityIds);
			keptIds = List.copyOf(keptIds);
			moved = List.copyOf(moved);
			droppedIds = List.copyOf(droppedIds);
			added = List.copyOf(added);
		}

		/**
		 * Cancels every occurrence of the removed activities and adds new ones, nothing
		 * kept, moved or dropped one by one.
		 * @param campaignId the campaign
		 * @param removedActivityIds activities all of whose occurrences are cancelled
		 * @param added the occurrences to add
		 */
		public OccurrenceChanges(String campaignId, List<String> removedActivityIds, List<Occurrence> added) {
			this(campaignId, removedActivityIds, List.of(), List.of(), List.of(), added);
		}

		/** True when there is nothing to write. */
		boolean isEmpty() {
			return this.removedActivityIds.isEmpty() && this.keptIds.isEmpty() && this.moved.isEmpty()
					&& this.droppedIds.isEmpty() && this.added.isEmpty();
		}

	}

}
