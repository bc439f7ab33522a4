package kz.birge.indicators;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.birge.bot.BotContext;
import kz.birge.bot.CallbackData;
import kz.birge.bot.CallbackHandler;
import kz.birge.bot.Conversation;
import kz.birge.bot.ConversationHandler;
import kz.birge.bot.Incoming;
import kz.birge.bot.Reply;
import kz.birge.catalog.Activities;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Coordinators;
import kz.birge.catalog.Occurrence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * After attendance, the teacher is asked for each indicator of the activity in their language and
 * with its unit ("Litter collected (tonnes)?"), then for evidence: a link or a photo. A number may
 * have a decimal comma or point; a negative, absurd or non-numeric answer gets a clear answer and
 * the question stays open. Participants are not asked: attendance counts them.
 */
@Configuration(proxyBeanMethods = false)
public class IndicatorFlow implements ConversationHandler {

	static final String FLOW = "indicators";

	private static final String EVIDENCE_STEP = "EVIDENCE";

	/** Starts the questions for an occurrence. */
	@CallbackData.Prefix("ri")
	public record Start(String occurrenceId) implements CallbackData {
	}

	@CallbackData.Prefix("rk")
	record SkipOne() implements CallbackData {
	}

	@CallbackData.Prefix("rd")
	record Done() implements CallbackData {
	}

	private final Coordinators staff;

	private final Activities activities;

	private final IndicatorValues values;

	IndicatorFlow(Coordinators staff, Activities activities, IndicatorValues values) {
		this.staff = staff;
		this.activities = activities;
		this.values = values;
	}

	@Override
	public String flow() {
		return FLOW;
	}

	@Bean
	CallbackHandler<Start> indicatorsStartButton() {
		return CallbackHandler.of(Start.class, (ctx, data) -> scope(ctx, data.occurrenceId()).ifPresent((found) -> {
			List<IndicatorSpec> asked = asked(found.activity());
			Conversation conversation = new Conversation(FLOW, "0", Map.of("occurrence", data.occurrenceId()));
			if (asked.isEmpty()) {
				askEvidence(ctx, conversation);
			}
			else {
				ask(ctx, conversation, found.activity(), 0);
			}
		}));
	}

	@Bean
	CallbackHandler<SkipOne> indicatorsSkipButton() {
		return CallbackHandler.of(SkipOne.class, (ctx, data) -> ctx.conversation()
			.filter((conversation) -> conversation.flow().equals(FLOW) && !conversation.step().equals(EVIDENCE_STEP))
			.ifPresentOrElse((conversation) -> next(ctx, conversation), () -> ctx.notice("bot.button-outdated")));
	}

	@Bean
	CallbackHandler<Done> indicatorsDoneButton() {
		return CallbackHandler.of(Done.class, (ctx, data) -> ctx.conversation()
			.filter((conversation) -> conversation.flow().equals(FLOW))
			.ifPresentOrElse((conversation) -> finish(ctx), () -> ctx.notice("bot.button-outdated")));
	}

	private record Found(Occurrence occurrence, Activity activity) {

		Counters.Scope scope() {
			return new Counters.Scope(this.occurrence.id(), this.activity.id(), this.occurrence.campaignId());
		}

	}

	private Optional<Found> scope(BotContext ctx, String occurrenceId) {
		Optional<Found> found = this.activities.occurrence(occurrenceId)
			.filter((occurrence) -> this.staff.staffOf(ctx.userId(), occurrence.organisationId()))
			.flatMap((occurrence) -> this.activities.find(occurrence.activityId()).map((activity) -> new Found(occurrence, activity)));
		if (found.isEmpty()) {
			ctx.notice("roster.not-allowed");
		}
		return found;
	}

	private static List<IndicatorSpec> asked(Activity activity) {
		return activity.indicators().stream().filter((indicator) -> indicator.metric() != Metric.PARTICIPANTS).toList();
	}

