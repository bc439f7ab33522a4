package kz.birge.bot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the conversation machinery.
 *
 * @param conversationTimeout how long a flow waits for an answer before it ends by itself
 */
@ConfigurationProperties("birge.bot")
public record BotProperties(@DefaultValue("30m") Duration conversationTimeout) {
}
