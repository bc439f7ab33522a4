package kz.birge.events;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import kz.birge.attendance.Attendance;
import kz.birge.attendance.Attendances;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Occurrence;
import kz.birge.i18n.Lang;
import kz.birge.signup.Registration;
import kz.birge.signup.Registrations;
import kz.birge.support.MutableClock;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weekly activity as a school year lives it: one entry in /events that reads as its
 * repeat and its next date; a student joins the series once, on any day of the campaign,
 * and holds a sign-up for each coming occurrence; leaving it cancels the coming ones
 * only, and what they took part in stays theirs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeriesTests {

	/** Monday 23 November 2026, 09:00 in Almaty. */
	private static final LocalDateTime MONDAY = LocalDateTime.parse("2026-11-23T09:00");

	private static final LocalDate YEAR_START = LocalDate.parse("2026-09-01");

	private static final LocalDate YEAR_END = LocalDate.parse("2027-05-31");

	private static final String CHALLENGE = "Эко-челлендж: пластиксіз бейсенбі";

	private static final AtomicInteger SCHOOLS = new AtomicInteger();

	private final MutableClock clock = MutableClock.Config.CLOCK;

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.clock.set(at(MONDAY));
		this.own = OwnBirge.start(Map.of(), MutableClock.Config.class);
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	private static Instant at(LocalDateTime local) {
		return local.atZone(SchoolPlan.ALMATY).toInstant();
	}

	private SchoolPlan schoolYear() {
		return new SchoolPlan(this.own, "series-school-" + SCHOOLS.incrementAndGet(), YEAR_START, YEAR_END);
	}

	private Registrations registrations() {
		return this.own.birge().bean(Registrations.class);
	}

	/** A day as the bot writes it in this person's language. */
	private static String day(TestChat chat, LocalDate day) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Lang.fromTelegram(chat.user().languageCode()).locale())
			.format(day);
	}

	private static String everyThursday(TestChat chat, LocalDate next) {
		return chat.t("when.series", chat.t("repeat.WEEKLY_ON.THURSDAY"), day(chat, next));
	}

	private SentMessage allEvents(TestChat chat) {
		chat.send("/events");
		SentMessage list = chat.expect("events.title", chat.t("events.window.NEXT_30_DAYS"), 1, 1);
		chat.tap(list, chat.t("events.window-button.ALL"));
		return chat.expectThat("the list of all",
				(m) -> m.messageId() == list.messageId() && m.text().contains(chat.t("events.window.ALL")));
	}

	/** Opens the weekly challenge, first on the list of all, and joins its series. */
	private SentMessage joinTheChallenge(TestChat chat) {
		chat.tap(allEvents(chat), "1");
		chat.tap(chat.expectThat("the card", (m) -> m.text().startsWith(CHALLENGE)), chat.t("card.join-series"));
		return chat.expect("card.you-are-in");
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	@Test
	void aWeeklyActivityIsOneEntryThatReadsAsItsRepeatAndSortsByItsNextDate() {
		this.clock.set(at(MONDAY));
		SchoolPlan plan = schoolYear();
		plan.weekly(CHALLENGE, DayOfWeek.THURSDAY);
		plan.at("Дебат: сәрсенбі", LocalDateTime.parse("2026-11-25T15:00"), null);
		plan.at("Жұма концерті", LocalDateTime.parse("2026-11-27T15:00"), null);
		TestChat chat = plan.student("Айжан", "ru");

		String list = allEvents(chat).text();

		assertThat(count(list, CHALLENGE)).isEqualTo(1);
		assertThat(list).contains(everyThursday(chat, LocalDate.parse("2026-11-26")));
		assertThat(list.indexOf("Дебат: сәрсенбі")).isLessThan(list.indexOf(CHALLENGE));
		assertThat(list.indexOf(CHALLENGE)).isLessThan(list.indexOf("Жұма концерті"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-09-01T08:00", "2026-11-26T14:00", "2027-03-14T18:00" })
	void aStudentJoinsTheSeriesOnAnyDayOfTheCampaignAndHoldsEachComingOccurrence(String when) {
		Instant now = at(LocalDateTime.parse(when));
		this.clock.set(now);
		SchoolPlan plan = schoolYear();
		Activity challenge = plan.weekly(CHALLENGE, DayOfWeek.THURSDAY);
		TestChat chat = plan.student("Бекзат", "kk");
		LocalDate nextThursday = LocalDate.parse(when.substring(0, 10))
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));

		chat.tap(allEvents(chat), "1");
		SentMessage card = chat.expectThat("the card", (m) -> m.text().startsWith(CHALLENGE));
		assertThat(card.text()).contains(everyThursday(chat, nextThursday));
		// how long joining commits one to: the last Thursday of the year and how many
		// come after this one
		LocalDate lastThursday = YEAR_END.with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
		long after = ChronoUnit.WEEKS.between(nextThursday, lastThursday);
		assertThat(card.text()).contains(chat.t("card.series-until", day(chat, lastThursday), after));
		chat.tap(card, chat.t("card.join-series"));
		chat.expect("card.you-are-in");

		List<Occurrence> coming = plan.occurrences(challenge).stream().filter((o) -> o.end().isAfter(now)).toList();
		List<Occurrence> past = plan.occurrences(challenge).stream().filter((o) -> !o.end().isAfter(now)).toList();
		assertThat(coming).isNotEmpty();
		for (Occurrence occurrence : coming) {
			assertThat(registrations().confirmedFor(occurrence.id())).as("the roster of " + occurrence.start())
				.extracting(Registration::userId)
				.containsExactly(chat.id());
		}
		assertThat(registrations().mine(chat.id(), past.stream().map(Occurrence::id).toList())).isEmpty();

		chat.send("/my");
		String my = chat.expect("my.upcoming").text();
		assertThat(count(my, CHALLENGE)).as("the series once in /my").isEqualTo(1);
		assertThat(my).contains(everyThursday(chat, nextThursday));
	}

	@Test
	void theLastDateOfASeriesSaysItIsTheLast() {
		this.clock.set(at(LocalDateTime.parse("2027-05-27T08:00")));
		SchoolPlan plan = schoolYear();
		plan.weekly(CHALLENGE, DayOfWeek.THURSDAY);
		TestChat chat = plan.student("Дана", "en");

		chat.tap(allEvents(chat), "1");
		SentMessage card = chat.expectThat("the card", (m) -> m.text().startsWith(CHALLENGE));
		assertThat(card.text().lines()).contains(chat.t("card.series-last"))
			.noneMatch((line) -> line.startsWith(chat.t("card.series-until", "", 0).substring(0, 9)));
	}

	@Test
	void leavingTheSeriesCancelsTheComingOccurrencesOnlyAndKeepsWhatTheyTookPartIn() {
		this.clock.set(at(MONDAY));
		SchoolPlan plan = schoolYear();
		Activity challenge = plan.weekly(CHALLENGE, DayOfWeek.THURSDAY);
		TestChat chat = plan.student("Дина", "en");
		joinTheChallenge(chat);
		Occurrence thursday = plan.occurrenceOn(challenge, LocalDate.parse("2026-11-26"));
		this.clock.set(at(LocalDateTime.parse("2026-11-26T12:00")));
		this.own.birge().bean(Attendances.class).mark(thursday, chat.id(), Attendance.Mark.PRESENT, 1L);

		Instant friday = at(LocalDateTime.parse("2026-11-27T10:00"));
		this.clock.set(friday);
		chat.send("/my");
		chat.tap(chat.expect("my.upcoming"), chat.t("my.leave-series"));
		SentMessage card = chat.expectThat("the card, left", (m) -> m.text().startsWith(CHALLENGE));
		assertThat(card.callbackButtons()).contains(chat.t("card.join-series"));

		assertThat(registrations().mine(chat.id(), List.of(thursday.id())).get(thursday.id()).status())
			.isEqualTo(Registration.Status.CONFIRMED);
		List<String> coming = plan.occurrences(challenge)
			.stream()
			.filter((o) -> o.end().isAfter(friday))
			.map(Occurrence::id)
			.toList();
		assertThat(registrations().mine(chat.id(), coming).values()).hasSize(coming.size())
			.allMatch((registration) -> registration.status() == Registration.Status.CANCELLED);
		assertThat(this.own.birge().bean(Attendances.class).attendedBy(chat.id())).extracting(Attendance::occurrenceId)
			.containsExactly(thursday.id());

		chat.send("/my");
		String my = chat.expect("my.upcoming").text();
		String history = my.substring(my.indexOf(chat.t("my.history")));
		assertThat(my.substring(0, my.indexOf(chat.t("my.history")))).doesNotContain(CHALLENGE);
		assertThat(history).contains(chat.t("my.past", day(chat, LocalDate.parse("2026-11-26")), CHALLENGE));
	}

	@Test
	void aDateSkippedReadsAsSkippedWhileTheRestOfTheSeriesHoldsAndCanBeTakenBack() {
		this.clock.set(at(MONDAY));
		SchoolPlan plan = schoolYear();
		Activity challenge = plan.weekly(CHALLENGE, DayOfWeek.THURSDAY);
		TestChat chat = plan.student("Әсел", "kk");
		SentMessage card = joinTheChallenge(chat);
		Occurrence thursday = plan.occurrenceOn(challenge, LocalDate.parse("2026-11-26"));

		chat.tap(card, chat.t("card.skip-one"));
		card = chat.expect("card.skipped");
		// in the series still: not asked to join it, but to come after all or leave it
		assertThat(card.text()).doesNotContain(chat.t("card.you-are-in"));
		assertThat(card.callbackButtons()).contains(chat.t("card.come-after-all"), chat.t("card.leave-series"))
			.doesNotContain(chat.t("card.join-series"), chat.t("card.skip-one"));
		assertThat(registrations().mine(chat.id(), List.of(thursday.id())).get(thursday.id()).status())
			.isEqualTo(Registration.Status.CANCELLED);
		List<String> later = plan.occurrences(challenge)
			.stream()
			.filter((o) -> o.start().isAfter(thursday.end()))
			.map(Occurrence::id)
			.toList();
		assertThat(registrations().mine(chat.id(), later).values()).hasSize(later.size())
			.allMatch((registration) -> registration.status() == Registration.Status.CONFIRMED);

		chat.tap(card, chat.t("card.come-after-all"));
		card = chat.expect("card.you-are-in");
		assertThat(card.text()).doesNotContain(chat.t("card.skipped"));
		assertThat(card.callbackButtons()).contains(chat.t("card.skip-one"), chat.t("card.leave-series"));
		assertThat(registrations().mine(chat.id(), List.of(thursday.id())).get(thursday.id()).status())
			.isEqualTo(Registration.Status.CONFIRMED);
	}

}
