package kz.birge.planimport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.birge.catalog.Audience;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;

/**
 * A plan as read from a file, before it is stored.
 *
 * @param organisation the organisation the plan names, empty when it names none
 * @param title the plan's title
 * @param period the period it covers
 * @param reportDeadlines days by which reports are due
 * @param weeklyReportDay the weekday of a weekly report, if the plan asks for one
 * @param fractions its fractions in order, with their projects
 * @param activities its activities in order
 */
public record PlanDraft(Optional<String> organisation, String title, PlanPeriod period, List<LocalDate> reportDeadlines,
		Optional<DayOfWeek> weeklyReportDay, List<FractionDraft> fractions, List<ActivityDraft> activities) {

	public PlanDraft {
		reportDeadlines = List.copyOf(reportDeadlines);
		fractions = List.copyOf(fractions);
		activities = List.copyOf(activities);
	}

	/** A fraction and its projects. */
	public record FractionDraft(String name, List<String> projects) {

		public FractionDraft {
			projects = List.copyOf(projects);
		}

	}

	/**
	 * One activity as the plan writes it.
	 *
	 * @param line the row it was read from
	 * @param number its number in the plan, 0 when it has none
	 * @param fraction its fraction's name
	 * @param project its project's name
	 * @param title what it is called
	 * @param description more about it (a prose plan's whole item)
	 * @param form its form's key
	 * @param places where, as written
	 * @param branches the organisation's branches named
	 * @param responsible who runs it
	 * @param partners who helps
	 * @param audience who it is for
	 * @param indicators what is counted
	 * @param evidence what proves it was done
	 * @param scheduleText its dates as written
	 * @param schedules its dates as understood
	 */
	public record ActivityDraft(int line, int number, Optional<String> fraction, Optional<String> project, String title,
			String description, Optional<String> form, List<String> places, List<String> branches, String responsible,
			String partners, Audience audience, List<IndicatorSpec> indicators, String evidence, String scheduleText,
			List<Schedule> schedules) {

		public ActivityDraft {
			places = List.copyOf(places);
			branches = List.copyOf(branches);
			indicators = List.copyOf(indicators);
			schedules = List.copyOf(schedules);
		}

	}

}
