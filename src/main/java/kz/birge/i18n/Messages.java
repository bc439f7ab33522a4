package kz.birge.i18n;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Every string a person reads, from the bundles in messages/. */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(Lang lang, String key, Object... args) {
		return this.source.getMessage(key, args, lang.locale());
	}

}
