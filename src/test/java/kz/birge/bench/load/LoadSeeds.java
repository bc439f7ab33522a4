package kz.birge.bench.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import kz.birge.attendance.Attendance;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.ActivityStatus;
import kz.birge.catalog.Audience;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Occurrence;
import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.catalog.PlanStore;
import kz.birge.i18n.Lang;
import kz.birge.support.BirgeInstance;
import kz.birge.support.TgUser;
import kz.birge.user.Role;
import kz.birge.user.User;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the load benchmark puts in Birge's database before it measures: a school, its
 * coming activities, students already registered (written in bulk, as onboarding would
 * leave them), and a past campaign with its attendance and the counters a report reads.
 */
final class LoadSeeds {

	static final String SCHOOL = "bench-school";

	static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	private static final Audience GRADES_5_TO_9 = new Audience(List.of(new GradeRange(5, 9)),
			Set.of(Category.STUDENTS));

	private static final int BATCH = 5_000;

	private final BirgeInstance birge;

	private final MongoTemplate mongo;

	LoadSeeds(BirgeInstance birge) {
		this.birge = birge;
		this.mongo = birge.mongo();
	}

	void school() {
		this.birge.bean(Organisations.class).save(new Organisation(SCHOOL, "Көкшетау №2 мектеп-лицей (бенчмарк)"));
	}

