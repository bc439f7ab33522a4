package kz.birge.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Campaigns and what they hold, read fresh from the database for reports and reminders:
 * the campaigns themselves, their activities and occurrences, and their organisation's
 * fractions. Each method is one query, whatever the size of the campaign.
 */
@Service
public class Campaigns {

	/** The field beside an activity that keeps its place in its plan. */
	static final String PLAN_POSITION = "planPosition";

	private final MongoTemplate mongo;

	Campaigns(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * One campaign.
	 * @param id the campaign's id
	 * @return the campaign, or empty when there is none
	 */
	public Optional<Campaign> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Campaign.class));
	}

	/**
	 * The latest campaigns of an organisation, or of every organisation, the latest start
	 * first.
	 * @param organisationId the organisation, or empty for all
	 * @param limit the most campaigns to return
	 * @return the campaigns
	 */
	public List<Campaign> latest(Optional<String> organisationId, int limit) {
		Query query = organisationId.map((id) -> Query.query(Criteria.where("organisationId").is(id)))
			.orElseGet(Query::new);
		return this.mongo.find(query.with(Sort.by(Sort.Direction.DESC, "start")).limit(limit), Campaign.class);
	}

	/**
	 * The campaigns of every organisation whose period ends on or after a day, in no
	 * particular order.
	 * @param day the day
	 * @return the campaigns
	 */
	public List<Campaign> endingOnOrAfter(LocalDate day) {
		return this.mongo.find(Query.query(Criteria.where("end").gte(day)), Campaign.class);
	}

	/**
	 * A campaign's activities in no particular order, removed ones included.
	 * @param campaignId the campaign
	 * @return its activities
	 */
	public List<Activity> activities(String campaignId) {
		return this.mongo.find(Query.query(Criteria.where("campaignId").is(campaignId)), Activity.class);
	}

	/**
	 * A campaign's activities in the plan's order: by number, then by title.
	 * @param campaignId the campaign
	 * @return its activities
	 */
	/**
	 * A campaign's activities in the order its plan lists them; activities added since,
	 * or saved without their place, after them by number.
	 * @param campaignId the campaign
	 * @return its activities, removed ones included
	 */
	public List<Activity> activitiesInPlanOrder(String campaignId) {
		Query query = Query.query(Criteria.where("campaignId").is(campaignId));
		Map<String, Integer> positions = new HashMap<>();
		this.mongo.getCollection(this.mongo.getCollectionName(Activity.class))
			.find(query.getQueryObject())
			.projection(new Document(PLAN_POSITION, 1))
			.forEach((document) -> {
				Object position = document.get(PLAN_POSITION);
				if (position instanceof Number number) {
					positions.put(document.getString("_id"), number.intValue());
				}
			});
		List<Activity> activities = new ArrayList<>(activitiesInOrder(campaignId));
		activities.sort(Comparator
			.comparingInt((Activity activity) -> positions.getOrDefault(activity.id(), Integer.MAX_VALUE)));
		return activities;
	}

	/**
	 * Every occurrence of a campaign, cancelled ones included, in no particular order.
	 * @param campaignId the campaign
	 * @return its occurrences
	 */
	public List<Occurrence> allOccurrences(String campaignId) {
		return this.mongo.find(
				Query.query(Criteria.where("campaignId").is(campaignId).and("cancelled").in(true, false)),
				Occurrence.class);
	}

	public List<Activity> activitiesInOrder(String campaignId) {
		return this.mongo.find(
				Query.query(Criteria.where("campaignId").is(campaignId)).with(Sort.by("number", "title")),
				Activity.class);
	}

	/**
	 * A campaign's occurrences that are not cancelled, in time order.
	 * @param campaignId the campaign
	 * @return its occurrences
	 */
	public List<Occurrence> occurrences(String campaignId) {
		return this.mongo.find(Query.query(Criteria.where("campaignId").is(campaignId).and("cancelled").is(false))
			.with(Sort.by("start")), Occurrence.class);
	}

	/**
	 * The occurrences of some of a campaign's activities, cancelled ones included, in no
	 * particular order.
	 * @param campaignId the campaign
	 * @param activityIds the activities
	 * @return their occurrences
	 */
	public List<Occurrence> occurrencesOf(String campaignId, Collection<String> activityIds) {
		return this.mongo.find(
				Query.query(Criteria.where("campaignId").is(campaignId).and("activityId").in(activityIds)),
				Occurrence.class);
	}

	/**
	 * An organisation's fractions as stored now, in no particular order.
	 * @param organisationId the organisation
	 * @return its fractions
	 */
	public List<Fraction> fractions(String organisationId) {
		return this.mongo.find(Query.query(Criteria.where("organisationId").is(organisationId)), Fraction.class);
	}

}
