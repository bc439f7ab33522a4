package kz.birge.planimport;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.birge.catalog.Activity;
import kz.birge.catalog.Campaign;
import kz.birge.catalog.Occurrence;
import kz.birge.planimport.source.HostileFiles;
import kz.birge.planimport.source.PlanDocuments;
import kz.birge.support.OwnBirge;
import kz.birge.support.TestChat;
import kz.birge.support.Updates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken and hostile plan files sent to the bot as Telegram delivers them: each gets a
 * clear answer in the coordinator's language, and nothing is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFilesChatTests {

	private static final byte[] SIX_MEGABYTES = "Жоспар\n".repeat(6 * 1024 * 1024 / 13 + 1)
		.getBytes(StandardCharsets.UTF_8);

	private OwnBirge own;

	@BeforeAll
	void start() {
		this.own = OwnBirge.start(Map.of());
	}

	@AfterAll
	void stop() {
		this.own.close();
	}

	@Test
	void eachHostileFileGetsAClearAnswerAndNothingIsStored() {
		Stored before = stored(this.own.birge().mongo());
		TestChat admin = this.own.admin();
		Map<String, String> answers = Map.ofEntries(Map.entry("empty.docx", "import.file.empty"),
				Map.entry("empty.csv", "import.file.empty"), Map.entry("truncated.xlsx", "import.file.corrupt"),
				Map.entry("truncated.docx", "import.file.corrupt"), Map.entry("bomb.xlsx", "import.file.too-large"),
				Map.entry("inflates.docx", "import.file.too-large"), Map.entry("program.docx", "import.file.corrupt"),
				Map.entry("binary.csv", "import.file.corrupt"), Map.entry("locked.xlsx", "import.file.encrypted"),
				Map.entry("text-in-xfd.xlsx", "import.file.too-large"),
				Map.entry("merged.xlsx", "import.file.too-large"),
				Map.entry("paragraphs.docx", "import.file.too-large"));

		HostileFiles.all().forEach((name, content) -> {
			if (answers.containsKey(name)) {
				admin.sendFile(name, content);
				admin.expect(answers.get(name));
			}
		});

		assertThat(stored(this.own.birge().mongo())).isEqualTo(before);
		assertThat(this.own.api().errors()).isEmpty();
	}

	@Test
	void aFileLargerThanItsDeclaredSizeIsRefusedAsItIsRead() {
		Stored before = stored(this.own.birge().mongo());
		TestChat admin = this.own.admin();

		admin.sendFile("plan.txt", SIX_MEGABYTES, 1024);

		admin.expect("import.too-large", 5);
		assertThat(stored(this.own.birge().mongo())).isEqualTo(before);
	}

	@Test
	void aFileWithoutADeclaredSizeIsRefusedAsItIsRead() {
		Stored before = stored(this.own.birge().mongo());
		TestChat admin = this.own.admin();
		String fileId = this.own.api().registerFile(SIX_MEGABYTES, "plan.txt");
		ObjectNode update = Updates.document(admin.user(), fileId, "plan.txt", "text/plain", 0, null);
		((ObjectNode) update.get("message").get("document")).remove("file_size");

		admin.deliver(update);

		admin.expect("import.too-large", 5);
		assertThat(stored(this.own.birge().mongo())).isEqualTo(before);
	}

	@Test
	void aPlanWithStyledEmptyCellsToXfdAndAHugeCsvLineAreReadWithinBounds() {
		Stored before = stored(this.own.birge().mongo());
		TestChat admin = this.own.admin();

		admin.sendFile("wide.xlsx", HostileFiles.styledEmptyCellsToXfd());
		admin.expect("import.preview.question");
		admin.sendFile("one-line.csv", HostileFiles.hugeCsvLine());
		admin.expect("import.preview.question");

		assertThat(stored(this.own.birge().mongo()).catalog()).isEqualTo(before.catalog());
	}

	@Test
	void aFileThatTakesLongerThanTheReadingTimeIsRefusedAndNothingIsStored() {
		try (OwnBirge slow = OwnBirge.start(Map.of("birge.import.read-timeout", "0s"))) {
			Stored before = stored(slow.birge().mongo());
			TestChat admin = slow.admin();

			admin.sendFile("plan.xlsx", PlanDocuments.xlsx(HostileFiles.seed()));

			admin.expect("import.file.too-slow");
			assertThat(stored(slow.birge().mongo())).isEqualTo(before);
		}
	}

	private static Stored stored(MongoTemplate mongo) {
		return new Stored(mongo.count(new Query(), Campaign.class), mongo.count(new Query(), Activity.class),
				mongo.count(new Query(), Occurrence.class),
				mongo.getCollection(PendingImports.COLLECTION).countDocuments());
	}

	/**
	 * How many campaigns, activities, occurrences and plans awaiting Import are stored.
	 */
	private record Stored(long campaigns, long activities, long occurrences, long pending) {

		/** The same counts with the plans awaiting Import left out. */
		Stored catalog() {
			return new Stored(this.campaigns, this.activities, this.occurrences, 0);
		}

	}

}
