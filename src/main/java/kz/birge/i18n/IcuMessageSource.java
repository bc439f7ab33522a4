package kz.birge.i18n;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * <p>
 * A title put in «» by a message keeps one pair of quotes: «Мектеп парламенті» given to
 * «{0}» reads once in quotes, and a title with its own quotes inside them («Таза мектеп –
 * таза сынып» акциясы) has those written „ “, as Kazakh and Russian print quotes in
 * quotes: «„Таза мектеп – таза сынып“ акциясы».
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

	private static final Pattern IN_QUOTES = Pattern.compile("«\\{(\\d+)}»");

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
		return (pattern != null)
				? new Prepared(new MessageFormat(pattern, locale), untypedArguments(pattern), quotedArguments(pattern))
				: null;
	}

	/** The numbers of the arguments the pattern puts in «». */
	static BitSet quotedArguments(String pattern) {
		BitSet quoted = new BitSet();
		Matcher matcher = IN_QUOTES.matcher(pattern);
		while (matcher.find()) {
			quoted.set(Integer.parseInt(matcher.group(1)));
		}
		return quoted;
	}

	/**
	 * A text to be put in «»: without its own outer pair, and with the quotes inside it
	 * written „ “.
	 */
	static String forQuotes(String text) {
		if (text.indexOf('«') < 0 && text.indexOf('»') < 0) {
			return text;
		}
		String inner = text;
		if (inner.length() > 1 && inner.startsWith("«") && inner.endsWith("»") && inner.indexOf('«', 1) < 0
				&& inner.lastIndexOf('»', inner.length() - 2) < 0) {
			return inner.substring(1, inner.length() - 1);
		}
		return inner.replace('«', '„').replace('»', '“');
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
	private record Prepared(MessageFormat format, BitSet untyped, BitSet quoted) {

		String format(Object[] values) {
			Object[] shown = values;
			for (int i = this.quoted.nextSetBit(0); i >= 0 && i < values.length; i = this.quoted.nextSetBit(i + 1)) {
				if (values[i] instanceof String text) {
					shown = (shown == values) ? values.clone() : shown;
					shown[i] = forQuotes(text);
				}
			}
			synchronized (this.format) {
				return this.format.format(shown);
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
