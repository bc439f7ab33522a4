package kz.birge.telegram;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import okhttp3.Interceptor;
import okhttp3.Response;

import org.springframework.stereotype.Component;

/**
 * When the long-polling loop last heard from the Bot API: every getUpdates answered with
 * success beats. It sits on the polling HTTP client, so the loop itself needs no change
 * to be watched; the "polling" health indicator reads it. An instance that stands by
 * while another polls (several instances, see {@link TelegramPolling}) says so instead.
 */
@Component
class PollingHeartbeat implements Interceptor {

	private final Clock clock;

	private final AtomicReference<Instant> last = new AtomicReference<>();

	private volatile boolean standingBy;

	PollingHeartbeat(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		Response response = chain.proceed(chain.request());
		if (response.isSuccessful()) {
			beat();
		}
		return response;
	}

	void beat() {
		this.last.set(this.clock.instant());
	}

	/** Whether another instance polls and this one stands by. */
	void standBy(boolean standingBy) {
		if (!standingBy && this.standingBy) {
			// a new poller: its silence counts from now
			beat();
		}
		this.standingBy = standingBy;
	}

	boolean standingBy() {
		return this.standingBy;
	}

	/** The last successful getUpdates, or empty before the first. */
	Optional<Instant> last() {
		return Optional.ofNullable(this.last.get());
	}

}
