package kz.birge.indicators.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What counts as a web link, for evidence a teacher gives and for the hyperlinks of the
 * report: an absolute http(s) address with a host name that has a dot, of reasonable
 * length.
 */
public final class WebLinks {

	/** The longest link taken. */
	public static final int MAX_LENGTH = 500;

	private WebLinks() {
	}

	/**
	 * True when {@code text} (surrounding spaces aside) is an absolute http or https
	 * address.
	 */
	public static boolean isWebLink(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
			return false;
		}
		try {
			URI uri = new URI(trimmed);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.getHost().contains(".");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