	/**
	 * Telegram users {@code first}, {@code first + 1}..., speaking Kazakh and Russian.
	 */
	static List<TgUser> people(long first, int count) {
		List<TgUser> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			people.add(new TgUser(first + i, "Оқушы " + i, null, null, (i % 3 == 0) ? "ru" : "kk"));
		}
		return people;
	}

	/** The people as students of grade 7 of the school, written in bulk. */
	void students(List<TgUser> people) {
		Instant now = this.birge.bean(Clock.class).instant();
		List<User> users = people.stream()
			.map((person) -> new User(person.id(), person.id(), Role.STUDENT, Lang.fromTelegram(person.languageCode()),
					person.firstName(), null, null, 7, "А", SCHOOL, now))
			.toList();
		for (int from = 0; from < users.size(); from += BATCH) {
			this.mongo.insert(users.subList(from, Math.min(users.size(), from + BATCH)), User.class);
		}
	}

	/**
	 * One-off activities at 15:00 on the days from {@code firstDay} on, for grades 5–9,
	 * through the catalogue's own service; their occurrence ids.
	 */
	List<String> comingActivities(int count, LocalDate firstDay) {
		Activities activities = this.birge.bean(Activities.class);
		List<String> occurrences = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Instant start = LocalDateTime.of(firstDay.plusDays(i % 14), LocalTime.of(15, 0)).atZone(ALMATY).toInstant();
			Activity activity = activities.create(new Activities.NewActivity(SCHOOL, "Экологиялық акция №" + (i + 1),
					Optional.empty(), start, start.plus(Duration.ofHours(2)), false, Optional.of("Акт залы"),
					GRADES_5_TO_9, Optional.empty(), "Мектеп жоспары"));
			occurrences.add(activities.occurrences(activity.id()).get(0).id());
		}
		return occurrences;
	}

	/**
	 * A finished campaign of {@code activityCount} activities, each held
	 * {@code perActivity} times on past days, stored as an import stores it, with
	 * {@code records} attendances marked present (students of many classes and schools)
	 * and the counters the report reads, all written in bulk. Returns the campaign's id.
	 */
	String campaignWithAttendance(int activityCount, int perActivity, int records, int people) {
		Instant now = this.birge.bean(Clock.class).instant();
		LocalDate today = LocalDate.ofInstant(now, ALMATY);
		String campaignId = UUID.randomUUID().toString();
		PlanStore plans = this.birge.bean(PlanStore.class);
		plans.saveCampaign(new Campaign(campaignId, SCHOOL, "Таза Қазақстан: аудан бойынша акция", "bench-campaign",
				today.minusDays(120), today.plusDays(30), List.of(), null, "plan.xlsx", now));
		List<Activity> activities = new ArrayList<>();
		for (int i = 0; i < activityCount; i++) {
			String id = UUID.randomUUID().toString();
			activities.add(new Activity(id, SCHOOL, campaignId, null, null, i + 1, "Сенбілік №" + (i + 1), null,
					List.of("Мектеп ауласы"), List.of(), "Сынып жетекшілері", "", GRADES_5_TO_9, List.of(), "", "",
					false, null, ActivityStatus.ACTIVE, "bench-" + id, "", now));
		}
		plans.saveActivities(new PlanStore.ActivityChanges(activities, List.of()));
		List<Occurrence> occurrences = new ArrayList<>();
		for (int i = 0; i < activities.size(); i++) {
			for (int k = 0; k < perActivity; k++) {
				LocalDate day = today.minusDays(1 + (i * perActivity + k) % 100);
				Instant start = day.atTime(10, 0).atZone(ALMATY).toInstant();
				occurrences.add(new Occurrence(UUID.randomUUID().toString(), activities.get(i).id(), campaignId, SCHOOL,
						null, start, start.plus(Duration.ofHours(2)), false, Occurrence.Kind.DAYS, false));
			}
		}
		plans.syncOccurrences(new PlanStore.OccurrenceChanges(campaignId, List.of(), occurrences));
		attendance(campaignId, occurrences, records, people, now);
		return campaignId;
	}

	/**
	 * The attendance records, spread over the occurrences (each person at most once an
	 * occurrence), and the counters Birge would have kept while they were marked.
	 */
	private void attendance(String campaignId, List<Occurrence> occurrences, int records, int people, Instant now) {
		Map<String, Long> perOccurrence = new HashMap<>();
		Map<String, Long> perActivity = new HashMap<>();
		Map<String, Long> timesPerKey = new HashMap<>();
		List<Attendance> batch = new ArrayList<>();
		int count = occurrences.size();
		for (int k = 0; k < records; k++) {
			Occurrence occurrence = occurrences.get(k % count);
			long userId = 800_000_000L + ((long) (k / count) * 200 + k % count) % people;
			String classKey = "school-" + (userId % 40) + ":" + (5 + userId % 5) + "А";
			String schoolKey = "school-" + (userId % 40);
			batch.add(new Attendance(occurrence.id() + "_" + userId, occurrence.id(), occurrence.activityId(),
					campaignId, SCHOOL, userId, "Оқушы " + userId, 1, Attendance.Mark.PRESENT, classKey, schoolKey, 1,
					now));
			perOccurrence.merge(occurrence.id(), 1L, Long::sum);
			perActivity.merge(occurrence.activityId(), 1L, Long::sum);
			timesPerKey.merge("person:user:" + userId, 1L, Long::sum);
			timesPerKey.merge("class:" + classKey, 1L, Long::sum);
			timesPerKey.merge("school:" + schoolKey, 1L, Long::sum);
			String inActivity = "activity:" + occurrence.activityId() + ":";
			timesPerKey.merge(inActivity + "person:user:" + userId, 1L, Long::sum);
			timesPerKey.merge(inActivity + "class:" + classKey, 1L, Long::sum);
			timesPerKey.merge(inActivity + "school:" + schoolKey, 1L, Long::sum);
			if (batch.size() == BATCH) {
				this.mongo.insert(batch, Attendance.class);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			this.mongo.insert(batch, Attendance.class);
		}
		List<Document> counters = new ArrayList<>();
		Map<String, String> activityOf = new HashMap<>();
		occurrences.forEach((occurrence) -> activityOf.put(occurrence.id(), occurrence.activityId()));
		perOccurrence.forEach((id,
				heads) -> counters.add(new Document("_id", "occurrence:" + id).append("participants", heads)
					.append("campaignId", campaignId)
					.append("activityId", activityOf.get(id))
					.append("occurrenceId", id)));
		// per activity: how many distinct people, classes and schools came to it
		Map<String, long[]> distinctPerActivity = new HashMap<>();
		Set<String> classes = new HashSet<>();
		Set<String> schools = new HashSet<>();
		long unique = 0;
		for (Map.Entry<String, Long> entry : timesPerKey.entrySet()) {
			counters.add(new Document("_id", "distinct:" + campaignId + ":" + entry.getKey()).append("count",
					entry.getValue()));
			if (entry.getKey().startsWith("activity:")) {
				String[] parts = entry.getKey().split(":", 3);
				long[] three = distinctPerActivity.computeIfAbsent(parts[1], (id) -> new long[3]);
				three[parts[2].startsWith("person:") ? 0 : parts[2].startsWith("class:") ? 1 : 2]++;
			}
			else if (entry.getKey().startsWith("person:")) {
				unique++;
			}
			else if (entry.getKey().startsWith("class:")) {
				classes.add(entry.getKey());
			}
			else {
				schools.add(entry.getKey());
			}
		}
		perActivity.forEach((id, heads) -> {
			long[] three = distinctPerActivity.getOrDefault(id, new long[3]);
			counters.add(new Document("_id", "activity:" + id).append("participants", heads)
				.append("unique", three[0])
				.append("classes", three[1])
				.append("schools", three[2]));
		});
		counters.add(new Document("_id", "campaign:" + campaignId).append("participants", (long) records)
			.append("byActivity", true)
			.append("unique", unique)
			.append("classes", (long) classes.size())
			.append("schools", (long) schools.size()));
		for (int from = 0; from < counters.size(); from += BATCH) {
			this.mongo.getCollection("counters")
				.insertMany(counters.subList(from, Math.min(counters.size(), from + BATCH)));
		}
	}

}
