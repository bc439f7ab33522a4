package kz.birge.indicators;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import kz.birge.bot.BotContext;
import kz.birge.bot.Notifier;
import kz.birge.bot.Reply;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Campaigns;
import kz.birge.system.BirgeProperties;
import kz.birge.user.User;
import kz.birge.user.Users;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells coordinators what their plans ask of them: a report deadline a few days ahead,
 * and the weekly summary on the plan's day ("әр апта сайын бейсенбіде": every Thursday).
 * Each notice is recorded and written into the outbound queue at once, so it goes once,
 * across restarts too.
 */
@Component
class ReportReminders {

	static final String SENT = "report_notices";

	static final int DAYS_AHEAD = 3;

	private final MongoTemplate mongo;

	private final Campaigns campaigns;

	private final Users users;

	private final Notifier notifier;

	private final ReportSummary summary;

	private final ZoneId zone;

	private final Clock clock;

	ReportReminders(MongoTemplate mongo, Campaigns campaigns, Users users, Notifier notifier, ReportSummary summary,
			BirgeProperties properties, Clock clock) {
		this.mongo = mongo;
		this.campaigns = campaigns;
		this.users = users;
		this.notifier = notifier;
		this.summary = summary;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${birge.reports.every:PT1H}", initialDelayString = "${birge.reports.every:PT1H}")
	@SchedulerLock(name = "report-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT0S")
	void send() {
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		List<Campaign> open = this.campaigns.endingOnOrAfter(today.minusDays(DAYS_AHEAD));
		for (Campaign campaign : open) {
			for (LocalDate deadline : campaign.reportDeadlines()) {
				long days = Duration.between(today.atStartOfDay(), deadline.atStartOfDay()).toDays();
				if (days >= 0 && days <= DAYS_AHEAD && once("deadline:" + campaign.id() + ":" + deadline)) {
					tellCoordinators(campaign,
							(user) -> new Notice("report.deadline-soon", campaign.title(), deadline, days));
				}
			}
			boolean weekly = campaign.weeklyReport().map((day) -> day == today.getDayOfWeek()).orElse(false)
					&& !today.isBefore(campaign.start()) && !today.isAfter(campaign.end());
			if (weekly && once("weekly:" + campaign.id() + ":" + today)) {
				tellCoordinators(campaign, (user) -> new Notice("report.weekly", campaign.title(), today, 0));
			}
		}
	}

	private record Notice(String key, String title, LocalDate day, long days) {
	}

	private void tellCoordinators(Campaign campaign, Function<User, Notice> notice) {
		for (User coordinator : this.users.coordinatorsOf(campaign.organisationId())) {
			Notice what = notice.apply(coordinator);
			this.notifier.tell("report", coordinator.chatId(), coordinator.id(), coordinator.lang(), (ctx) -> {
				String day = DateTimeFormatter.ofPattern("d MMMM yyyy", ctx.lang().locale()).format(what.day());
				if (what.key().equals("report.weekly")) {
					ctx.say(what.key(), what.title(), day);
					ctx.reply(
							new Reply(this.summary.text(ctx, campaign),
									BotContext.inline(List.of(ctx.buttonOf("plan-report.weekly-file",
											ReportHandlers.PlanDocx.over(campaign.id(), PlanReports.Period.REPORTING))),
											1)));
				}
				else {
					ctx.say(what.key(), what.title(), day, what.days());
				}
			});
		}
	}

	/** True the first time a notice is recorded. */
	private boolean once(String id) {
		try {
			this.mongo.insert(new Document("_id", id).append("at", this.clock.instant()), SENT);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
