package kz.birge.planimport.source;

import kz.birge.planimport.source.PlanFileException.Reason;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Guard rails for the zipped Office formats: zip bomb limits, and what a failure to open
 * one means.
 */
final class OfficeFiles {

	/** No part of a 5 MB file may unpack to more than this. */
	private static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;

	/** A part may not unpack to more than 100 times its packed size. */
	private static final double MIN_INFLATE_RATIO = 0.01;

	private OfficeFiles() {
	}

	/** Sets POI's (JVM-wide) zip limits before a file is opened. */
	static void secure() {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
	}

	/**
	 * What POI's failure to read a file means: a zip bomb is too large, anything else
	 * corrupt.
	 */
	static PlanFileException unreadable(String type, Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("ZipSecureFile"))) {
				return new PlanFileException(Reason.TOO_LARGE, type + " unpacks too large: " + message, ex);
			}
		}
		return new PlanFileException(Reason.CORRUPT, "Unreadable " + type + ": " + ex, ex);
	}

}
