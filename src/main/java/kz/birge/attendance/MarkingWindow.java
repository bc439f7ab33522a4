package kz.birge.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.birge.catalog.Occurrence;
import kz.birge.indicators.Corrections;
import kz.birge.system.BirgeProperties;

import org.springframework.stereotype.Component;

/**
 * When a roster may be marked: from an hour before the occurrence starts (an all-day one:
 * from the start of its day) until corrections close, at the end of the campaign's report
 * deadline that follows it, or {@link Corrections#WITHOUT_DEADLINE} after it ends when no
 * deadline follows ({@link Corrections}); after that only a coordinator's confirmation
 * opens it again.
 */
@Component
class MarkingWindow {

	/** How long before a timed occurrence's start its roster opens. */
	static final Duration AHEAD = Duration.ofHours(1);

	private final Corrections corrections;

	private final ZoneId zone;

	private final Clock clock;

	MarkingWindow(Corrections corrections, BirgeProperties properties, Clock clock) {
		this.corrections = corrections;
		this.zone = properties.timezone();
		this.clock = clock;
	}

	/** Where the window stands now. */
	enum State {

		NOT_YET, OPEN, CLOSED

	}

	State state(Occurrence occurrence) {
		if (this.clock.instant().isBefore(opensAt(occurrence))) {
			return State.NOT_YET;
		}
		return this.corrections.locked(occurrence) ? State.CLOSED : State.OPEN;
	}

	/** When marking opens. */
	Instant opensAt(Occurrence occurrence) {
		if (occurrence.allDay()) {
			return LocalDate.ofInstant(occurrence.start(), this.zone).atStartOfDay(this.zone).toInstant();
		}
		return occurrence.start().minus(AHEAD);
	}

	/** When marking closes, unless a coordinator opens it again. */
	Instant closesAt(Occurrence occurrence) {
		return this.corrections.closesAt(occurrence);
	}

}