	private void ask(BotContext ctx, Conversation conversation, Activity activity, int index) {
		IndicatorSpec indicator = asked(activity).get(index);
		ctx.converse(new Conversation(FLOW, String.valueOf(index), conversation.data()));
		Optional<BigDecimal> current = Optional.ofNullable(
				this.values.of(conversation.get("occurrence").orElseThrow()).get(IndicatorValues.keyOf(indicator)));
		String question = ctx.t("indicators.ask", label(ctx, indicator))
				+ current.map((value) -> "\n" + ctx.t("indicators.current", value.toPlainString())).orElse("");
		ctx.reply(new Reply(question, BotContext.inline(List.of(ctx.buttonOf("indicators.skip", new SkipOne())), 1)));
	}

	static String label(BotContext ctx, IndicatorSpec indicator) {
		return (indicator.metric() == Metric.CUSTOM) ? indicator.label() : ctx.t("metric." + indicator.metric().name());
	}

	private void next(BotContext ctx, Conversation conversation) {
		Optional<Found> found = scope(ctx, conversation.get("occurrence").orElse(""));
		if (found.isEmpty()) {
			ctx.endConversation();
			return;
		}
		int index = Integer.parseInt(conversation.step()) + 1;
		if (index < asked(found.get().activity()).size()) {
			ask(ctx, conversation, found.get().activity(), index);
		}
		else {
			askEvidence(ctx, conversation);
		}
	}

	private void askEvidence(BotContext ctx, Conversation conversation) {
		ctx.converse(new Conversation(FLOW, EVIDENCE_STEP, conversation.data()));
		ctx.reply(new Reply(ctx.t("indicators.ask-evidence"), BotContext.inline(List.of(ctx.buttonOf("indicators.done", new Done())), 1)));
	}

	private void finish(BotContext ctx) {
		ctx.endConversation();
		ctx.say("indicators.saved");
	}

	@Override
	public void onInput(BotContext ctx, Conversation conversation) {
		Optional<Found> found = scope(ctx, conversation.get("occurrence").orElse(""));
		if (found.isEmpty()) {
			ctx.endConversation();
			ctx.say("roster.not-allowed");
			return;
		}
		Incoming incoming = ctx.update().incoming();
		if (conversation.step().equals(EVIDENCE_STEP)) {
			evidence(ctx, found.get(), incoming);
			return;
		}
		String text = (incoming instanceof Incoming.Text typed) ? typed.text() : "";
		IndicatorSpec indicator = asked(found.get().activity()).get(Integer.parseInt(conversation.step()));
		TypedNumber.Reading reading = TypedNumber.read(text, indicator.metric().ceiling());
		if (reading instanceof TypedNumber.Reading.Value value) {
			this.values.set(found.get().scope(), IndicatorValues.keyOf(indicator), value.value(), ctx.userId());
			ctx.say("indicators.recorded", label(ctx, indicator), value.value().toPlainString());
			next(ctx, conversation);
		}
		else if (reading instanceof TypedNumber.Reading.Negative) {
			ctx.say("indicators.negative");
		}
		else if (reading instanceof TypedNumber.Reading.TooLarge) {
			ctx.say("indicators.too-large", indicator.metric().ceiling().toPlainString());
		}
		else {
			ctx.say("indicators.not-a-number", text.strip());
		}
	}

	private void evidence(BotContext ctx, Found found, Incoming incoming) {
		if (incoming instanceof Incoming.Photo photo) {
			this.values.addEvidence(found.scope(), "photo", photo.fileId());
			ctx.say("indicators.evidence-added");
			return;
		}
		String text = (incoming instanceof Incoming.Text typed) ? typed.text().strip() : "";
		List<String> links = Arrays.stream(text.split("\\s+")).filter((word) -> !word.isBlank()).toList();
		if (links.isEmpty() || !links.stream().allMatch(IndicatorFlow::isLink)) {
			ctx.say("indicators.bad-link");
			return;
		}
		links.forEach((link) -> this.values.addEvidence(found.scope(), "link", link));
		ctx.say("indicators.evidence-added");
	}

	static boolean isLink(String text) {
		try {
			URI uri = new URI(text);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getHost().contains(".") && text.length() <= 500;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
