package kz.birge.bot;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The deep-link handlers, found by the payload's prefix. */
@Component
public class DeepLinks {

	private final List<DeepLinkHandler> handlers;

	DeepLinks(List<DeepLinkHandler> handlers) {
		this.handlers = List.copyOf(handlers);
	}

	public Optional<DeepLinkHandler> find(String payload) {
		return this.handlers.stream()
			.filter((handler) -> payload.startsWith(handler.prefix()) && payload.length() > handler.prefix().length())
			.findFirst();
	}

	/** The link that opens {@code payload} in this bot. */
	public static String link(Sender sender, String payload) {
		return "https://t.me/" + sender.botUsername() + "?start=" + payload;
	}

}
