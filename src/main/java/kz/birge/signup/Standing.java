package kz.birge.signup;

import java.util.Optional;

/**
 * An occurrence's seats and one person's sign-up right after that person's change, as the
 * change's own writes returned them: what the card shown next needs, without reading them
 * again.
 *
 * @param seats the occurrence's counted seats after the change
 * @param mine the person's active sign-up after the change, empty when none
 */
public record Standing(Seats seats, Optional<Registration> mine) {

}
