package kz.birge.catalog;

import kz.birge.bot.CallbackHandler;
import kz.birge.bot.CommandHandler;
import kz.birge.catalog.NewActivityFlow.Create;
import kz.birge.catalog.NewActivityFlow.NoSeatLimit;
import kz.birge.catalog.NewActivityFlow.PickAudience;
import kz.birge.catalog.NewActivityFlow.PickFraction;
import kz.birge.catalog.NewActivityFlow.PickOrganisation;
import kz.birge.catalog.NewActivityFlow.SkipPlace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** /new and the buttons of its steps, each passed to {@link NewActivityFlow}. */
@Configuration(proxyBeanMethods = false)
class NewActivityHandlers {

	@Bean
	CommandHandler newActivityCommand(NewActivityFlow flow) {
		return CommandHandler.of("new", 41, CommandHandler.MenuAudience.COORDINATORS, (ctx, args) -> flow.begin(ctx));
	}

	@Bean
	CallbackHandler<PickOrganisation> newActivityOrganisationButton(NewActivityFlow flow) {
		return CallbackHandler.of(PickOrganisation.class, (ctx, data) -> flow.onOrganisation(ctx, data.organisationId()));
	}

	@Bean
	CallbackHandler<PickFraction> newActivityFractionButton(NewActivityFlow flow) {
		return CallbackHandler.of(PickFraction.class, (ctx, data) -> flow.onFraction(ctx, data.fractionId()));
	}

	@Bean
	CallbackHandler<SkipPlace> newActivitySkipPlaceButton(NewActivityFlow flow) {
		return CallbackHandler.of(SkipPlace.class, (ctx, data) -> flow.onSkipPlace(ctx));
	}

	@Bean
	CallbackHandler<PickAudience> newActivityAudienceButton(NewActivityFlow flow) {
		return CallbackHandler.of(PickAudience.class, (ctx, data) -> flow.onAudience(ctx, data.who()));
	}

	@Bean
	CallbackHandler<NoSeatLimit> newActivityNoLimitButton(NewActivityFlow flow) {
		return CallbackHandler.of(NoSeatLimit.class, (ctx, data) -> flow.onNoSeatLimit(ctx));
	}

	@Bean
	CallbackHandler<Create> newActivityCreateButton(NewActivityFlow flow) {
		return CallbackHandler.of(Create.class, (ctx, data) -> flow.onCreate(ctx));
	}

}
