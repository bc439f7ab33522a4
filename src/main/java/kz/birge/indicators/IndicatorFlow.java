package kz.birge.indicators;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kz.birge.bot.Access;
import kz.birge.bot.BotContext;
import kz.birge.bot.CallbackData;
import kz.birge.bot.ChatHandlers;
import kz.birge.bot.Flow;
import kz.birge.bot.Incoming;
import kz.birge.bot.Reply;
import kz.birge.bot.Subject;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.IndicatorSpec;
import kz.birge.catalog.Metric;
import kz.birge.catalog.Occurrence;
import kz.birge.indicators.report.WebLinks;

/**
 * After attendance, the teacher is asked for each indicator of the activity in their
 * language and with its unit ("Litter collected (tonnes)?"), then for evidence: a link or
 * a photo. A number may have a decimal comma or point; a negative, absurd or non-numeric
 * answer gets a clear answer and the question stays open. Participants are not asked:
 * attendance counts them.
 */
@ChatHandlers
public class IndicatorFlow extends Flow<IndicatorFlow.Step, IndicatorFlow.Draft> {

	enum Step {

		/** The value of the indicator at the draft's index. */
		VALUE,

		/** Links or photos as evidence, until "done". */
		EVIDENCE

	}

	/**
	 * Where the questions are.
	 *
	 * @param occurrenceId the occurrence the values are for
	 * @param index which of the asked indicators is asked now
	 */
	record Draft(String occurrenceId, int index) implements Subject.OfOccurrence {

		Draft following() {
			return new Draft(this.occurrenceId, this.index + 1);
		}

	}

	/** Starts the questions for an occurrence. */
	@CallbackData.Prefix("ri")
	public record Start(String occurrenceId) implements CallbackData, Subject.OfOccurrence {
	}

	@CallbackData.Prefix("rk")
	record SkipOne() implements CallbackData {
	}

	@CallbackData.Prefix("rd")
	record Done() implements CallbackData {
	}

	private final Activities activities;

	private final IndicatorValues values;

	private final Corrections corrections;

	IndicatorFlow(Activities activities, IndicatorValues values, Corrections corrections) {
		super("indicators", Step.class, Draft.class);
		this.activities = activities;
		this.values = values;
		this.corrections = corrections;
	}

	@Override
	protected Access access() {
		return Access.STAFF;
	}

	/** An occurrence with its activity: where values are counted. */
	private record Found(Occurrence occurrence, Activity activity) {

		Counters.Scope scope() {
			return new Counters.Scope(this.occurrence.id(), this.activity.id(), this.occurrence.campaignId());
		}

		List<IndicatorSpec> asked() {
			return this.activity.indicators()
				.stream()
				.filter((indicator) -> indicator.metric() != Metric.PARTICIPANTS)
				.toList();
		}

		/**
		 * The indicator asked at {@code index}; empty when the activity has fewer now.
		 */
		Optional<IndicatorSpec> asked(int index) {
			List<IndicatorSpec> asked = asked();
			return (index < asked.size()) ? Optional.of(asked.get(index)) : Optional.empty();
		}

	}

	private Optional<Found> find(String occurrenceId) {
		return this.activities.occurrence(occurrenceId)
			.flatMap((occurrence) -> this.activities.find(occurrence.activityId())
				.map((activity) -> new Found(occurrence, activity)));
	}

	// ------------------------------------------------------------------ buttons

	@ChatHandlers.Button(access = Access.STAFF)
	void begin(BotContext ctx, Start data) {
		Optional<Found> found = find(data.occurrenceId());
		if (found.isEmpty()) {
			ctx.outdated();
			return;
		}
		if (this.corrections.locked(found.get().occurrence())) {
			ctx.say("indicators.locked");
			return;
		}
		Draft draft = new Draft(data.occurrenceId(), 0);
		start(ctx, found.get().asked().isEmpty() ? Step.EVIDENCE : Step.VALUE, draft);
	}

	@ChatHandlers.Button(access = Access.STAFF, steps = "VALUE")
	void skip(BotContext ctx, SkipOne data, Draft draft) {
		find(draft.occurrenceId()).ifPresentOrElse((found) -> moveOn(ctx, found, draft), () -> lost(ctx));
	}

	@ChatHandlers.Button(access = Access.STAFF, steps = "EVIDENCE")
	void done(BotContext ctx, Done data, Draft draft) {
		finish(ctx);
		ctx.say("indicators.saved");
	}

