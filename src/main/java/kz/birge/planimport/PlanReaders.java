package kz.birge.planimport;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import kz.birge.planimport.source.PlanFileException;
import kz.birge.planimport.source.PlanFileException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Reads plan files on a few threads of their own, each within a time limit: a file that
 * takes longer is refused as {@link Reason#TOO_SLOW} and nothing is stored, and when
 * every reader is busy and the queue full a file is refused as {@link Reason#BUSY}.
 * Reading only reads, so a refused file leaves nothing half written. Refusals are counted
 * by reason ({@code birge.import.refused}).
 *
 * <p>
 * A reading past its time is interrupted, but a regular expression does not look at
 * interrupts: it runs on to its end on its reader thread. The readers are few and the
 * queue short, so such a reading delays other files, never the bot's chats.
 */
@Component
class PlanReaders implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PlanReaders.class);

	private final ImportProperties properties;

	private final ThreadPoolExecutor executor;

	private final MeterRegistry meters;

	PlanReaders(ImportProperties properties, MeterRegistry meters) {
		this.properties = properties;
		this.meters = meters;
		AtomicInteger count = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(properties.readers(), properties.readers(), 1, TimeUnit.MINUTES,
				new ArrayBlockingQueue<>(properties.waiting()), (task) -> {
					Thread thread = new Thread(task, "plan-reader-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.AbortPolicy());
	}

	/**
	 * Reads a plan with the meanings chosen for its columns, within the time limit.
	 * @throws PlanFileException for a file that cannot be read, takes too long or finds
	 * every reader busy
	 */
	PlanReading read(String fileName, byte[] content, Map<Integer, ColumnMeaning> columns) throws PlanFileException {
		try {
			return readInTime(fileName, content, columns);
		}
		catch (PlanFileException ex) {
			this.meters.counter("birge.import.refused", "reason", ex.reason().name()).increment();
			throw ex;
		}
	}

	private PlanReading readInTime(String fileName, byte[] content, Map<Integer, ColumnMeaning> columns)
			throws PlanFileException {
		Future<PlanReading> reading;
		try {
			reading = this.executor.submit(() -> PlanReader.read(fileName, content, columns));
		}
		catch (RejectedExecutionException ex) {
			throw new PlanFileException(Reason.BUSY, "Every plan reader is busy", ex);
		}
		try {
			return reading.get(this.properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			reading.cancel(true);
			log.warn("Reading {} ({} bytes) took longer than {}", fileName, content.length,
					this.properties.readTimeout());
			throw new PlanFileException(Reason.TOO_SLOW, "Reading took longer than " + this.properties.readTimeout(),
					ex);
		}
		catch (InterruptedException ex) {
			reading.cancel(true);
			Thread.currentThread().interrupt();
			throw new PlanFileException(Reason.TOO_SLOW, "Interrupted while reading", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof PlanFileException refused) {
				throw refused;
			}
			if (ex.getCause() instanceof StackOverflowError || ex.getCause() instanceof RuntimeException) {
				log.warn("Reading {} failed", fileName, ex.getCause());
				throw new PlanFileException(Reason.CORRUPT, "Reading failed: " + ex.getCause(), ex.getCause());
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new PlanFileException(Reason.CORRUPT, "Reading failed: " + ex.getCause(), ex.getCause());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
