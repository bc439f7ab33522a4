package kz.birge.bot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one shape of a conversation: declared steps, a typed draft kept between answers,
 * buttons that work only at their step, "back", /cancel, and a flow that ends by itself
 * when left alone.
 */
class FlowTests {

	private static final long PERSON = 10;

	private final BotHarness bot = new BotHarness(Trip.class, Plans.class);

	@AfterEach
	void close() {
		this.bot.close();
	}

	/** A three-step wizard: where to, how many, then confirm. */
	@ChatHandlers
	static class Trip extends Flow<Trip.Step, Trip.Draft> {

		final List<Draft> booked = new ArrayList<>();

		enum Step {

			PLACE, SEATS, CONFIRM

		}

		record Draft(String place, Integer seats) {
		}

		@CallbackData.Prefix("t1")
		record Park() implements CallbackData {
		}

		@CallbackData.Prefix("t2")
		record Book() implements CallbackData {
		}

		Trip() {
			super("trip", Step.class, Draft.class);
		}

		@ChatHandlers.Command("trip")
		void begin(BotContext ctx) {
			start(ctx, Step.PLACE, new Draft(null, null));
		}

		@Override
		protected void ask(BotContext ctx, Step step, Draft draft) {
			List<Button> buttons = switch (step) {
				case PLACE -> List.of(ctx.button("park", new Park()));
				case SEATS -> List.of();
				case CONFIRM -> List.of(ctx.button("book", new Book()));
			};
			ctx.reply(new Reply("ask " + step, keyboard(ctx, buttons, 1)));
		}

		@ChatHandlers.Button(steps = "PLACE")
		void park(BotContext ctx, Park data, Draft draft) {
			next(ctx, Step.SEATS, new Draft("park", null));
		}

		@ChatHandlers.Button(steps = "CONFIRM")
		void book(BotContext ctx, Book data, Draft draft) {
			finish(ctx);
			this.booked.add(draft);
		}

		@Override
		protected void onInput(BotContext ctx, Step step, Draft draft, Incoming incoming) {
			String text = typed(incoming);
			if (step == Step.SEATS && text.matches("\\d{1,3}")) {
				next(ctx, Step.CONFIRM, new Draft(draft.place(), Integer.valueOf(text)));
			}
			else {
				hint(ctx, "flow.tap-a-button");
			}
		}

	}

	/** Takes files, as the plan import does. */
	@ChatHandlers
	static class Plans {

		final List<String> files = new ArrayList<>();

		@ChatHandlers.Documents
		void plan(BotContext ctx, Incoming.Document document) {
			this.files.add(document.fileName());
		}

	}

	private Trip trip() {
		return this.bot.bean(Trip.class);
	}

	@Test
	void aFlowGoesStepByStepWithATypedDraft() {
		this.bot.type(PERSON, "/trip");
		this.bot.tap(PERSON, "park");
		this.bot.type(PERSON, "12");
		this.bot.tap(PERSON, "book");
		assertThat(trip().booked).containsExactly(new Trip.Draft("park", 12));
		assertThat(this.bot.sender.texts()).containsExactly("ask PLACE", "ask SEATS", "ask CONFIRM");

		this.bot.type(PERSON, "13");
		assertThat(this.bot.sender.last()).isEqualTo(this.bot.t("bot.not-understood"));
	}

	@Test
	void aButtonOfAnotherStepOrOfAFinishedFlowIsOutOfDate() {
		this.bot.type(PERSON, "/trip");
		this.bot.tap(PERSON, new Trip.Book());
		assertThat(this.bot.sender.notices).containsExactly(this.bot.t("bot.button-outdated"));
		this.bot.tap(PERSON, "park");
		this.bot.type(PERSON, "2");
		this.bot.tap(PERSON, "book");
		this.bot.tap(PERSON, new Trip.Park());
		assertThat(this.bot.sender.notices).hasSize(2).allMatch(this.bot.t("bot.button-outdated")::equals);
		assertThat(trip().booked).hasSize(1);
	}

