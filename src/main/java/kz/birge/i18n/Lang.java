package kz.birge.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages Birge speaks, Kazakh first. */
public enum Lang {

	KK("kk"), RU("ru"), EN("en");

	private final String code;

	private final Locale locale;

	Lang(String code) {
		this.code = code;
		this.locale = Locale.forLanguageTag(code);
	}

	public String code() {
		return this.code;
	}

	public Locale locale() {
		return this.locale;
	}

	/**
	 * The language for Telegram's language_code ("ru", "en-US", ...); anything else is
	 * Kazakh.
	 */
	public static Lang fromTelegram(String languageCode) {
		return byCode(languageCode).orElse(KK);
	}

	public static Optional<Lang> byCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String primary = code.toLowerCase(Locale.ROOT).split("[-_]")[0];
		for (Lang lang : values()) {
			if (lang.code.equals(primary)) {
				return Optional.of(lang);
			}
		}
		return Optional.empty();
	}

}
