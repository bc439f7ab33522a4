package kz.birge.signup;

import java.util.Optional;

/**
 * What a tap on "Sign up" did.
 *
 * @param outcome what happened
 * @param position place on the waitlist, 0 otherwise
 * @param standing the seats and the sign-up as the sign-up left them, when its writes
 * returned them (a seat taken); empty when they are to be read
 */
public record SignUpResult(Outcome outcome, int position, Optional<Standing> standing) {

	/** What happened. */
	public enum Outcome {

		CONFIRMED, WAITLISTED, ALREADY, CLOSED, NOT_FOUND

	}

	public SignUpResult(Outcome outcome, int position) {
		this(outcome, position, Optional.empty());
	}

	static SignUpResult of(Outcome outcome) {
		return new SignUpResult(outcome, 0);
	}

}
