package kz.birge.broadcast;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.birge.catalog.Organisation;
import kz.birge.catalog.Organisations;
import kz.birge.i18n.Lang;
import kz.birge.outbound.OutboundQueue;
import kz.birge.support.OwnBirge;
import kz.birge.support.SentMessage;
import kz.birge.support.TestChat;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /broadcast as a coordinator uses it: the audience, the text, a preview with the number
 * of recipients, then the progress edited in place; a second broadcast waits behind the
 * first. The broadcasts' round is left to the test, which runs it as the scheduler would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BroadcastTests {

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.own = OwnBirge.start(Map.of("birge.broadcast.every", "PT1H"));
		this.own.birge().bean(Organisations.class).save(new Organisation("lyceum", "№2 мектеп-лицей"));
		this.own.birge().bean(Organisations.class).save(new Organisation("other", "№5 мектеп"));
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	/** A student of this class, who has seen nothing new yet. */
	private TestChat student(String name, String schoolClass, String organisation) {
		TestChat chat = this.own.member(name, "kk", Role.STUDENT, SchoolClass.parse(schoolClass), organisation);
		chat.remember();
		return chat;
	}

	/** Runs the broadcasts' round until nothing is waiting or being sent. */
	private void drain() {
		Broadcasts broadcasts = this.own.birge().bean(Broadcasts.class);
		while (broadcasts.busy().isPresent()) {
			broadcasts.tick();
			this.own.api().awaitIdle();
		}
	}

	/** Goes through /broadcast to a class up to the preview, and returns the preview. */
	private SentMessage prepare(TestChat coordinator, String schoolClass, String text) {
		coordinator.send("/broadcast");
		SentMessage audience = coordinator.expect("broadcast.ask-audience");
		coordinator.tap(audience, coordinator.t("broadcast.audience.CLASS"));
		coordinator.expect("broadcast.ask-class");
		coordinator.send(schoolClass);
		coordinator.expect("broadcast.ask-text", coordinator.t("broadcast.to.CLASS.named", schoolClass));
		coordinator.send(text);
		return coordinator.expectThat("the preview", (m) -> m.text().endsWith(text));
	}

	@Test
	void aCoordinatorWritesToOneClassOfTheirSchoolAndSeesTheProgressInPlace() {
		TestChat dana = student("Дана", "8А", "lyceum");
		TestChat erlan = student("Ерлан", "8А", "lyceum");
		TestChat asel = student("Әсел", "8Б", "lyceum");
		TestChat elsewhere = student("Мирас", "8А", "other");
		TestChat coordinator = this.own.member("Айгүл", "kk", Role.COORDINATOR, Optional.empty(), "lyceum");

		SentMessage preview = prepare(coordinator, "8А", "Ертең 8А сыныбы экскурсияға барады.");
		assertThat(preview.text()).startsWith(
				coordinator.t("broadcast.preview", coordinator.t("broadcast.to.CLASS.named", "8А"), 2, "").strip());
		coordinator.tap(preview, coordinator.t("broadcast.send"));
		coordinator.expect("broadcast.accepted");
		drain();

		String heading = this.own.birge().messages().get(Lang.KK, "broadcast.heading", "№2 мектеп-лицей");
		for (TestChat reached : List.of(dana, erlan)) {
			assertThat(reached.fresh()).extracting(SentMessage::text)
				.containsExactly(heading + "\n\nЕртең 8А сыныбы экскурсияға барады.");
		}
		assertThat(asel.fresh()).isEmpty();
		assertThat(elsewhere.fresh()).isEmpty();
		coordinator.expect("broadcast.done", coordinator.t("broadcast.to.CLASS.named", "8А"), 2, 0);
		assertThat(this.own.birge().bean(OutboundQueue.class).depth()).isZero();
	}

	@Test
	void aSecondBroadcastWaitsBehindTheFirstAndTheCoordinatorIsToldSo() {
		TestChat first = student("Айдос", "10А", "lyceum");
		TestChat second = student("Жансая", "10Б", "lyceum");
		TestChat coordinator = this.own.member("Бауыржан", "kk", Role.COORDINATOR, Optional.empty(), "lyceum");
		SentMessage preview = prepare(coordinator, "10А", "Бірінші хабарлама");
		coordinator.tap(preview, coordinator.t("broadcast.send"));
		coordinator.expect("broadcast.accepted");

		coordinator.send("/broadcast");
		coordinator.expect("broadcast.busy");
		SentMessage again = prepare(coordinator, "10Б", "Екінші хабарлама");
		coordinator.tap(again, coordinator.t("broadcast.send"));
		coordinator.expect("broadcast.waits", 1);
		drain();

		assertThat(first.fresh()).extracting(SentMessage::text).allMatch((text) -> text.endsWith("Бірінші хабарлама"));
		assertThat(second.fresh()).extracting(SentMessage::text)
			.allMatch((text) -> text.endsWith("Екінші хабарлама"))
			.hasSize(1);
		coordinator.expect("broadcast.done", coordinator.t("broadcast.to.CLASS.named", "10Б"), 1, 0);
	}

	@Test
	void aGradeIsNamedAsItsParallelAndReachesEachOfItsClasses() {
		student("Алина", "6А", "lyceum");
		student("Тимур", "6Б", "lyceum");
		student("Ерасыл", "6А", "other");
		TestChat coordinator = this.own.member("Ольга", "ru", Role.COORDINATOR, Optional.empty(), "lyceum");
		coordinator.send("/broadcast");
		SentMessage audience = coordinator.expect("broadcast.ask-audience");
		coordinator.tap(audience, coordinator.t("broadcast.audience.GRADE"));
		coordinator.expect("broadcast.ask-grade");
		coordinator.send("6");
		String label = coordinator.t("broadcast.to.GRADE.named", 6);
		assertThat(label).isEqualTo("Параллель 6-х классов");
		coordinator.expect("broadcast.ask-text", label);
		coordinator.send("Завтра классный час.");
		SentMessage preview = coordinator.expectThat("the preview", (m) -> m.text().endsWith("Завтра классный час."));
		assertThat(preview.text()).startsWith(coordinator.t("broadcast.preview", label, 2, "").strip());
		coordinator.send("/cancel");
		this.own.api().awaitIdle();
	}

	@Test
	void aCoordinatorOfEveryOrganisationFirstChoosesWhichOneToWriteTo() {
		TestChat here = student("Нұрлан", "9А", "other");
		TestChat there = student("Айым", "9А", "lyceum");
		TestChat admin = this.own.admin();
		admin.send("/start");
		admin.remember();

		admin.send("/broadcast");
		SentMessage which = admin.expect("broadcast.ask-organisation");
		admin.tap(which, "№5 мектеп");
		SentMessage audience = admin.expect("broadcast.ask-audience");
		admin.tap(audience, admin.t("broadcast.audience.EVERYONE"));
		admin.expect("broadcast.ask-text", admin.t("broadcast.to.EVERYONE"));
		admin.send("Жиналыс ертең");
		SentMessage preview = admin.expectThat("the preview", (m) -> m.text().endsWith("Жиналыс ертең"));
		admin.tap(preview, admin.t("broadcast.send"));
		admin.expect("broadcast.accepted");
		drain();

		assertThat(here.fresh()).extracting(SentMessage::text)
			.singleElement()
			.satisfies((text) -> assertThat(text).endsWith("Жиналыс ертең"));
		assertThat(there.fresh()).isEmpty();
	}

}
