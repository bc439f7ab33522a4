package kz.birge.events;

import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.ChatHandlers;
import kz.birge.events.EventButtons.ChooseCampaign;
import kz.birge.events.EventButtons.ChooseFraction;
import kz.birge.events.EventButtons.SetCampaign;
import kz.birge.events.EventButtons.SetFraction;
import kz.birge.events.EventButtons.SetWindow;
import kz.birge.events.EventButtons.ToggleWholeSchool;
import kz.birge.user.Users;

/**
 * The filter buttons under /events: time window, fraction, campaign and the school-wide
 * switch.
 */
@ChatHandlers
class EventFilterButtons {

	private final Users users;

	private final EventsBrowser browser;

	private final EventFilters filters;

	EventFilterButtons(Users users, EventsBrowser browser, EventFilters filters) {
		this.users = users;
		this.browser = browser;
		this.filters = filters;
	}

	@ChatHandlers.Button
	void window(BotContext ctx, SetWindow data) {
		refilter(ctx, this.filters.of(ctx.userId()).window(data.window()));
	}

	@ChatHandlers.Button
	void chooseFraction(BotContext ctx, ChooseFraction data) {
		ctx.show(this.browser.fractionChoice(ctx, Viewer.of(this.users.get(ctx.userId()))));
	}

	@ChatHandlers.Button
	void fraction(BotContext ctx, SetFraction data) {
		refilter(ctx, this.filters.of(ctx.userId()).fraction(chosen(data.fractionId())));
	}

	@ChatHandlers.Button
	void chooseCampaign(BotContext ctx, ChooseCampaign data) {
		ctx.show(this.browser.campaignChoice(ctx, Viewer.of(this.users.get(ctx.userId()))));
	}

	@ChatHandlers.Button
	void campaign(BotContext ctx, SetCampaign data) {
		refilter(ctx, this.filters.of(ctx.userId()).campaign(chosen(data.campaignId())));
	}

	@ChatHandlers.Button
	void wholeSchool(BotContext ctx, ToggleWholeSchool data) {
		refilter(ctx, this.filters.of(ctx.userId()).toggleWholeSchool());
	}

	private void refilter(BotContext ctx, EventFilter filter) {
		this.filters.save(ctx.userId(), filter);
		this.browser.show(ctx, this.users.get(ctx.userId()), 0);
	}

	/** The id a filter button carries, or none for "all". */
	private static Optional<String> chosen(String id) {
		return Optional.of(id).filter((chosen) -> !chosen.equals(EventButtons.ALL));
	}

}
