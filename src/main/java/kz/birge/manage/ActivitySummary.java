package kz.birge.manage;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.catalog.ActivityText;
import kz.birge.catalog.Catalogue;
import kz.birge.catalog.Fraction;
import kz.birge.system.BirgeProperties;

import org.springframework.stereotype.Component;

/** How a new activity's draft reads before it is created, in the card's own words. */
@Component
class ActivitySummary {

	private final Catalogue catalogue;

	private final ZoneId zone;

	ActivitySummary(Catalogue catalogue, BirgeProperties properties) {
		this.catalogue = catalogue;
		this.zone = properties.timezone();
	}

	String of(BotContext ctx, NewActivityFlow.Draft draft) {
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("new.summary"));
		lines.add(ctx.t("card.title", draft.title()));
		lines.add(ctx.t("card.when", when(ctx, draft.when())));
		Optional.ofNullable(draft.place()).ifPresent((place) -> lines.add(ctx.t("card.place", place)));
		Optional.ofNullable(draft.fractionId())
			.flatMap((id) -> fraction(draft.organisationId(), id))
			.ifPresent((fraction) -> lines.add(ctx.t("card.fraction", fraction.name())));
		lines.add(ctx.t("card.audience", ActivityText.audience(ctx, draft.audience(), false)));
		lines.add(Optional.ofNullable(draft.seats())
			.map((seats) -> ctx.t("card.seats", seats))
			.orElse(ctx.t("card.no-seat-limit")));
		return String.join("\n", lines);
	}

	String when(BotContext ctx, TypedTime.When when) {
		return ActivityText.when(ctx, when.start(), when.end(), when.allDay(), false, this.zone);
	}

	/** A fraction of the organisation, from the cached catalogue. */
	Optional<Fraction> fraction(String organisationId, String fractionId) {
		return this.catalogue.fractions(organisationId).stream().filter((f) -> f.id().equals(fractionId)).findFirst();
	}

}
