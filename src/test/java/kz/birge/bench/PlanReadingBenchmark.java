package kz.birge.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.birge.planimport.PlanReader;
import kz.birge.planimport.ReadPlan;
import kz.birge.planimport.source.Block;
import kz.birge.planimport.source.PlanDocuments;
import kz.birge.planimport.source.Seeds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long reading the school parliament plan (37 activities, 8 fractions) takes, per
 * file format.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanReadingBenchmark {

	@Param({ "txt", "docx", "xlsx" })
	public String format;

	private byte[] content;

	@Setup
	public void write() throws Exception {
		List<Block> blocks = Seeds.blocks("004");
		this.content = switch (this.format) {
			case "docx" -> PlanDocuments.docx(blocks);
			case "xlsx" -> PlanDocuments.xlsx(blocks);
			default -> Seeds.bytes("004");
		};
	}

	@Benchmark
	public ReadPlan read() throws Exception {
		return PlanReader.read("plan." + this.format, this.content);
	}

}
