package kz.birge;

import kz.birge.telegram.TelegramProperties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Birge: a Telegram bot that holds school and volunteer activity plans.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class BirgeApplication {

	public static void main(String[] args) {
		if (TelegramProperties.tokenMissing(System.getenv("TELEGRAM_BOT_TOKEN"),
				System.getProperty("telegram.token"))) {
			System.err.println(TelegramProperties.MISSING_TOKEN);
			System.exit(2);
		}
		SpringApplication.run(BirgeApplication.class, args);
	}

}
