package kz.birge.bot;

import java.util.Optional;

import kz.birge.i18n.Lang;

/**
 * Who sent an update, as far as routing needs to know: the language to answer in, their
 * standing, and the organisation they belong to (none for a coordinator of every
 * organisation).
 *
 * @param lang the language to answer in
 * @param standing what they may do
 * @param organisationId their organisation, if they have one
 */
public record Caller(Lang lang, Access standing, Optional<String> organisationId) {

	/** Someone who is not staff anywhere. */
	public static Caller member(Lang lang, Optional<String> organisationId) {
		return new Caller(lang, Access.ANYONE, organisationId);
	}

	/**
	 * True when this person's standing covers {@code required} for
	 * {@code organisationId}: staff of that organisation, or a coordinator with no
	 * organisation (who manages every one).
	 */
	public boolean mayActFor(Access required, String organisationId) {
		if (!this.standing.covers(required)) {
			return false;
		}
		if (required == Access.ANYONE) {
			return true;
		}
		return this.organisationId.map(organisationId::equals).orElse(this.standing == Access.COORDINATOR);
	}

}
