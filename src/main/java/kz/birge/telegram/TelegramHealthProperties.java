package kz.birge.telegram;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the health indicators judge the edge to Telegram.
 *
 * @param checkEvery how long one getMe answer stands for the Bot API being reachable, so
 * that a probe every few seconds does not call Telegram every few seconds
 * @param timeout how long getMe may take before the Bot API counts as unreachable
 * @param pollingSilence how long the polling loop may go without a successful getUpdates
 * (a long poll itself lasts 50 s) before it counts as stuck
 */
@ConfigurationProperties("telegram.health")
record TelegramHealthProperties(@DefaultValue("1m") Duration checkEvery, @DefaultValue("5s") Duration timeout,
		@DefaultValue("2m") Duration pollingSilence) {

}
