package kz.birge.user;

import kz.birge.bot.CallbackData;

/** The buttons of onboarding and profile changes. */
final class OnboardingButtons {

	private OnboardingButtons() {
	}

	@CallbackData.Prefix("or")
	record ChooseRole(Role role) implements CallbackData {
	}

	@CallbackData.Prefix("oo")
	record ChooseOrganisation(String organisationId) implements CallbackData {
	}

	@CallbackData.Prefix("og")
	record ChooseGrade(int grade) implements CallbackData {
	}

	@CallbackData.Prefix("oc")
	record ChooseClass(int grade, String letter) implements CallbackData {
	}

	@CallbackData.Prefix("on")
	record KeepTelegramName() implements CallbackData {
	}

}
