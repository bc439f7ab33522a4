package kz.birge.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two health components at the edge to Telegram: "telegram", the Bot API answers getMe
 * (asked at most once per {@code telegram.health.check-every}, with a short timeout), and
 * "polling", the long-polling loop had a successful getUpdates lately (always UP in
 * webhook mode, where there is no loop, and on an instance standing by while another
 * polls).
 */
@Configuration(proxyBeanMethods = false)
class TelegramHealth {

	@Bean
	HealthIndicator telegramHealthIndicator(TelegramProperties telegram, TelegramHealthProperties health, Clock clock) {
		OkHttpClient http = new OkHttpClient.Builder().connectTimeout(health.timeout())
			.readTimeout(health.timeout())
			.callTimeout(health.timeout())
			.build();
		OkHttpTelegramClient client = new OkHttpTelegramClient(new ObjectMapper(), http, telegram.token(),
				TelegramConfig.telegramUrl(telegram));
		return new BotApiReachable(() -> client.execute(new GetMe()), clock, health.checkEvery());
	}

	@Bean
	HealthIndicator pollingHealthIndicator(PollingHeartbeat heartbeat, TelegramHealthProperties health, Clock clock,
			WebhookProperties webhook) {
		if (webhook.enabled()) {
			// Telegram posts updates: there is no loop to be stuck
			Health posted = Health.up().withDetail("mode", "webhook").build();
			return () -> posted;
		}
		Health standingBy = Health.up().withDetail("mode", "standby").build();
		return () -> {
			if (heartbeat.standingBy()) {
				// another instance polls
				return standingBy;
			}
			Optional<Instant> last = heartbeat.last();
			if (last.isEmpty()) {
				return Health.unknown().withDetail("lastGetUpdates", "none yet").build();
			}
			Duration silence = Duration.between(last.get(), clock.instant());
			Health.Builder builder = (silence.compareTo(health.pollingSilence()) <= 0) ? Health.up() : Health.down();
			return builder.withDetail("lastGetUpdates", last.get().toString())
				.withDetail("silentSeconds", Math.max(0, silence.toSeconds()))
				.build();
		};
	}

	/** getMe, remembered for a while. */
	static final class BotApiReachable implements HealthIndicator {

		private final GetMeCall getMe;

		private final Clock clock;

		private final Duration checkEvery;

		private volatile Checked last;

		BotApiReachable(GetMeCall getMe, Clock clock, Duration checkEvery) {
			this.getMe = getMe;
			this.clock = clock;
			this.checkEvery = checkEvery;
		}

		@Override
		public Health health() {
			Instant now = this.clock.instant();
			Checked checked = this.last;
			if (checked == null || !now.isBefore(checked.at().plus(this.checkEvery))) {
				checked = new Checked(now, ask());
				this.last = checked;
			}
			return Health.status(checked.health().getStatus())
				.withDetails(checked.health().getDetails())
				.withDetail("checkedAt", checked.at().toString())
				.build();
		}

		private Health ask() {
			try {
				User me = this.getMe.call();
				return Health.up().withDetail("username", String.valueOf(me.getUserName())).build();
			}
			catch (TelegramApiException | RuntimeException ex) {
				// the token is in the URL: never report the exception's text, only its
				// kind
				return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
			}
		}

		private record Checked(Instant at, Health health) {

		}

	}

	@FunctionalInterface
	interface GetMeCall {

		User call() throws TelegramApiException;

	}

}
