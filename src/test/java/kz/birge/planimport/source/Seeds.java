package kz.birge.planimport.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The five real plans (Word documents exported to text) in src/test/resources/seeds, and
 * their readings.
 */
public final class Seeds {

	private static final Path FOLDER = Path.of("src/test/resources/seeds");

	private Seeds() {
	}

	/** The file whose name starts with {@code number}, such as "004". */
	public static Path file(String number) {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.filter((path) -> path.getFileName().toString().startsWith(number + "_"))
				.findFirst()
				.orElseThrow(
						() -> new IllegalArgumentException("No seed " + number + " in " + FOLDER.toAbsolutePath()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] bytes(String number) {
		try {
			return Files.readAllBytes(file(number));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The seed read as the .txt file it is. */
	public static List<Block> blocks(String number) throws PlanFileException {
		return PlanSources.read(file(number).getFileName().toString(), bytes(number));
	}

}
