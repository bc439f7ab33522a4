package kz.birge.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Dates and times through the MongoDB driver's own codecs: LocalDate as a UTC date,
 * Instant as is.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfig {

	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return MongoCustomConversions
			.create(MongoCustomConversions.MongoConverterConfigurationAdapter::useNativeDriverJavaTimeCodecs);
	}

}
