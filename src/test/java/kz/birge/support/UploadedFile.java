package kz.birge.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file the bot uploaded (sendDocument, sendPhoto) or the test registered for download.
 *
 * @param fileName the name the file was sent with
 * @param mimeType its content type, {@code application/octet-stream} when none was given
 * @param bytes its content
 */
public record UploadedFile(String fileName, String mimeType, byte[] bytes) {

	public UploadedFile {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(mimeType, "mimeType");
		bytes = bytes.clone();
	}

	/** A copy of the content; the record itself never changes. */
	@Override
	public byte[] bytes() {
		return this.bytes.clone();
	}

	/** The content decoded as UTF-8, for text files such as CSV exports. */
	public String text() {
		return new String(this.bytes, StandardCharsets.UTF_8);
	}

	/** The content length in bytes. */
	public int size() {
		return this.bytes.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof UploadedFile that && this.fileName.equals(that.fileName)
				&& this.mimeType.equals(that.mimeType) && Arrays.equals(this.bytes, that.bytes);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.fileName, this.mimeType, Arrays.hashCode(this.bytes));
	}

	@Override
	public String toString() {
		return this.fileName + " (" + this.mimeType + ", " + this.bytes.length + " bytes)";
	}

}
