package kz.birge.signup;

/**
 * What a tap on "Sign up" did.
 *
 * @param outcome what happened
 * @param position place on the waitlist, 0 otherwise
 */
public record SignUpResult(Outcome outcome, int position) {

	/** What happened. */
	public enum Outcome {

		CONFIRMED, WAITLISTED, ALREADY, CLOSED, NOT_FOUND

	}

	static SignUpResult of(Outcome outcome) {
		return new SignUpResult(outcome, 0);
	}

}
