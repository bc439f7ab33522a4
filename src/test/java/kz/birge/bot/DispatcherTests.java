package kz.birge.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatcher alone: it routes commands and buttons, checks the access a handler
 * declares before it runs, and answers what nothing handles.
 */
class DispatcherTests {

	private static final long STUDENT = 1;

	private static final long TEACHER = 2;

	private static final long OTHER_TEACHER = 3;

	private static final long COORDINATOR = 4;

	private static final long GLOBAL_COORDINATOR = 5;

	private final BotHarness bot = new BotHarness(StaffHandlers.class);

	@AfterEach
	void close() {
		this.bot.close();
	}

	@CallbackData.Prefix("zz")
	record Mark(String occurrenceId) implements CallbackData, Subject.OfOccurrence {
	}

	@ChatHandlers
	static class StaffHandlers {

		final List<String> calls = new ArrayList<>();

		@ChatHandlers.Command(value = "roster", menu = 40, access = Access.STAFF)
		void roster(BotContext ctx) {
			this.calls.add("roster");
		}

		@ChatHandlers.Command(value = "report", menu = 43, access = Access.COORDINATOR)
		void report(BotContext ctx, String arguments) {
			this.calls.add("report " + arguments);
		}

		@ChatHandlers.Command(value = "events", menu = 5)
		void events(BotContext ctx) {
			this.calls.add("events");
		}

		@ChatHandlers.Button(access = Access.STAFF)
		void mark(BotContext ctx, Mark data) {
			this.calls.add("mark " + data.occurrenceId());
		}

		@ChatHandlers.Documents(access = Access.COORDINATOR)
		void plan(BotContext ctx, Incoming.Document document) {
			this.calls.add("plan " + document.fileName());
		}

	}

	private List<String> calls() {
		return this.bot.bean(StaffHandlers.class).calls;
	}

	private void people() {
		this.bot.as(TEACHER, Access.STAFF, Optional.of("school-2"));
		this.bot.as(OTHER_TEACHER, Access.STAFF, Optional.of("school-7"));
		this.bot.as(COORDINATOR, Access.COORDINATOR, Optional.of("school-2"));
		this.bot.as(GLOBAL_COORDINATOR, Access.COORDINATOR, Optional.empty());
		this.bot.owners.put(Subject.occurrence("o1"), "school-2");
	}

	@Test
	void aCommandReachesItsHandlerWithItsArguments() {
		people();
		this.bot.type(COORDINATOR, "/report fix");
		this.bot.type(STUDENT, "/events@birge_test_bot");
		assertThat(calls()).containsExactly("report fix", "events");
	}

	@Test
	void aCommandNeedingMoreStandingIsRefusedWithoutRunning() {
		people();
		this.bot.type(STUDENT, "/roster");
		this.bot.type(TEACHER, "/report");
		assertThat(calls()).isEmpty();
		assertThat(this.bot.sender.texts()).containsExactly(this.bot.t("access.staff-only"),
				this.bot.t("access.coordinators-only"));
	}

	@Test
	void aScopedButtonWorksOnlyForStaffOfItsOrganisation() {
		people();
		this.bot.tap(STUDENT, new Mark("o1"));
		this.bot.tap(OTHER_TEACHER, new Mark("o1"));
		assertThat(calls()).isEmpty();
		assertThat(this.bot.sender.notices).containsExactly(this.bot.t("access.staff-only"),
				this.bot.t("access.other-organisation"));

		this.bot.tap(TEACHER, new Mark("o1"));
		this.bot.tap(GLOBAL_COORDINATOR, new Mark("o1"));
		assertThat(calls()).containsExactly("mark o1", "mark o1");
	}

	@Test
	void aButtonForSomethingGoneIsOutOfDate() {
		people();
		this.bot.tap(TEACHER, new Mark("gone"));
		assertThat(calls()).isEmpty();
		assertThat(this.bot.sender.notices).containsExactly(this.bot.t("bot.button-outdated"));
	}

	@Test
	void unknownButtonsCommandsAndContentGetAnAnswer() {
		this.bot.send(STUDENT, new Incoming.Callback("q", 1, "??:1"));
		this.bot.type(STUDENT, "/nosuch");
		this.bot.type(STUDENT, "hello");
		this.bot.send(STUDENT, new Incoming.Other("sticker"));
		assertThat(this.bot.sender.notices).containsExactly(this.bot.t("bot.button-outdated"));
		assertThat(this.bot.sender.texts()).containsExactly(this.bot.t("bot.unknown-command"),
				this.bot.t("bot.not-understood"), this.bot.t("bot.unsupported-content"));
	}

	@Test
	void documentsGoToTheirHandlerForThoseAllowed() {
		people();
		Incoming.Document plan = new Incoming.Document("f1", "plan.docx", "application/octet-stream", 10);
		this.bot.send(STUDENT, plan);
		this.bot.send(COORDINATOR, plan);
		assertThat(calls()).containsExactly("plan plan.docx");
	}

	@Test
	void theMenuOfEachStandingHasItsCommandsInOrder() {
		Routes routes = this.bot.bean(Routes.class);
		assertThat(routes.menu(Access.ANYONE)).containsExactly("events");
		assertThat(routes.menu(Access.STAFF)).containsExactly("events", "roster");
		assertThat(routes.menu(Access.COORDINATOR)).containsExactly("events", "roster", "report");
	}

	@Test
	void anUpdateIsHandledOnce() {
		Person person = new Person(STUDENT, "Test", "", "", "en");
		UpdateContext update = new UpdateContext(77, STUDENT, person, new Incoming.Text("/events"));
		this.bot.bean(Dispatcher.class).dispatch(update);
		this.bot.bean(Dispatcher.class).dispatch(update);
		assertThat(calls()).containsExactly("events");
	}

}
