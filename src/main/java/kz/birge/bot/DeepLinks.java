package kz.birge.bot;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The deep-link handlers, found by the payload's prefix, and the links themselves. */
@Component
public class DeepLinks {

	private final Routes routes;

	DeepLinks(Routes routes) {
		this.routes = routes;
	}

	public Optional<Routes.LinkRoute> find(String payload) {
		return this.routes.link(payload);
	}

	/** The link that opens {@code payload} in this bot. */
	public static String link(Sender sender, String payload) {
		return "https://t.me/" + sender.botUsername() + "?start=" + payload;
	}

}
