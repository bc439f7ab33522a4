package kz.birge.planimport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.birge.catalog.Audience;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.planimport.dates.PlanPeriod;
import kz.birge.planimport.dates.Schedule;
import kz.birge.planimport.dates.TimeOfDay;

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
	 * @param time the time of day its dates give ("сағат 15:00"), if any
	 * @param formText its form as the plan's form column writes it ("Дөңгелек үстел"), or
	 * ""
	 */
	public record ActivityDraft(int line, int number, Optional<String> fraction, Optional<String> project, String title,
			String description, Optional<String> form, List<String> places, List<String> branches, String responsible,
			String partners, Audience audience, List<IndicatorSpec> indicators, String evidence, String scheduleText,
			List<Schedule> schedules, Optional<TimeOfDay> time, String formText) {

		public ActivityDraft {
			places = List.copyOf(places);
			branches = List.copyOf(branches);
			indicators = List.copyOf(indicators);
			schedules = List.copyOf(schedules);
			time = (time != null) ? time : Optional.empty();
			formText = (formText != null) ? formText : "";
		}

		/**
		 * An activity whose dates give no time of day and whose plan has no form column.
		 */
		public ActivityDraft(int line, int number, Optional<String> fraction, Optional<String> project, String title,
				String description, Optional<String> form, List<String> places, List<String> branches,
				String responsible, String partners, Audience audience, List<IndicatorSpec> indicators, String evidence,
				String scheduleText, List<Schedule> schedules) {
			this(line, number, fraction, project, title, description, form, places, branches, responsible, partners,
					audience, indicators, evidence, scheduleText, schedules, Optional.empty(), "");
		}

		/** The same activity with the organisation's branches it names. */
		public ActivityDraft withBranches(List<String> named) {
			return new ActivityDraft(this.line, this.number, this.fraction, this.project, this.title, this.description,
					this.form, this.places, named, this.responsible, this.partners, this.audience, this.indicators,
					this.evidence, this.scheduleText, this.schedules, this.time, this.formText);
		}

		/** The same activity on other dates. */
		public ActivityDraft withSchedules(List<Schedule> moved) {
			return new ActivityDraft(this.line, this.number, this.fraction, this.project, this.title, this.description,
					this.form, this.places, this.branches, this.responsible, this.partners, this.audience,
					this.indicators, this.evidence, this.scheduleText, moved, this.time, this.formText);
		}

	}

}
