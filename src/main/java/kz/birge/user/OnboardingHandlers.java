package kz.birge.user;

import kz.birge.bot.CallbackHandler;
import kz.birge.user.OnboardingButtons.ChooseClass;
import kz.birge.user.OnboardingButtons.ChooseGrade;
import kz.birge.user.OnboardingButtons.ChooseOrganisation;
import kz.birge.user.OnboardingButtons.ChooseRole;
import kz.birge.user.OnboardingButtons.KeepTelegramName;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Onboarding's buttons, each passed to {@link Onboarding}. */
@Configuration(proxyBeanMethods = false)
class OnboardingHandlers {

	@Bean
	CallbackHandler<ChooseRole> chooseRoleButton(Onboarding onboarding) {
		return CallbackHandler.of(ChooseRole.class, (ctx, data) -> onboarding.onRole(ctx, data.role()));
	}

	@Bean
	CallbackHandler<ChooseOrganisation> chooseOrganisationButton(Onboarding onboarding) {
		return CallbackHandler.of(ChooseOrganisation.class,
				(ctx, data) -> onboarding.onOrganisation(ctx, data.organisationId()));
	}

	@Bean
	CallbackHandler<ChooseGrade> chooseGradeButton(Onboarding onboarding) {
		return CallbackHandler.of(ChooseGrade.class, (ctx, data) -> onboarding.onGrade(ctx, data.grade()));
	}

	@Bean
	CallbackHandler<ChooseClass> chooseClassButton(Onboarding onboarding) {
		return CallbackHandler.of(ChooseClass.class, (ctx, data) -> onboarding.onClass(ctx, data.grade(), data.letter()));
	}

	@Bean
	CallbackHandler<KeepTelegramName> keepNameButton(Onboarding onboarding) {
		return CallbackHandler.of(KeepTelegramName.class, (ctx, data) -> onboarding.onKeepTelegramName(ctx));
	}

}
