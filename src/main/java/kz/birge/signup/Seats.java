package kz.birge.signup;

import java.util.Optional;

/**
 * An occurrence's seats as counted: confirmed sign-ups and those waiting, kept up to date
 * with every sign-up and cancellation rather than counted per request.
 *
 * @param taken confirmed sign-ups
 * @param waiting sign-ups on the waitlist
 */
public record Seats(int taken, int waiting) {

	public static final Seats NONE = new Seats(0, 0);

	/** Seats left, or empty when there is no limit. */
	public Optional<Integer> left(Optional<Integer> capacity) {
		return capacity.map((seats) -> Math.max(0, seats - this.taken));
	}

}