	@Test
	void backReturnsToTheStepBeforeWithTheDraftKept() {
		this.bot.type(PERSON, "/trip");
		assertThat(this.bot.sender.sent.get(0).keyboard().toString()).doesNotContain(this.bot.t("flow.back"));
		this.bot.tap(PERSON, "park");
		this.bot.type(PERSON, "3");
		this.bot.tap(PERSON, this.bot.t("flow.back"));
		assertThat(this.bot.sender.last()).isEqualTo("ask SEATS");
		this.bot.type(PERSON, "4");
		this.bot.tap(PERSON, "book");
		assertThat(trip().booked).containsExactly(new Trip.Draft("park", 4));
	}

	@Test
	void anOldBackButtonIsOutOfDate() {
		this.bot.type(PERSON, "/trip");
		this.bot.tap(PERSON, "park");
		this.bot.tap(PERSON, new Flow.Back("trip", "CONFIRM"));
		assertThat(this.bot.sender.notices).containsExactly(this.bot.t("bot.button-outdated"));
	}

	@Test
	void wrongInputGetsAHintThatNamesCancel() {
		this.bot.type(PERSON, "/trip");
		this.bot.type(PERSON, "somewhere");
		assertThat(this.bot.sender.last()).contains(this.bot.t("flow.tap-a-button")).contains("/cancel");
		this.bot.type(PERSON, "/cancel");
		assertThat(this.bot.sender.last()).isEqualTo(this.bot.t("bot.cancelled"));
		this.bot.tap(PERSON, "park");
		assertThat(this.bot.sender.notices).containsExactly(this.bot.t("bot.button-outdated"));
	}

	@Test
	void aFlowLeftAloneEndsAndLaterTextIsNotCaptured() {
		this.bot.type(PERSON, "/trip");
		this.bot.tap(PERSON, "park");
		this.bot.wait(Duration.ofMinutes(29));
		this.bot.type(PERSON, "5");
		assertThat(this.bot.sender.last()).isEqualTo("ask CONFIRM");

		this.bot.wait(Duration.ofMinutes(31));
		this.bot.sender.clear();
		this.bot.type(PERSON, "6");
		assertThat(this.bot.sender.texts()).containsExactly(this.bot.t("flow.expired"),
				this.bot.t("bot.not-understood"));
		this.bot.tap(PERSON, new Trip.Book());
		assertThat(trip().booked).isEmpty();
	}

	@Test
	void aFileSentInTheMiddleOfAFlowReachesThePlanImportAndTheFlowGoesOn() {
		this.bot.type(PERSON, "/trip");
		this.bot.tap(PERSON, "park");
		this.bot.send(PERSON, new Incoming.Document("f1", "plan.docx", "application/octet-stream", 10));
		assertThat(this.bot.bean(Plans.class).files).containsExactly("plan.docx");
		this.bot.type(PERSON, "3");
		assertThat(this.bot.sender.last()).isEqualTo("ask CONFIRM");
	}

	@Test
	void aDraftSurvivesTheCacheAndComesBackFromTheDatabase() {
		this.bot.type(PERSON, "/trip");
		this.bot.tap(PERSON, "park");
		ConversationStore store = this.bot.bean(ConversationStore.class);
		Optional<Conversation> open = store.find(PERSON, PERSON);
		assertThat(open).isPresent();
		ConversationStore fresh = new ConversationStore(this.bot.bean(MongoTemplate.class), this.bot.clock);
		Conversation reloaded = fresh.find(PERSON, PERSON).orElseThrow();
		assertThat(reloaded.step()).isEqualTo("SEATS");
		assertThat(reloaded.trail()).containsExactly("PLACE");
		assertThat(fresh.draft(reloaded, Trip.Draft.class)).isEqualTo(new Trip.Draft("park", null));
	}

}
