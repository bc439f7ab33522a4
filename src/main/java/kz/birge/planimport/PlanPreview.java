package kz.birge.planimport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.birge.bot.BotContext;
import kz.birge.bot.Texts;
import kz.birge.planimport.PlanDraft.ActivityDraft;
import kz.birge.planimport.dates.DateSpan;
import kz.birge.planimport.dates.Occurrences;

/**
 * What a coordinator sees before importing: the plan in numbers, whom it touches when it
 * is sent again, and what could not be placed.
 */
final class PlanPreview {

	static final int WARNINGS_SHOWN = 5;

	private static final int WARNING_TEXT = 160;

	private PlanPreview() {
	}

	static String render(BotContext ctx, ReadPlan read, List<TableColumns> tables, String organisation,
			PlanImporter.Touched touched) {
		PlanDraft plan = read.plan();
		List<String> lines = new ArrayList<>();
		lines.add(ctx.t("import.preview.title", Texts.shorten(plan.title(), 300)));
		lines.add(ctx.t("import.preview.organisation", organisation));
		lines.addAll(TitleSources.lines(ctx, read.sources()));
		lines.add(ctx.t("import.preview.period", date(ctx, plan.period().start()), date(ctx, plan.period().end())));
		plan.reportDeadlines()
			.forEach((deadline) -> lines.add(ctx.t("import.preview.report-deadline", date(ctx, deadline))));
		plan.weeklyReportDay()
			.ifPresent((day) -> lines
				.add(ctx.t("import.preview.weekly-report", day.getDisplayName(TextStyle.FULL, ctx.lang().locale()))));
		lines.add(ctx.t("import.preview.activities", plan.activities().size()));
		columns(ctx, tables).ifPresent(lines::add);
		Map<String, Long> byFraction = count(plan.activities(),
				(activity) -> activity.fraction().orElse(ctx.t("import.preview.no-fraction")));
		if (byFraction.size() > 1 || !plan.fractions().isEmpty()) {
			lines.add(ctx.t("import.preview.by-fraction"));
			plan.fractions()
				.forEach((fraction) -> lines.add(ctx.t("import.preview.line", Texts.shorten(fraction.name(), 80),
						byFraction.getOrDefault(fraction.name(), 0L))));
		}
		Map<YearMonth, Long> byMonth = new TreeMap<>(
				count(plan.activities(), (activity) -> firstMonth(activity, read)));
		if (!byMonth.isEmpty()) {
			lines.add(ctx.t("import.preview.by-month"));
			byMonth.forEach((month, count) -> lines.add(ctx.t("import.preview.line", month(ctx, month), count)));
		}
		touched(ctx, touched, lines);
		if (!read.warnings().isEmpty()) {
			lines.add("");
			lines.add(ctx.t("import.preview.warnings", read.warnings().size()));
			read.warnings()
				.stream()
				.limit(WARNINGS_SHOWN)
				.forEach((warning) -> lines.add("• " + warning(ctx, warning)));
			if (read.warnings().size() > WARNINGS_SHOWN) {
				lines.add(ctx.t("import.preview.warnings-file"));
			}
		}
		lines.add("");
		lines.add(ctx.t("import.preview.question"));
		return String.join("\n", lines);
	}

	/**
	 * Whom a plan sent again touches, before the coordinator confirms: the activities it
	 * cancels or moves, and how many people signed up for them will hear of it.
	 */
	private static void touched(BotContext ctx, PlanImporter.Touched touched, List<String> lines) {
		if (touched.droppedActivities() == 0 && touched.movedActivities() == 0) {
			return;
		}
		lines.add("");
		if (touched.droppedActivities() > 0) {
			lines.add(ctx.t("import.preview.dropped", touched.droppedActivities(), touched.droppedPeople()));
		}
		if (touched.movedActivities() > 0) {
			lines.add(ctx.t("import.preview.moved", touched.movedActivities(), touched.movedPeople()));
		}
	}

	/**
	 * How the columns of the plan's tables were read: "Columns: №, title — by their
	 * header; dates, participants — by their content"; nothing for a plan without a
	 * table.
	 */
	static Optional<String> columns(BotContext ctx, List<TableColumns> tables) {
		Map<TableColumns.Source, Set<ColumnMeaning>> bySource = new EnumMap<>(TableColumns.Source.class);
		for (TableColumns table : tables) {
			for (TableColumns.TableColumn column : table.columns()) {
				if (column.meaning() != ColumnMeaning.IGNORE) {
					bySource.computeIfAbsent(column.source(), (source) -> new LinkedHashSet<>()).add(column.meaning());
				}
			}
		}
		if (bySource.isEmpty()) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		bySource.forEach((source, meanings) -> parts.add(ctx.t("import.preview.columns." + source.name(),
				meanings.stream().map((meaning) -> ctx.t(meaning.messageKey())).collect(Collectors.joining(", ")))));
		return Optional.of(ctx.t("import.preview.columns", String.join("; ", parts)));
	}

	/** Every warning, one a line, for the file sent with a long preview. */
	static String allWarnings(BotContext ctx, ReadPlan read) {
		return read.warnings().stream().map((warning) -> warning(ctx, warning)).collect(Collectors.joining("\n"))
				+ "\n";
	}

	static String warning(BotContext ctx, ImportWarning warning) {
		String text = Texts.shorten(warning.text(), WARNING_TEXT);
		String message = ctx.t("import.warning." + warning.kind().name(), text, warning.column(),
				warning.column().isEmpty() ? "none" : "named");
		return (warning.line() > 0) ? ctx.t("import.warning.at-line", warning.line(), message) : message;
	}

	private static YearMonth firstMonth(ActivityDraft activity, ReadPlan read) {
		List<DateSpan> spans = Occurrences.expandAll(activity.schedules(), read.plan().period());
		LocalDate first = spans.stream()
			.map(DateSpan::start)
			.min(LocalDate::compareTo)
			.orElse(read.plan().period().start());
		return YearMonth.from(first);
	}

	private static <K> Map<K, Long> count(List<ActivityDraft> activities, Function<ActivityDraft, K> key) {
		return activities.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
	}

	static String date(BotContext ctx, LocalDate date) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", ctx.lang().locale()).format(date);
	}

	private static String month(BotContext ctx, YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, ctx.lang().locale()) + " " + month.getYear();
	}

}
