package kz.birge.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.birge.support.OwnBirge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an instance caches of the catalogue, when another instance on the same database
 * changes an activity: the other's write and its change number are made here by hand, and
 * this instance looks at the numbers when the test says (its own look is an hour away).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueChangesTests {

	private static final String PARK = "changes-park";

	private OwnBirge own;

	private Catalogue catalogue;

	private MongoTemplate mongo;

	@BeforeAll
	void start() {
		this.own = OwnBirge.start(Map.of("birge.cluster.enabled", "true", "birge.cluster.catalogue-check", "1h"));
		this.catalogue = this.own.birge().bean(Catalogue.class);
		this.mongo = this.own.birge().mongo();
		this.own.birge().bean(Organisations.class).save(new Organisation(PARK, "Ұлттық парк"));
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	@Test
	void anActivityRenamedByAnotherInstanceIsReadAgainOnTheFirstLookAndEveryLookAfter() {
		Activity outing = outing("Outing");
		String occurrence = this.own.birge().bean(Activities.class).occurrences(outing.id()).get(0).id();
		assertThat(this.catalogue.listing(occurrence)).map(Listing::title).contains("Outing");
		assertThat(this.catalogue.activity(outing.id())).map(Activity::title).contains("Outing");

		// renamed by another instance before this one has looked at the numbers at all
		renamedElsewhere(outing, "Outing renamed");
		this.catalogue.followOtherInstances();
		assertThat(this.catalogue.activity(outing.id())).map(Activity::title).contains("Outing renamed");
		assertThat(this.catalogue.listing(occurrence)).map(Listing::title).contains("Outing renamed");

		// and again, after that first look
		renamedElsewhere(outing, "Outing renamed twice");
		this.catalogue.followOtherInstances();
		assertThat(this.catalogue.activity(outing.id())).map(Activity::title).contains("Outing renamed twice");
		assertThat(this.catalogue.listing(occurrence)).map(Listing::title).contains("Outing renamed twice");
		assertThat(this.catalogue.listings(List.of(occurrence), false).get(occurrence).title())
			.isEqualTo("Outing renamed twice");
	}

	@Test
	void aRenameOnThisInstanceShowsAtOnce() {
		Activity outing = outing("Walk");
		String occurrence = this.own.birge().bean(Activities.class).occurrences(outing.id()).get(0).id();
		assertThat(this.catalogue.listing(occurrence)).map(Listing::title).contains("Walk");
		this.own.birge().bean(Activities.class).rename(outing.id(), "Long walk");
		assertThat(this.catalogue.activity(outing.id())).map(Activity::title).contains("Long walk");
		assertThat(this.catalogue.listing(occurrence)).map(Listing::title).contains("Long walk");
	}

	/** What another instance's {@link Activities#rename} leaves in the database. */
	private void renamedElsewhere(Activity activity, String title) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(activity.id())), new Update().set("title", title),
				Activity.class);
		this.mongo.upsert(Query.query(Criteria.where("_id").is(PARK)), new Update().inc("change", 1L),
				Catalogue.CHANGES);
	}

	private Activity outing(String title) {
		Instant start = this.own.birge().bean(Clock.class).instant().plus(Duration.ofDays(5));
		return this.own.birge()
			.bean(Activities.class)
			.create(new Activities.NewActivity(PARK, title, Optional.empty(), start, start.plus(Duration.ofHours(3)),
					false, Optional.of("Кіреберіс"), new Audience(List.of(), Set.of(Category.VOLUNTEERS)),
					Optional.empty(), "Birge"));
	}

}
