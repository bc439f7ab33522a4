package kz.birge.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import kz.birge.catalog.Audience;
import kz.birge.catalog.Category;
import kz.birge.catalog.GradeRange;
import kz.birge.catalog.Listing;
import kz.birge.catalog.Occurrence;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-memory part of a page of /events: filtering a district's cached coming
 * occurrences for one student (the database part is two queries whatever the size, see
 * EventsQueriesTests).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VisibilityBenchmark {

	@Param({ "1000", "20000" })
	public int occurrences;

	private List<Listing> listings;

	private final Viewer student = new Viewer(1, Role.STUDENT, Optional.of("school-7"),
			Optional.of(new SchoolClass(7, "А")));

	@Setup
	public void fill() {
		this.listings = new ArrayList<>();
		Instant start = Instant.parse("2026-12-01T04:00:00Z");
		for (int i = 0; i < this.occurrences; i++) {
			int from = 1 + (i % 9);
			Audience audience = (i % 10 == 0) ? new Audience(List.of(), Set.of(Category.STUDENTS, Category.VOLUNTEERS))
					: new Audience(List.of(new GradeRange(from, Math.min(11, from + 3))), Set.of(Category.STUDENTS));
			this.listings.add(new Listing("o" + i, "a" + i, "school-" + (i % 50), "c", null,
					start.plus(Duration.ofHours(i)), start.plus(Duration.ofHours(i + 2)), false, Occurrence.Kind.DAYS,
					"Іс-шара " + i, audience, false, null));
		}
	}

	@Benchmark
	public long visibleToAStudent() {
		return this.listings.stream().filter((listing) -> this.student.sees(listing, false)).limit(5).count()
				+ this.listings.stream().filter((listing) -> this.student.sees(listing, false)).count();
	}

}
