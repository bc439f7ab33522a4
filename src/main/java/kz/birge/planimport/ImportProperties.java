package kz.birge.planimport;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on reading a plan file.
 *
 * @param readTimeout how long reading one file may take before the coordinator is told it
 * cannot be read; default 20 s
 * @param readers how many files are read at once; default 2
 * @param waiting how many more files may wait for a reader; default 4, past it the
 * coordinator is asked to send the file again a little later
 */
@ConfigurationProperties("birge.import")
public record ImportProperties(Duration readTimeout, Integer readers, Integer waiting) {

	public ImportProperties {
		readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(20);
		readers = (readers != null) ? readers : 2;
		waiting = (waiting != null) ? waiting : 4;
	}

}
