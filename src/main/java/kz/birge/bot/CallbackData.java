package kz.birge.bot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record that travels in an inline button's callback data. Its components may be
 * strings (without ':'), ints, longs, booleans and enums; {@link CallbackCodec} packs
 * them after the prefix.
 */
public interface CallbackData {

	/** The short, unique prefix that tells which handler a button belongs to. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.TYPE)
	@interface Prefix {

		String value();

	}

}
