package kz.birge.planimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import kz.birge.catalog.PlanStore;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;
import kz.birge.planimport.source.PlanFileException;
import kz.birge.system.BirgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On an empty database, loads two real plans so that a newcomer sees something: the
 * school parliament plan, moved to the current academic year, and TazaLike, moved to the
 * coming spring. BIRGE_DEMO=false turns this off.
 */
@Component
class DemoPlans {

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private final PlanStore store;

	private final PlanImporter importer;

	private final Clock clock;

	private final ZoneId zone;

	private final boolean enabled;

	DemoPlans(PlanStore store, PlanImporter importer, Clock clock, BirgeProperties properties,
			@Value("${birge.demo:true}") boolean enabled) {
		this.store = store;
		this.importer = importer;
		this.clock = clock;
		this.zone = properties.timezone();
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadOnEmptyDatabase() {
		if (!this.enabled || this.store.anyCampaign()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		int academicYear = (today.getMonthValue() >= Month.AUGUST.getValue()) ? today.getYear() : today.getYear() - 1;
		int spring = (today.getMonthValue() < Month.MARCH.getValue()) ? today.getYear() : today.getYear() + 1;
		load("school-parliament-plan.txt", PlanPeriod.academicYear(academicYear));
		load("tazalike-plan.txt", PlanPeriod.calendarYear(spring));
		log.info("Loaded the demo plans (BIRGE_DEMO=false turns this off)");
	}

	private void load(String resource, PlanPeriod target) {
		ReadPlan read;
		try (InputStream in = new ClassPathResource("demo/" + resource).getInputStream()) {
			read = PlanReader.read(resource, in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (PlanFileException ex) {
			throw new IllegalStateException("Demo plan " + resource + " is unreadable", ex);
		}
		this.importer.save(moveTo(read.plan(), target), resource, Optional.empty());
	}

	/** The plan with every date moved into {@code target}, keeping its day and month. */
	static PlanDraft moveTo(PlanDraft plan, PlanPeriod target) {
		UnaryOperator<LocalDate> move = (date) -> target.isAcademicYear() ? withYear(date,
				(date.getMonthValue() >= Month.AUGUST.getValue()) ? target.start().getYear() : target.end().getYear())
				: withYear(date, target.start().getYear());
		String title = plan.title()
			.replace(plan.period().start().getYear() + "-" + plan.period().end().getYear(),
					target.start().getYear() + "-" + target.end().getYear())
			.replace(String.valueOf(plan.period().start().getYear()), String.valueOf(target.start().getYear()));
		List<ActivityDraft> activities = plan.activities()
			.stream()
			.map((activity) -> activity.withSchedules(activity.schedules().stream().map((s) -> move(s, move)).toList()))
			.toList();
		return new PlanDraft(plan.organisation(), title, target, plan.reportDeadlines().stream().map(move).toList(),
				plan.weeklyReportDay(), plan.fractions(), activities);
	}

	private static Schedule move(Schedule schedule, UnaryOperator<LocalDate> move) {
		if (schedule instanceof Schedule.OnDays days) {
			return new Schedule.OnDays(days.days().stream().map(move).toList());
		}
		if (schedule instanceof Schedule.Between between) {
			LocalDate from = move.apply(between.from());
			LocalDate to = move.apply(between.to());
			return to.isBefore(from) ? new Schedule.Between(from, to.plusYears(1)) : new Schedule.Between(from, to);
		}
		if (schedule instanceof Schedule.By by) {
			return new Schedule.By(move.apply(by.deadline()));
		}
		if (schedule instanceof Schedule.From from) {
			return new Schedule.From(move.apply(from.start()));
		}
		if (schedule instanceof Schedule.Every every && every.within().isPresent()) {
			return every.within((Schedule.Between) move(every.within().get(), move));
		}
		return schedule;
	}

	private static LocalDate withYear(LocalDate date, int year) {
		return date.withYear(year);
	}

}
