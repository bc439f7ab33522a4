package kz.birge.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Telegram's file storage: files the test registers (as if a person had sent them) and
 * files the bot uploads, each with a file_id, a file_unique_id and a download path.
 */
final class FileStore {

	/** Telegram lets bots download files up to 20 MB. */
	private static final int DOWNLOAD_LIMIT = 20 * 1024 * 1024;

	/** A stored file and its identifiers. */
	record StoredFile(String fileId, String uniqueId, String path, UploadedFile content) {

		/** The File object getFile answers. */
		ObjectNode toJson() {
			return Json.object()
				.put("file_id", this.fileId)
				.put("file_unique_id", this.uniqueId)
				.put("file_size", this.content.size())
				.put("file_path", this.path);
		}

	}

	private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,8}$");

	private final Map<String, StoredFile> byId = new HashMap<>();

	private final Map<String, StoredFile> byPath = new HashMap<>();

	private int counter;

	/**
	 * Stores a file under a new id; {@code folder} is Telegram's, such as documents or
	 * photos.
	 */
	StoredFile add(UploadedFile content, String folder) {
		int number = ++this.counter;
		String fileId = "BQACAgIAAxkBAAI" + number + "_" + Integer.toHexString(content.fileName().hashCode());
		String path = folder + "/file_" + number + extension(content.fileName());
		StoredFile file = new StoredFile(fileId, "AgAD" + number, path, content);
		this.byId.put(fileId, file);
		this.byPath.put(path, file);
		return file;
	}

	Optional<StoredFile> find(String fileId) {
		return Optional.ofNullable(this.byId.get(fileId));
	}

	/** What getFile answers for {@code fileId}, or a 400 like Telegram's. */
	StoredFile forDownload(String fileId) {
		StoredFile file = find(fileId).orElseThrow(() -> ApiFailure.badRequest("invalid file_id"));
		if (file.content().size() > DOWNLOAD_LIMIT) {
			throw ApiFailure.badRequest("file is too big");
		}
		return file;
	}

	Optional<StoredFile> atPath(String path) {
		return Optional.ofNullable(this.byPath.get(path));
	}

	void clear() {
		this.byId.clear();
		this.byPath.clear();
	}

	private static String extension(String fileName) {
		Matcher matcher = EXTENSION.matcher(fileName);
		return matcher.find() ? matcher.group() : "";
	}

}