	// ------------------------------------------------------------------ questions

	@Override
	protected void ask(BotContext ctx, Step step, Draft draft) {
		Optional<Found> found = find(draft.occurrenceId());
		if (found.isEmpty()) {
			lost(ctx);
			return;
		}
		Optional<IndicatorSpec> indicator = found.get().asked(draft.index());
		switch (step) {
			case VALUE -> indicator.ifPresentOrElse((asked) -> askValue(ctx, asked, draft), () -> lost(ctx));
			case EVIDENCE -> ctx.reply(new Reply(ctx.t("indicators.ask-evidence"),
					BotContext.inline(List.of(ctx.buttonOf("indicators.done", new Done())), 1)));
		}
	}

	private void askValue(BotContext ctx, IndicatorSpec indicator, Draft draft) {
		Optional<BigDecimal> current = Optional
			.ofNullable(this.values.of(draft.occurrenceId()).get(IndicatorValues.keyOf(indicator)));
		String unit = indicator.metric().unit();
		String question = ctx.t("indicators.ask", label(ctx, indicator), unit)
				+ current.map((value) -> "\n" + ctx.t("indicators.current", ReportSummary.amount(ctx, value, unit)))
					.orElse("");
		ctx.reply(new Reply(question, BotContext.inline(List.of(ctx.buttonOf("indicators.skip", new SkipOne())), 1)));
	}

	/**
	 * How a reader calls an indicator: its metric's name, or the label a plan gave a
	 * custom one.
	 */
	static String label(BotContext ctx, IndicatorSpec indicator) {
		return (indicator.metric() == Metric.CUSTOM) ? indicator.label() : ctx.t("metric." + indicator.metric().name());
	}

	/** The next indicator, or the evidence after the last. */
	private void moveOn(BotContext ctx, Found found, Draft draft) {
		Draft following = draft.following();
		next(ctx, (following.index() < found.asked().size()) ? Step.VALUE : Step.EVIDENCE, following);
	}

	/** The occurrence or its activity is gone meanwhile. */
	private void lost(BotContext ctx) {
		finish(ctx);
		ctx.outdated();
	}

	// ------------------------------------------------------------------ answers

	@Override
	protected void onInput(BotContext ctx, Step step, Draft draft, Incoming incoming) {
		Optional<Found> found = find(draft.occurrenceId());
		if (found.isEmpty()) {
			lost(ctx);
			return;
		}
		switch (step) {
			case VALUE -> value(ctx, found.get(), draft, typed(incoming));
			case EVIDENCE -> evidence(ctx, found.get(), incoming);
		}
	}

	private void value(BotContext ctx, Found found, Draft draft, String text) {
		Optional<IndicatorSpec> indicator = found.asked(draft.index());
		if (indicator.isEmpty()) {
			lost(ctx);
			return;
		}
		BigDecimal ceiling = indicator.get().metric().ceiling();
		TypedNumber.Reading reading = TypedNumber.read(text, ceiling);
		if (reading instanceof TypedNumber.Reading.Value value) {
			this.values.set(found.scope(), IndicatorValues.keyOf(indicator.get()), value.value(), ctx.userId());
			ctx.say("indicators.recorded", label(ctx, indicator.get()),
					ReportSummary.amount(ctx, value.value(), indicator.get().metric().unit()));
			moveOn(ctx, found, draft);
		}
		else if (reading instanceof TypedNumber.Reading.Negative) {
			hint(ctx, "indicators.negative");
		}
		else if (reading instanceof TypedNumber.Reading.TooLarge) {
			hint(ctx, "indicators.too-large", ceiling);
		}
		else {
			hint(ctx, "indicators.not-a-number", text);
		}
	}

	private void evidence(BotContext ctx, Found found, Incoming incoming) {
		if (incoming instanceof Incoming.Photo photo) {
			this.values.addEvidence(found.scope(), "photo", photo.fileId());
			ctx.say("indicators.evidence-added");
			return;
		}
		List<String> links = Arrays.stream(typed(incoming).split("\\s+")).filter((word) -> !word.isBlank()).toList();
		if (links.isEmpty() || !links.stream().allMatch(WebLinks::isWebLink)) {
			hint(ctx, "indicators.bad-link");
			return;
		}
		links.forEach((link) -> this.values.addEvidence(found.scope(), "link", link));
		ctx.say("indicators.evidence-added");
	}

}
