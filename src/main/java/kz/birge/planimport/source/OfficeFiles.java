package kz.birge.planimport.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import kz.birge.planimport.source.PlanFileException.Reason;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Guard rails for the zipped Office formats: zip bomb limits, the most of anything a plan
 * may hold, and what a failure to open one means.
 */
final class OfficeFiles {

	/** No part of a 5 MB file may unpack to more than this. */
	private static final long MAX_ENTRY_SIZE = 32L * 1024 * 1024;

	/** A part may not unpack to more than 100 times its packed size. */
	private static final double MIN_INFLATE_RATIO = 0.01;

	/** The most characters of text a file's parts may hold. */
	private static final long MAX_TEXT_SIZE = 10L * 1024 * 1024;

	/**
	 * The most cells, paragraphs and table rows a reader visits, empty ones included: a
	 * plan's 50,000 rows of text come with far fewer.
	 */
	static final int MAX_ELEMENTS = 1_000_000;

	private OfficeFiles() {
	}

	/** Sets POI's (JVM-wide) zip limits before a file is opened. */
	static void secure() {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
	}

	/**
	 * Refuses what is not a zipped Office file before POI opens it: a file locked with a
	 * password (Office keeps those in an OLE2 container with an "EncryptionInfo" part),
	 * an old .doc or .xls, or anything else (a program renamed .docx).
	 */
	static void checkContainer(String type, byte[] content) throws PlanFileException {
		FileMagic magic = FileMagic.valueOf(content);
		if (magic == FileMagic.OOXML) {
			return;
		}
		if (magic == FileMagic.OLE2) {
			try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
				if (container.getRoot().hasEntry("EncryptionInfo")) {
					throw new PlanFileException(Reason.ENCRYPTED, type + " is locked with a password");
				}
			}
			catch (IOException | RuntimeException ex) {
				throw new PlanFileException(Reason.CORRUPT, "Unreadable OLE2 container named " + type, ex);
			}
		}
		throw new PlanFileException(Reason.CORRUPT, "Not a zipped " + type + " but " + magic);
	}

	/** Counts one more element visited, refusing the file past {@link #MAX_ELEMENTS}. */
	static int visit(int visited) throws PlanFileException {
		if (visited >= MAX_ELEMENTS) {
			throw new PlanFileException(Reason.TOO_LARGE, "More than " + MAX_ELEMENTS + " cells and paragraphs");
		}
		return visited + 1;
	}

	/**
	 * What POI's failure to read a file means: a zip bomb is too large, anything else
	 * corrupt.
	 */
	static PlanFileException unreadable(String type, Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("ZipSecureFile")
					|| message.contains("max text size") || message.contains("exceeds the max"))) {
				return new PlanFileException(Reason.TOO_LARGE, type + " unpacks too large: " + message, ex);
			}
		}
		return new PlanFileException(Reason.CORRUPT, "Unreadable " + type + ": " + ex, ex);
	}

}
