package kz.birge.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The bundles in messages/, read as UTF-8 and formatted with ICU. */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

	static final String BASENAME = "messages/messages";

	@Bean
	MessageSource messageSource(Environment environment) {
		return bundles(environment.getProperty("birge.messages.strict", Boolean.class, false));
	}

	/** The source Birge reads every message from; tests build the same. */
	static IcuMessageSource bundles(boolean strict) {
		IcuMessageSource source = new IcuMessageSource(strict);
		source.setBasename(BASENAME);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
