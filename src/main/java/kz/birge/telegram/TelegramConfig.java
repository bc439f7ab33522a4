package kz.birge.telegram;

import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import kz.birge.outbound.SendLimits;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Telegram client Birge sends with; the only place that builds the library's objects.
 */
@Configuration(proxyBeanMethods = false)
class TelegramConfig {

	@Bean(destroyMethod = "")
	OkHttpClient telegramHttpClient() {
		return new OkHttpClient.Builder().connectTimeout(20, TimeUnit.SECONDS)
			.readTimeout(60, TimeUnit.SECONDS)
			.writeTimeout(60, TimeUnit.SECONDS)
			.build();
	}

	@Bean
	TelegramSender telegramSender(OkHttpClient telegramHttpClient, TelegramProperties properties, SendLimits limits,
			MeterRegistry registry) {
		OkHttpTelegramClient client = new OkHttpTelegramClient(new ObjectMapper(), telegramHttpClient,
				properties.token(), telegramUrl(properties));
		return new TelegramSender(client, telegramHttpClient, properties, limits, registry);
	}

	static TelegramUrl telegramUrl(TelegramProperties properties) {
		return new TelegramUrl(properties.apiUrl().getScheme(), properties.apiUrl().getHost(), properties.port(),
				false);
	}

}
