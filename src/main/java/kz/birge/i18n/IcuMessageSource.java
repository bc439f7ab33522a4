package kz.birge.i18n;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Spring's {@link org.springframework.context.MessageSource} over the bundles in
 * messages/, formatted with ICU's {@link MessageFormat}: a {@code plural} argument picks
 * the noun's form by each language's own rules (Russian one, few, many; Kazakh and
 * English one, other), and numbers are written the language's way (1,5 and 1.5).
 * <p>
 * In strict mode (the tests) a number handed to a placeholder that does not say it holds
 * one ({@code {0}} rather than {@code {0,number}} or {@code {0,plural,…}}) is an error,
 * so that every numeric placeholder is declared and the bundle tests can check its
 * agreement.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

	private final Map<Locale, Map<String, Prepared>> formats = new ConcurrentHashMap<>();

	private final boolean strict;

	public IcuMessageSource(boolean strict) {
		this.strict = strict;
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null) {
			return null;
		}
		Locale target = (locale != null) ? locale : Locale.ROOT;
		Prepared prepared = this.formats.computeIfAbsent(target, (any) -> new ConcurrentHashMap<>())
			.computeIfAbsent(code, (any) -> prepare(code, target));
		if (prepared == null) {
			return null;
		}
		Object[] values = (args != null) ? resolveArguments(args, target) : new Object[0];
		if (this.strict) {
			prepared.checkDeclared(code, target, values);
		}
		return prepared.format(values);
	}

	private Prepared prepare(String code, Locale locale) {
		String pattern = resolveCodeWithoutArguments(code, locale);
		return (pattern != null) ? new Prepared(new MessageFormat(pattern, locale), untypedArguments(pattern)) : null;
	}

	/** The numbers of the arguments written as a bare {@code {n}}. */
	static BitSet untypedArguments(String pattern) {
		MessagePattern parsed = new MessagePattern(pattern);
		BitSet untyped = new BitSet();
		for (int i = 0; i < parsed.countParts(); i++) {
			MessagePattern.Part part = parsed.getPart(i);
			if (part.getType() == MessagePattern.Part.Type.ARG_START
					&& part.getArgType() == MessagePattern.ArgType.NONE) {
				MessagePattern.Part name = parsed.getPart(i + 1);
				if (name.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
					untyped.set(name.getValue());
				}
			}
		}
		return untyped;
	}

	static boolean isNumber(Object value) {
		return value instanceof Number;
	}

	/**
	 * A parsed pattern; ICU's formats are not safe to share, so one is used at a time.
	 */
	private record Prepared(MessageFormat format, BitSet untyped) {

		String format(Object[] values) {
			synchronized (this.format) {
				return this.format.format(values);
			}
		}

		void checkDeclared(String code, Locale locale, Object[] values) {
			for (int i = 0; i < values.length; i++) {
				if (this.untyped.get(i) && isNumber(values[i])) {
					throw new IllegalArgumentException("Message " + code + " (" + locale + ") gets a number in {" + i
							+ "}: write {" + i + ",number} or {" + i + ",plural,…}");
				}
			}
		}

	}

}
