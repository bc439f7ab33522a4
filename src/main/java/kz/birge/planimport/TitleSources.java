package kz.birge.planimport;

import java.util.ArrayList;
import java.util.List;

import kz.birge.bot.BotContext;
import kz.birge.bot.Texts;

/**
 * Says in the preview where the organisation and the plan's name were taken from, and
 * which approval stamps were kept out of them, so a coordinator can check them before
 * importing.
 */
final class TitleSources {

	/** The most characters of a source line shown. */
	private static final int SOURCE_TEXT = 120;

	private TitleSources() {
	}

	/** The preview's lines about the sources, one a line; none when nothing was found. */
	static List<String> lines(BotContext ctx, FrontMatter.Sources sources) {
		List<String> lines = new ArrayList<>();
		sources.organisation()
			.ifPresent((source) -> lines.add(ctx.t("import.source.organisation." + source.origin().name(),
					Texts.shorten(source.text(), SOURCE_TEXT))));
		sources.title()
			.ifPresent((source) -> lines.add(
					ctx.t("import.source.title." + source.origin().name(), Texts.shorten(source.text(), SOURCE_TEXT))));
		if (!sources.stamps().isEmpty()) {
			lines.add(ctx.t("import.source.stamps", String.join(", ", sources.stamps())));
		}
		return lines;
	}

}
